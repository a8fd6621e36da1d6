// The Bab III texts in the pane: typed once in Pengaturan, kept in the workbook's store, placed by Buat Narasi as the
// first and last items of Bab III, shown as text (markup stays text).
import { join } from "path";
import { SETTINGS_SHEET } from "../../src/core";
import { seedSheets } from "../fake-excel/seed-data";
import { E2ECheck, SHOTS, clickAndWait, newWatch, openPane } from "./lib";

const TUPOKSI = "Secara umum pelaksanaan tugas pokok dan fungsi <b>telah</b> dapat dilaksanakan sebagaimana mestinya.";
const STRATEGI = "Adapun strategi yang dilakukan untuk mencapai target adalah melalui:\na. Berkoordinasi dengan desa;\nb. Melibatkan masyarakat.";

const teks: E2ECheck = {
  name: "Bab III texts from the pane",
  async run({ browser, base, check }) {
    const watch = newWatch();
    const page = await openPane(browser, base, seedSheets(), watch);
    await page.click("#settings-title");
    await page.fill("#teks-tupoksi", TUPOKSI);
    await page.fill("#teks-strategi", STRATEGI);
    const saved = await clickAndWait(page, "#btn-simpan-teks");
    check("the texts are saved from Pengaturan", saved.kind === "success", JSON.stringify(saved));
    const store = await page.evaluate(
      (name) => (window as unknown as { __fakeHost: { dump: () => Record<string, Record<string, { value: unknown }>> } }).__fakeHost.dump()[name] ?? {},
      SETTINGS_SHEET,
    );
    const values = Object.values(store).map((c) => String(c.value ?? ""));
    check("…in the workbook's LKjIP_Pengaturan under teks.tupoksi and teks.strategi", values.includes("teks.tupoksi") && values.includes("teks.strategi") && values.includes(JSON.stringify(TUPOKSI)), values.join(" | ").slice(0, 200));

    const m = await clickAndWait(page, "#btn-narasi");
    const bab3 = await page.$$eval('#narasi section[data-section="bab3"] > ol > li', (els) => els.map((e) => e.textContent ?? ""));
    // An item of BAB III's list continues its sentence: lower case, `;` (PUEBI).
    check("Buat Narasi places tugas pokok dan fungsi first in Bab III", m.kind === "success" && bab3[0] === `s${TUPOKSI.slice(1).replace(/\.$/, ";")}`, bab3[0]?.slice(0, 120));
    const letters = await page.$$eval('#narasi section[data-section="bab3"] ol[type="a"] li', (els) => els.map((e) => e.textContent));
    const strategi = letters.slice(-2);
    check("…and the strategi last, its lines as a lettered list", /^adapun strategi/.test(bab3[bab3.length - 1] ?? "") && JSON.stringify(strategi) === JSON.stringify(["berkoordinasi dengan desa;", "melibatkan masyarakat."]), JSON.stringify(letters));
    const bold = await page.$$eval("#narasi b", (els) => els.length);
    check("the user's text stays text (no element from its markup)", bold === 0);
    await page.screenshot({ path: join(SHOTS, "6-teks-bab-iii.png"), fullPage: true });
    await page.context().close();
  },
};
export default teks;
