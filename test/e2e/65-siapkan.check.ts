// Siapkan Tabel in the pane (issue 9 item 4): the five template tables into new sheets of the open workbook, never
// over a sheet that holds something, undone by Urungkan.
import { E2ECheck, axeSerious, clickAndWait, hostCell, newWatch, openPane } from "./lib";

const siapkan: E2ECheck = {
  name: "Siapkan Tabel",
  async run({ browser, base, check }) {
    const watch = newWatch();
    const page = await openPane(browser, base, [{ name: "Sheet1", cells: {} }], watch);
    const m = await clickAndWait(page, "#btn-siapkan");
    check("Siapkan Tabel adds the five tables in new sheets", m.kind === "success" && /Tabel kosong disiapkan di lembar Tabel 2\.1, Tabel 2\.2, Tabel 2\.3, Tabel 3\.1, Tabel 3\.2/.test(m.text), JSON.stringify(m));
    const a1 = await hostCell(page, "Tabel 3.2", "D3");
    check("the template's headers are in the sheets", a1?.value === "Pagu (Rp)", JSON.stringify(a1));
    await page.click("#tables-title");
    const found = await page.$$eval(".table-info .where", (els) => els.map((e) => e.textContent ?? ""));
    check("the table view shows the five prepared tables, found by sheet name", found.length === 5 && found.every((w) => /menurut nama lembar/.test(w)), JSON.stringify(found));
    const again = await clickAndWait(page, "#btn-siapkan");
    check("a second click refuses in Indonesian: nothing is written over", again.kind === "error" && /tidak menimpa lembar yang ada/.test(again.text), JSON.stringify(again));
    const undo = await clickAndWait(page, "#btn-urungkan");
    const d3 = await hostCell(page, "Tabel 3.2", "D3");
    check("Urungkan empties the prepared sheets", /Dibatalkan: Siapkan Tabel/.test(undo.text) && !d3?.value, `${undo.text} ${JSON.stringify(d3)}`);
    const v = await axeSerious(page);
    check("axe: 0 serious/critical violations — after Siapkan Tabel", v.length === 0, v.join(" | "));
    check("no script errors in the page (Siapkan Tabel)", watch.errors.length === 0, watch.errors.join(" | "));
    await page.context().close();
  },
};
export default siapkan;
