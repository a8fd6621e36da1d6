// The pane's and the ribbon's actions (src/addin) against the fake Excel host, where real Excel differs from a
// browser: the first ribbon click (office-js#5176, and a click queued while the runtime starts), the question before
// the add-in's hidden sheets empty Ctrl+Z history on Windows and Mac, and Unduh Laporan where WKWebView blocks
// downloads (Excel on Mac, office-js#2700/#3385). Each test loads the add-in afresh (its state is per page).
import { analyze, withDefaults } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import type * as Addin from "../src/addin";
import { buildSeedWorkbook } from "./fixtures/seed";
import { seedSheets } from "./fake-excel/seed-data";
import { FakeOptions, FakeSheetData } from "./fake-excel/fake-office";
import { installFake, storeSheet, undoSheet } from "./helpers/office";

function freshAddin(): typeof Addin {
  let m: typeof Addin | undefined;
  jest.isolateModules(() => {
    m = jest.requireActual<typeof Addin>("../src/addin");
    // As the add-in's entry (src/commands/commands.ts) does first: Excel is the host.
    m.useHost(jest.requireActual("../src/excel"));
  });
  return m!;
}

/** The Efisiensi cells of Tabel 3.2 as the engine computes them with `efisiensi`. */
function efisiensiCells(efisiensi: "selisih" | "rasio") {
  const a = analyze(workbookToGrid(buildSeedWorkbook()), withDefaults({ efisiensi }));
  return a.derived.filter((d) => d.sheet === "Tabel 3.2" && d.address.startsWith("J") && d.value !== null);
}

const waitFor = async (cond: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !cond() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
};

describe("the first ribbon click", () => {
  test("a click queued while the runtime starts waits for the workbook's settings (rasio), never computes with the defaults", async () => {
    expect(efisiensiCells("rasio").map((d) => d.value)).not.toEqual(efisiensiCells("selisih").map((d) => d.value));
    const sheets: FakeSheetData[] = [...seedSheets(), storeSheet({ efisiensi: "rasio" }), undoSheet()];
    const host = await installFake({ host: "m365", coldClick: { id: "hitungCapaian", lost: false } }, sheets, false);
    const addin = freshAddin();
    addin.registerCommands(); // the pane's script associates at once; the queued click arrives now
    await addin.start();
    await waitFor(() => !addin.state.busy && !!addin.state.message);
    expect(addin.state.message?.kind).toBe("success");
    for (const d of efisiensiCells("rasio")) expect(host.cell("Tabel 3.2", d.address)?.value).toBeCloseTo(d.value as number, 10);
    expect(host.shownTaskpane).toBe(1);
  });

  test("a click lost by office-js#5176 (it only started the runtime): the pane opens and says, in Indonesian, to click again", async () => {
    const host = await installFake({ host: "m365", coldClick: { id: "hitungCapaian", lost: true } }, seedSheets(), false);
    const addin = freshAddin();
    addin.registerCommands();
    await addin.start();
    await waitFor(() => host.shownTaskpane > 0, addin.STARTUP_GRACE_MS + 2000);
    expect(host.droppedClicks).toEqual(["hitungCapaian"]);
    expect(host.shownTaskpane).toBe(1);
    expect(addin.state.message).toEqual({ kind: "info", text: expect.stringMatching(/klik tombol itu sekali lagi/) });
  });

  test("a pane button clicked soon after the start is not overwritten by the start's notice", async () => {
    await installFake({ host: "web" }, seedSheets(), false);
    const addin = freshAddin();
    await addin.start();
    await addin.actions.periksa();
    await new Promise((r) => setTimeout(r, addin.STARTUP_GRACE_MS + 100));
    expect(addin.state.message?.text).toMatch(/Pemeriksaan selesai/);
  });
});

describe("the add-in's hidden sheets and Excel's Ctrl+Z history", () => {
  const HOSTS: [string, boolean, FakeOptions][] = [
    ["Excel 2021 (Windows)", true, { host: "excel2021" }],
    ["Microsoft 365 on Windows", true, { host: "m365" }],
    ["Microsoft 365 on Mac", true, { host: "mac" }],
    ["Excel on the web", false, { host: "web" }],
  ];
  test.each(HOSTS)("%s: the first change asks before hiding a sheet: %s", async (_name, asks, opts) => {
    const host = await installFake(opts, seedSheets());
    const addin = freshAddin();
    await addin.start();
    await addin.actions.hitung();
    if (asks) {
      // told before it happens: nothing hidden, nothing written, until the user agrees
      expect(addin.state.confirm?.kind).toBe("tools");
      expect(addin.state.confirm?.text.join(" ")).toMatch(/riwayat Undo \(Ctrl\+Z\)/);
      expect(host.undoStackCleared).toEqual([]);
      expect(host.writes).toEqual([]);
      await addin.actions.answer(true);
    } else expect(addin.state.confirm).toBeNull();
    expect(addin.state.message?.text).toMatch(/Hitung Capaian selesai/);
    expect(host.undoStackCleared).toEqual(asks ? ["Worksheet.visibility", "Worksheet.visibility"] : []);
    // once per workbook: saving the settings afterwards asks nothing and hides nothing
    await addin.actions.saveSettings(withDefaults({ efisiensi: "rasio" }));
    expect(addin.state.confirm).toBeNull();
    expect(addin.state.message?.kind).toBe("success");
    expect(host.undoStackCleared).toHaveLength(asks ? 2 : 0);
  });

  test("Batal: nothing is hidden or written, and the pane says so", async () => {
    const host = await installFake({ host: "m365" }, seedSheets());
    const addin = freshAddin();
    await addin.start();
    const before = JSON.stringify(host.dump());
    await addin.actions.siapkanTabel();
    await addin.actions.answer(false);
    expect(JSON.stringify(host.dump())).toBe(before);
    expect(host.undoStackCleared).toEqual([]);
    expect(addin.state.message).toEqual({ kind: "info", text: expect.stringMatching(/tidak diubah/) });
  });
});

describe("Unduh Laporan where the download cannot happen", () => {
  const download = jest.fn(async () => ({ fileName: "Laporan-Kinerja-TW1-2024.docx", errors: 2, analysis: analyze(workbookToGrid(buildSeedWorkbook())) }));

  test("Excel on Mac: no download attempted, never 'diunduh'; the message names what works", async () => {
    await installFake({ host: "mac" }, seedSheets());
    const addin = freshAddin();
    await addin.start();
    download.mockClear();
    await addin.actions.laporan(download);
    expect(download).not.toHaveBeenCalled();
    const text = addin.state.message?.text ?? "";
    expect(text).not.toMatch(/diunduh:/);
    expect(text).toMatch(/Excel untuk web/);
    expect(text).toMatch(/npx lkjip laporan/);
  });

  test("elsewhere the report is offered; the message says offered, not downloaded", async () => {
    await installFake({ host: "m365" }, seedSheets());
    const addin = freshAddin();
    await addin.start();
    download.mockClear();
    await addin.actions.laporan(download);
    expect(download).toHaveBeenCalledTimes(1);
    expect(addin.state.message?.text).toMatch(/ditawarkan sebagai unduhan: Laporan-Kinerja-TW1-2024\.docx/);
    expect(addin.state.message?.text).not.toMatch(/Laporan diunduh/);
  });
});
