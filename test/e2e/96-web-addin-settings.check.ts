// A workbook moves between the add-in and the web page with its choices: in the task pane (fake Excel) sasaran 1 is
// made negative and the efisiensi method ratio, which the add-in stores in LKjIP_Pengaturan; the workbook as Excel
// would save it (the fake host's cells written to an .xlsx) is opened in the web page, which shows the same findings
// as the pane and the same choices in its settings.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { Page } from "playwright-core";
import { seedSheets } from "../fake-excel/seed-data";
import { E2ECheck, clickAndWait, newWatch, openPane } from "./lib";
import { choose, listed, openWeb, settled } from "./web-lib";

type Dump = Record<string, Record<string, { value?: unknown; numFmt?: string; formula?: string }>>;

/** The fake Excel's workbook as an .xlsx (values, number formats; hidden sheets stay hidden). */
async function saveAs(page: Page): Promise<Uint8Array> {
  const { cells, states } = await page.evaluate(() => {
    const h = (window as unknown as { __fakeHost: { dump: () => Dump; sheet: (n: string) => { visibility: string } } }).__fakeHost;
    const d = h.dump();
    return { cells: d, states: Object.fromEntries(Object.keys(d).map((n) => [n, h.sheet(n).visibility])) };
  });
  const wb = new ExcelJS.Workbook();
  for (const [name, sheet] of Object.entries(cells)) {
    const state = states[name] === "VeryHidden" ? "veryHidden" : states[name] === "Hidden" ? "hidden" : "visible";
    const ws = wb.addWorksheet(name, { state });
    for (const [address, c] of Object.entries(sheet)) {
      if (c.value === undefined || c.value === null || c.value === "") continue;
      const cell = ws.getCell(address);
      cell.value = c.value as ExcelJS.CellValue;
      if (c.numFmt && c.numFmt !== "General") cell.numFmt = c.numFmt;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const roundTrip: E2ECheck = {
  name: "web page: settings stored by the add-in",
  async run({ browser, base, check }) {
    const pane = await openPane(browser, base, seedSheets(), newWatch());
    await pane.click("#btn-periksa");
    await pane.waitForSelector("#pol-1", { state: "attached" });
    await pane.click("#settings-title");
    await pane.selectOption("#pol-1", "negatif");
    await pane.selectOption("#efisiensi", "rasio");
    const saved = await clickAndWait(pane, "#btn-simpan");
    await clickAndWait(pane, "#btn-periksa");
    const inPane = await listed(pane);
    check("the add-in stored the choices and checks with them (Tabel 3.1's capaian no longer what it computes)", saved.kind === "success" && inPane.some((x) => x.startsWith("CAPAIAN_TIDAK_SESUAI Tabel 3.1")), inPane.join(", "));
    const dir = mkdtempSync(join(tmpdir(), "lkjip-web-addin-"));
    const file = join(dir, "dari-add-in.xlsx");
    writeFileSync(file, await saveAs(pane));
    await pane.context().close();

    const w = await openWeb(browser, `${base}/web.html`);
    try {
      await choose(w.page, "#btn-pilih", file);
      await settled(w.page, /dibuka dan diperiksa/);
      const inPage = await listed(w.page);
      check("the web page lists the same findings as the pane", JSON.stringify(inPage) === JSON.stringify(inPane), `${inPage.join(", ")} ≠ ${inPane.join(", ")}`);
      await w.page.click("#settings-title");
      const shown = await w.page.evaluate(() => [(document.getElementById("pol-1") as HTMLSelectElement).value, (document.getElementById("efisiensi") as HTMLSelectElement).value]);
      check("…and shows the add-in's choices in Pengaturan", JSON.stringify(shown) === JSON.stringify(["negatif", "rasio"]), JSON.stringify(shown));
    } finally {
      await w.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default roundTrip;
