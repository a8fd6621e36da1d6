// A small in-memory FAKE of the Office.js surface the add-in uses (Office.*, Excel.run, ranges, notes, protection,
// settings). It is not Excel: it models batching (loads and writes are queued and applied at context.sync(), properties
// throw until loaded, a failing request rejects the sync with the requests before it applied), counts syncs, and
// mimics the Excel behaviours the add-in relies on, each after a Microsoft page or an office-js issue (see model.ts
// HOSTS, range.ts, notes.ts, sheets.ts). Used by the jest adapter tests and, bundled, by the browser e2e test
// (test/e2e/lib.ts loads these modules into the page after office.js).
//
// It must not offer what real Excel lacks: every proxy class `implements Surface<Excel.X>` (each member it has exists
// on the @types/office-js interface, with a compatible type) and `RealOnly` rejects any other public member
// (internals start with "_").
import { Assert, Ctx, RealOnly, setWorkbookFactory } from "./base";
import { FakeHost } from "./host";
import type { FakeOptions, FakeSheetData } from "./model";
import { NoteCollectionProxy, NoteProxy } from "./notes";
import { RangeAreasProxy, RangeProxy } from "./range";
import type { FillProxy, FormatProxy } from "./range";
import { WorkbookProtectionProxy, WorkbookProxy, WorksheetCollectionProxy, WorksheetProtectionProxy, WorksheetProxy } from "./sheets";

export { FakeHost } from "./host";
export { HOSTS, displayText, parseEntry } from "./model";
export type { FakeCell, FakeOptions, FakeSheetData, HostName, Refusal } from "./model";

/** Compile-time: no proxy offers a member its real Office.js interface lacks. */
export type FakeSurfaceChecks = [
  Assert<RealOnly<Ctx, Excel.RequestContext>>,
  Assert<RealOnly<WorkbookProxy, Excel.Workbook>>,
  Assert<RealOnly<WorkbookProtectionProxy, Excel.WorkbookProtection>>,
  Assert<RealOnly<WorksheetCollectionProxy, Excel.WorksheetCollection>>,
  Assert<RealOnly<WorksheetProxy, Excel.Worksheet>>,
  Assert<RealOnly<WorksheetProtectionProxy, Excel.WorksheetProtection>>,
  Assert<RealOnly<RangeProxy, Excel.Range>>,
  Assert<RealOnly<FormatProxy, Excel.RangeFormat>>,
  Assert<RealOnly<FillProxy, Excel.RangeFill>>,
  Assert<RealOnly<RangeAreasProxy, Excel.RangeAreas>>,
  Assert<RealOnly<NoteCollectionProxy, Excel.NoteCollection>>,
  Assert<RealOnly<NoteProxy, Excel.Note>>,
];

setWorkbookFactory((ctx) => new WorkbookProxy(ctx));

function excelGlobal(host: FakeHost) {
  const npm = host.officeJs === "npm-1.1.110";
  return {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: Ctx) => Promise<unknown>;
      const options = typeof a === "function" ? {} : (a as { mergeUndoGroup?: boolean });
      // The frozen npm script drops RunOptions.mergeUndoGroup; a host before ExcelApi 1.20 ignores it.
      const grouped = !!options.mergeUndoGroup && !npm && host.excelApiMinor >= 20;
      host.runs.push({ ...options, grouped });
      const ctx = new Ctx(host, grouped);
      const result = await batch(ctx);
      if (ctx._queue.length) await ctx.sync(); // Excel.run flushes what is still queued
      return result;
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  };
}

function officeContextOf(host: FakeHost) {
  const settings = {
    get: (k: string) => (host.settings.has(k) ? host.settings.get(k) : null),
    set: (k: string, v: unknown) => void host.settings.set(k, v),
    remove: (k: string) => void host.settings.delete(k),
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
  };
  /** Office.context.diagnostics (ContextInformation): host, platform and Office version, as Office reports them. */
  const diagnostics = {
    get host() {
      return "Excel" as unknown as Office.HostType;
    },
    get platform() {
      return host.platform as unknown as Office.PlatformType;
    },
    get version() {
      return host.version;
    },
  };
  const officeContext = {
    get displayLanguage() {
      return host.language;
    },
    get platform() {
      return host.platform as unknown as Office.PlatformType;
    },
    diagnostics,
    requirements: { isSetSupported: (n: string, v?: string) => host.isSetSupported(n, v) },
    document: { settings },
  };
  // The Office side is checked like the Excel side: no member Office.js lacks.
  type _OfficeChecks = [
    Assert<RealOnly<typeof officeContext, Office.Context>>,
    Assert<RealOnly<typeof diagnostics, Office.ContextInformation>>,
    Assert<RealOnly<typeof officeContext.requirements, Office.RequirementSetSupport>>,
    Assert<RealOnly<typeof settings, Office.Settings>>,
  ];
  return officeContext;
}

export function createFakeOffice(data: FakeSheetData[], opts: FakeOptions = {}) {
  const host = new FakeHost(data, opts);
  const Office = {
    // office.js, loaded before the fake in the e2e, still calls Office.Promise from its timers.
    Promise: globalThis.Promise,
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: host.platform };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: officeContextOf(host),
    actions: { associate: (id: string, fn: (event: { completed: () => void }) => void) => host.associate(id, fn) },
    addin: {
      showAsTaskpane: () => {
        host.shownTaskpane++;
        return Promise.resolve();
      },
    },
  };
  return { Office, Excel: excelGlobal(host), host };
}
