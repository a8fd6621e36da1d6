// The fake Excel host: its workbook, what it supports and refuses, and what tests inspect afterwards.
import {
  Area,
  FakeCell,
  FakeError,
  FakeOptions,
  FakeSheetData,
  HOSTS,
  Refusal,
  Sheet,
  a1,
  displayText,
  enterValue,
  key,
  parseCell,
  toSheet,
} from "./model";

type CommandHandler = (event: { completed: () => void }) => void;

export class FakeHost {
  sheets: Sheet[] = [];
  syncs = 0;
  /** Every Excel.run: whether it asked for undo grouping, and whether this host honoured it. */
  runs: { mergeUndoGroup?: boolean; grouped: boolean }[] = [];
  /** Requests that cannot be undone and ran outside a group: each one empties the user's Excel undo stack. */
  undoStackCleared: string[] = [];
  selection: { sheet: string; address: string } | null = null;
  active: string | null = null;
  notes = new Map<string, { sheet: string; address: string; content: string }>();
  settings = new Map<string, unknown>();
  actions = new Map<string, CommandHandler>();
  /** Ribbon clicks whose event never reached the add-in (office-js#5176). */
  droppedClicks: string[] = [];
  /** Every request the add-in queued, for tests that check what was written. */
  writes: { sheet: string; address: string; what: string; value: unknown }[] = [];
  excelApiMinor: number;
  platform: string;
  version: string;
  officeJs: "cdn" | "npm-1.1.110";
  sharedRuntime: boolean;
  language: string;
  locale: "en-US" | "id-ID";
  payloadLimit: number;
  cellLimit: number;
  valuesNullAbove: number;
  workbookProtected: boolean;
  refuse: Refusal[];
  coldClick: FakeOptions["coldClick"];
  shownTaskpane = 0;

  constructor(data: FakeSheetData[], opts: FakeOptions = {}) {
    const preset: Partial<FakeOptions> = opts.host ? HOSTS[opts.host] : {};
    const o = { ...preset, ...opts };
    this.excelApiMinor = o.excelApiMinor ?? 20;
    this.platform = o.platform ?? "PC";
    this.version = o.version ?? "16.0.18025.20160";
    this.officeJs = o.officeJs ?? "cdn";
    this.sharedRuntime = o.sharedRuntime ?? true;
    this.language = o.language ?? "id-ID";
    this.locale = o.locale ?? "en-US";
    this.payloadLimit = o.payloadLimit ?? Infinity;
    this.cellLimit = o.cellLimit ?? 5_000_000;
    this.valuesNullAbove = o.valuesNullAbove ?? Infinity;
    this.workbookProtected = o.workbookProtected ?? false;
    this.refuse = o.refuse ?? [];
    this.coldClick = o.coldClick;
    for (const d of data) this.sheets.push(toSheet(d));
    this.active = this.sheets[0]?.name ?? null;
  }

