// Workbook text never reaches the DOM as HTML.
import { join } from "path";
import { seedSheetsNamed } from "../fake-excel/seed-data";
import { E2ECheck, SHOTS, clickAndWait, newWatch, openPane } from "./lib";

const XSS = "<img src=x onerror=alert(1)>";

const xss: E2ECheck = {
  name: "markup in the workbook stays text",
  async run({ browser, base, check }) {
    const watch = newWatch();
    const page = await openPane(browser, base, seedSheetsNamed(XSS), watch);
    await clickAndWait(page, "#btn-periksa");
    await page.click("#settings summary");
    await clickAndWait(page, "#btn-narasi");
    await page.waitForTimeout(200);
    const imgs = await page.$$eval("img", (els) => els.map((e) => e.getAttribute("src")));
    check("a sasaran named like markup creates no element", JSON.stringify(imgs) === JSON.stringify(["assets/icon-32.png"]), JSON.stringify(imgs));
    const text = await page.evaluate(() => document.body.innerText);
    check("…and shows as text (settings, narrative)", text.split(XSS).length - 1 >= 2, text.slice(0, 300));
    check("…and runs nothing (no alert)", watch.dialogs.length === 0, watch.dialogs.join(","));
    await page.screenshot({ path: join(SHOTS, "3-xss-as-text.png"), fullPage: true });
    check("no request left 127.0.0.1 (markup scenario)", watch.external.length === 0, watch.external.join(", "));
    await page.context().close();
  },
};
export default xss;
