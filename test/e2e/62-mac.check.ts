// Excel on Mac: WKWebView does nothing with a blob download and says nothing either (office-js#2700, closed "by
// design"; #3385, open). The page here blocks blob downloads the same way; the pane must not claim a download, must
// not even build the report, and must say what works.
import { join } from "path";
import { seedSheets } from "../fake-excel/seed-data";
import { E2ECheck, SHOTS, newWatch, openPane, waitDone } from "./lib";

const mac: E2ECheck = {
  name: "unduh laporan on Excel for Mac",
  async run({ browser, base, check }) {
    const watch = newWatch();
    const page = await openPane(browser, base, seedSheets(), watch, { host: "mac", language: "id-ID" }, { acceptDownloads: true });
    // WKWebView: an <a download href="blob:…"> click does nothing, silently.
    await page.evaluate(() => {
      const w = window as unknown as { __blocked: number };
      w.__blocked = 0;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download && this.href.startsWith("blob:")) {
          w.__blocked++;
          return;
        }
        click.call(this);
      };
    });
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.click("#btn-laporan");
    const msg = await waitDone(page);
    await page.waitForTimeout(500);
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
    const blocked = await page.evaluate(() => (window as unknown as { __blocked: number }).__blocked);
    check("Mac: no download claimed ('diunduh'), none attempted, the report code not even fetched", !/Laporan diunduh|diunduh:|ditawarkan/.test(msg.text) && downloads === 0 && blocked === 0 && !loaded.some((p) => /\/laporan\./.test(p)), JSON.stringify({ msg, downloads, blocked }));
    check("Mac: the message names what works (Excel for the web, the command line npx lkjip laporan)", /Excel untuk web/.test(msg.text) && /npx lkjip laporan/.test(msg.text), msg.text);
    check("no script errors in the page (Mac)", watch.errors.length === 0, watch.errors.join(" | "));
    await page.screenshot({ path: join(SHOTS, "8-mac-laporan.png"), fullPage: true });
    await page.context().close();
  },
};
export default mac;
