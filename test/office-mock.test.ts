// The adapter against office-addin-mock, Microsoft's mock of the Office.js object model, where the mock models
// the calls: selecting a finding's cell (one batch, one sync). Settings now live in the workbook's settings sheet
// (test/excel-adapter.test.ts); here only their old place, document settings, read once as a fallback. Whole-workbook
// reads and writes (used ranges, merged areas, cell properties) are beyond the mock; test/fake-excel covers those.
import { OfficeMockObject } from "office-addin-mock";
import { withDefaults } from "../src/core";
import * as excel from "../src/excel";

const g = global as unknown as { Office: unknown; Excel: unknown };

function officeDouble(stored: Record<string, unknown> = {}, fail = false) {
  const store: Record<string, unknown> = { ...stored };
  const calls = { saved: 0 };
  const Office = {
    context: {
      requirements: { isSetSupported: () => false },
      document: {
        settings: {
          get: (k: string) => store[k] ?? null,
          set: (k: string, v: unknown) => void (store[k] = v),
          saveAsync: (cb: (r: unknown) => void) => {
            calls.saved++;
            cb(fail ? { status: "failed", error: { message: "Dokumen hanya-baca." } } : { status: "succeeded" });
          },
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  return { Office, store, calls };
}

/** An Excel mock with one sheet; what the adapter does to it is logged. */
function excelMock(log: string[]) {
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: { select: () => void log.push("select") },
            activate: () => void log.push("activate"),
            getRange: function (address: string) {
              log.push(`getRange ${address}`);
              return (this as { range: unknown }).range;
            },
          },
          getItem: function (name: string) {
            log.push(`getItem ${name}`);
            return (this as { sheet: unknown }).sheet;
          },
        },
      },
      sync: async () => void log.push("sync"),
    },
    run: async function (batch: (ctx: unknown) => Promise<unknown>) {
      return batch((this as { context: unknown }).context);
    },
  };
  return new OfficeMockObject(data);
}

describe("the Office adapter on office-addin-mock", () => {
  test("clicking a finding activates its sheet and selects its cell, in one sync", async () => {
    g.Office = officeDouble().Office;
    const log: string[] = [];
    g.Excel = excelMock(log);
    await excel.selectCell("Tabel 3.2", "D9");
    expect(log).toEqual(["getItem Tabel 3.2", "activate", "getRange D9", "select", "sync"]);
  });

  test("an address that is not a single cell (a formula, a range) is never passed to Excel", async () => {
    g.Office = officeDouble().Office;
    const log: string[] = [];
    g.Excel = excelMock(log);
    await excel.selectCell("Tabel 3.2", "=HYPERLINK(1)");
    await excel.selectCell("Tabel 3.2", "A1:Z99");
    expect(log).toEqual([]);
  });
});

describe("settings: the old document setting as the fallback", () => {
  /** An Excel mock whose workbook has no settings sheet yet. */
  function noStoreSheet() {
    return new OfficeMockObject({
      context: {
        workbook: { worksheets: { getItemOrNullObject: () => ({ isNullObject: true, load: () => undefined }) } },
        sync: async () => undefined,
      },
      run: async function (batch: (ctx: unknown) => Promise<unknown>) {
        return batch((this as { context: unknown }).context);
      },
    });
  }

  test("read from document settings when the workbook has no settings sheet; unreadable ones give the defaults", async () => {
    const s = withDefaults({ efisiensi: "rasio", polaritas: { "2": "negatif" }, narasi: "ringkas" });
    g.Office = officeDouble({ "lkjip.settings": JSON.stringify(s) }).Office;
    g.Excel = noStoreSheet();
    expect((await excel.loadSettings()).settings).toEqual(s);
    g.Office = officeDouble({ "lkjip.settings": "{rusak" }).Office;
    expect((await excel.loadSettings()).settings).toEqual({});
  });
});
