// The first ribbon click in a session (shared runtime, FunctionFile = the pane): a click queued while the runtime
// starts runs with the workbook's own settings; a click that only started the runtime (office-js#5176) is answered
// by the pane opening and saying, in Indonesian, to click again.
import { analyze, storeRows, withDefaults } from "../../src/core";
import { workbookToGrid } from "../helpers/exceljs-grid";
import { buildSeedWorkbook } from "../fixtures/seed";
import { seedSheets } from "../fake-excel/seed-data";
import type { FakeSheetData } from "../fake-excel/fake-office";
import { E2ECheck, hostCell, newWatch, openPane } from "./lib";

function storeSheet(values: Record<string, unknown>): FakeSheetData {
  const cells: FakeSheetData["cells"] = {};
  storeRows(values).forEach(([k, v], i) => {
    cells[`A${i + 1}`] = { value: k, numFmt: "@" };
    cells[`B${i + 1}`] = { value: v, numFmt: "@" };
  });
  return { name: "LKjIP_Pengaturan", visibility: "VeryHidden", cells };
}

const firstClick: E2ECheck = {
  name: "first ribbon click",
  async run({ browser, base, check }) {
    let watch = newWatch();
    const sheets = [...seedSheets(), storeSheet({ efisiensi: "rasio" }), { name: "LKjIP_Urungkan", visibility: "VeryHidden" as const, cells: {} }];
    let page = await openPane(browser, base, sheets, watch, { host: "m365", language: "id-ID", coldClick: { id: "hitungCapaian", lost: false } });
    await page.waitForFunction(() => /Hitung Capaian selesai/.test(document.getElementById("message")?.textContent ?? ""), null, { timeout: 15000 }).catch(() => undefined);
    const j5 = await hostCell(page, "Tabel 3.2", "J5");
    const expected = (e: "rasio" | "selisih") =>
      analyze(workbookToGrid(buildSeedWorkbook()), withDefaults({ efisiensi: e })).derived.find((d) => d.sheet === "Tabel 3.2" && d.address === "J5")!.value as number;
    check(
      `a click queued while the runtime starts runs Hitung with the workbook's setting (efisiensi rasio: J5 ${expected("rasio")}, not the default's ${expected("selisih")})`,
      typeof j5?.value === "number" && Math.abs(j5.value - expected("rasio")) < 1e-9,
      JSON.stringify(j5),
    );
    await page.context().close();

    watch = newWatch();
    page = await openPane(browser, base, seedSheets(), watch, { host: "m365", language: "id-ID", coldClick: { id: "hitungCapaian", lost: true } });
    await page.waitForFunction(() => /sekali lagi/.test(document.getElementById("message")?.textContent ?? ""), null, { timeout: 8000 }).catch(() => undefined);
    const state = await page.evaluate(() => {
      const h = (window as unknown as { __fakeHost: { droppedClicks: string[]; shownTaskpane: number } }).__fakeHost;
      return { dropped: h.droppedClicks, shown: h.shownTaskpane, message: document.getElementById("message")?.textContent ?? "" };
    });
    check("a click lost by office-js#5176: the pane is shown and says to click again", state.dropped.join() === "hitungCapaian" && state.shown >= 1 && /klik tombol itu sekali lagi/.test(state.message), JSON.stringify(state));
    check("no script errors (first click)", watch.errors.length === 0, watch.errors.join(" | "));
    await page.context().close();
  },
};
export default firstClick;