  /** A sheet added behind the add-in's back (by the user, another add-in, a co-author). */
  addSheet(d: FakeSheetData): Sheet {
    const s = toSheet(d);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): Sheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeError("ItemNotFound", `Lembar ${name} tidak ada`);
    return s;
  }
  cell(sheet: string, address: string): FakeCell | undefined {
    const p = parseCell(address)!;
    return this.sheet(sheet).cells.get(key(p.row, p.col));
  }
  text(sheet: string, address: string): string {
    return displayText(this.cell(sheet, address), this.locale);
  }
  /** A plain copy of the whole workbook, for comparing before/after. */
  dump(): Record<string, Record<string, FakeCell>> {
    const out: Record<string, Record<string, FakeCell>> = {};
    for (const s of this.sheets) {
      const cells: Record<string, FakeCell> = {};
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number);
        cells[a1(r, col)] = { ...c };
      }
      out[s.name] = cells;
    }
    return out;
  }
  isSetSupported(name: string, version?: string): boolean {
    const v = Number(version ?? "1.1");
    // Minor versions compare as integers (1.10 is after 1.9).
    if (name === "ExcelApi") return Number(String(version ?? "1.1").split(".")[1] ?? 0) <= this.excelApiMinor;
    if (name === "SharedRuntime") return this.sharedRuntime && v <= 1.1;
    return false;
  }
  /** An API of ExcelApi 1.minor: present in the CDN script, but the host runs it only from that version on. */
  requireApi(minor: number, what: string): void {
    if (minor > this.excelApiMinor) throw new FakeError("ApiNotFound", `${what} butuh ExcelApi 1.${minor}`);
  }
  /** Which requests this platform cannot undo (the undo page's table, for what the adapter could call). */
  undoable(what: "visibility" | "name" | "position" | "deleteSheet"): boolean {
    if (what === "deleteSheet") return false;
    return this.platform === "OfficeOnline";
  }
  /** Throws what the host answers to a refused call (see FakeOptions.refuse). */
  guard(api: string, sheet?: Sheet): void {
    const r = this.refuse.find((x) => x.api === api && (!x.sheet || x.sheet === sheet?.name));
    if (r) throw new FakeError(r.code, `${api} ditolak`);
  }
  /**
   * A protected sheet refuses cell contents and formats; a protected workbook structure refuses adding, hiding or
   * deleting sheets. Excel documents the protection, not the error code of a refused call: "AccessDenied" here.
   */
  guardSheet(s: Sheet, api: string): void {
    this.guard(api, s);
    if (s.protected) throw new FakeError("AccessDenied", `lembar ${s.name} terlindungi: ${api} ditolak`);
  }
  guardStructure(api: string): void {
    this.guard(api);
    if (this.workbookProtected) throw new FakeError("AccessDenied", `struktur buku kerja terlindungi: ${api} ditolak`);
  }
  /** Office.actions.associate: a click queued while the runtime started is delivered now, unless it was lost (#5176). */
  associate(id: string, fn: CommandHandler): void {
    this.actions.set(id, fn);
    const cold = this.coldClick;
    if (!cold || cold.id !== id) return;
    this.coldClick = undefined;
    if (cold.lost) this.droppedClicks.push(id);
    else queueMicrotask(() => fn({ completed: () => undefined }));
  }
  async invoke(action: string): Promise<number> {
    const fn = this.actions.get(action);
    if (!fn) throw new Error(`no action ${action}`);
    let completed = 0;
    await new Promise<void>((resolve) => fn({ completed: () => ((completed += 1), resolve()) }));
    return completed;
  }

  // ---- cell writes with Excel's entry semantics
  writeValue(s: Sheet, r: number, c: number, v: unknown, asFormula: boolean): void {
    this.guardSheet(s, asFormula ? "Range.formulas" : "Range.values");
    const k = key(r, c);
    const cell: FakeCell = { ...(s.cells.get(k) ?? {}) };
    enterValue(cell, v, asFormula, this.locale);
    s.cells.set(k, cell);
    this.writes.push({ sheet: s.name, address: a1(r, c), what: asFormula ? "formulas" : "values", value: v });
  }
  patch(s: Sheet, r: number, c: number, p: Partial<FakeCell>, what: string, api: string): void {
    this.guardSheet(s, api);
    const k = key(r, c);
    const cell = { ...(s.cells.get(k) ?? {}), ...p };
    if (p.fill === null) delete cell.fill;
    s.cells.set(k, cell);
    this.writes.push({ sheet: s.name, address: a1(r, c), what, value: Object.values(p)[0] });
  }
  /** Excel's used range: with valuesOnly, cells with values; otherwise formatted cells count too. */
  usedArea(s: Sheet, valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [k, c] of s.cells) {
      const has = (c.value !== null && c.value !== undefined && c.value !== "") || !!c.formula || !!c.error;
      if (!has && (valuesOnly || (!c.fill && (!c.numFmt || c.numFmt === "General")))) continue;
      const [r, col] = k.split(",").map(Number);
      a = a ? { top: Math.min(a.top, r), left: Math.min(a.left, col), bottom: Math.max(a.bottom, r), right: Math.max(a.right, col) } : { top: r, left: col, bottom: r, right: col };
    }
    if (!valuesOnly && s.formattedColumns) for (const col of s.formattedColumns) a = { top: 0, left: Math.min(a?.left ?? col, col), bottom: 1048575, right: Math.max(a?.right ?? col, col) };
    return a;
  }
}
