// A small in-memory FAKE of the Office.js surface the add-in uses (Office.*, Excel.run, ranges, notes, settings).
// It is not Excel: it models batching (loads and writes are queued and applied at context.sync(), properties
// throw until loaded), counts syncs, and mimics the few Excel behaviours the add-in relies on (a value starting
// with = becomes a formula unless the cell is formatted as text "@" or the entry starts with a quote).
// Used by the jest adapter tests and, bundled as /office-js/office.js, by the browser e2e test.
// Self-contained on purpose (no imports) so it can run in a page as a plain script.
//
// It must not offer what real Excel lacks: every proxy class `implements Surface<Excel.X>` (each member it has exists
// on the @types/office-js interface, with a compatible type) and `RealOnly` rejects any other public member
// (internals start with "_"). Hosts differ as Microsoft documents them (HOSTS below, each with its page).

export interface FakeCell {
  value?: string | number | boolean | null;
  error?: string;
  formula?: string;
  numFmt?: string;
  fill?: string | null;
  bold?: boolean;
}

export interface FakeSheetData {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** By A1 address. */
  cells: Record<string, FakeCell>;
  /** Merged areas, "A3:A4". */
  merges?: string[];
  /** Columns formatted down to the last row (0-based), as a user who formats a whole column leaves them. */
  formattedColumns?: number[];
}

/**
 * The hosts the adapter is tested on. Requirement sets per client: "Excel JavaScript API requirement sets"
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets); undo per platform:
 * "Undo support with the Excel JavaScript API" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities);
 * the 5 MB request/response limit of Excel on the web and the 5,000,000-cell read limit: "Resource limits and performance
 * optimization for Office Add-ins" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export const HOSTS = {
  /** Excel 2021 (volume/retail 2108+): ExcelApi 1.14; no notes (1.18), no undo grouping (1.20). */
  excel2021: { excelApiMinor: 14, platform: "PC" },
  /** Excel 2024: ExcelApi 1.17. */
  excel2024: { excelApiMinor: 17, platform: "PC" },
  /** Microsoft 365 on Windows: ExcelApi 1.20; in a grouped run Worksheet.visibility/name/position/delete throw UndoNotSupported. */
  m365: { excelApiMinor: 20, platform: "PC" },
  /** Excel on the web: ExcelApi 1.20; a request or response above 5 MB fails; only Worksheet.delete (of ours) lacks undo. */
  web: { excelApiMinor: 20, platform: "OfficeOnline", payloadLimit: 5_000_000 },
} as const;
export type HostName = keyof typeof HOSTS;

export interface FakeOptions {
  /** One of HOSTS (its values are defaults for the fields below). */
  host?: HostName;
  /** Highest ExcelApi minor version supported: 20 = ExcelApi 1.20 (everything), 8 = no fills, merges or notes. */
  excelApiMinor?: number;
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** The office.js script loaded: Microsoft's CDN (current), or the frozen npm copy 1.1.110 (no Workbook.notes, no mergeUndoGroup). */
  officeJs?: "cdn" | "npm-1.1.110";
  sharedRuntime?: boolean;
  language?: string;
  /** Range.text and text entries as in this locale: "en-US" (1,234.5 and 22.22%) or "id-ID" (1.234,5 and 22,22%). */
  locale?: "en-US" | "id-ID";
  /** Bytes a sync's response may carry (Excel on the web: 5 MB); none by default. */
  payloadLimit?: number;
  /** Cells one range read may have (Excel: 5,000,000). */
  cellLimit?: number;
  /** Above this many cells a loaded range comes back with values null (what the adapter must guard against). */
  valuesNullAbove?: number;
}

interface Sheet {
  name: string;
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: Area[];
  /** Whole columns formatted (a fill or number format down to row 1,048,576): only the formatted used range sees them. */
  formattedColumns?: number[];
}
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class FakeError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

/** Each member the fake offers exists on the real interface T, with a compatible type (objects compared by name only). */
type Surface<T> = {
  [K in keyof T]?: T[K] extends (...a: infer A) => unknown ? (...a: A) => unknown : T[K] extends object ? unknown : T[K];
};
/** true only when the class C has no public member that the real interface T lacks (internals start with "_"). */
type RealOnly<C, T> = [Exclude<keyof C, keyof T | `_${string}`>] extends [never] ? true : Exclude<keyof C, keyof T | `_${string}`>;
type Assert<T extends true> = T;

const key = (r: number, c: number) => `${r},${c}`;
function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const a1 = (r: number, c: number) => `${colName(c)}${r + 1}`;
function areaA1(a: Area): string {
  return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}
function parseCell(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(s.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
function parseAddress(addr: string): Area {
  const local = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
  const [p, q = p] = local.split(":");
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) return { top: Number(p) - 1, bottom: Number(q) - 1, left: 0, right: 16383 };
  if (/^[A-Z]+$/i.test(p) && /^[A-Z]+$/i.test(q)) {
    const c1 = parseCell(`${p}1`)!.col;
    const c2 = parseCell(`${q}1`)!.col;
    return { top: 0, bottom: 1048575, left: c1, right: c2 };
  }
  const a = parseCell(p);
  const b = parseCell(q);
  if (!a || !b) throw new FakeError("InvalidArgument", `alamat tidak valid: ${addr}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function splitSheet(addr: string): { sheet: string | null; local: string } {
  const i = addr.lastIndexOf("!");
  if (i < 0) return { sheet: null, local: addr };
  let s = addr.slice(0, i);
  if (s.startsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return { sheet: s, local: addr.slice(i + 1) };
}

/** Number in a locale's separators: en-US 1,234.50; id-ID 1.234,50. */
function localNumber(v: number, dec: number, grouping: boolean, locale: string): string {
  const s = v.toLocaleString("en-US", { minimumFractionDigits: dec, maximumFractionDigits: dec, useGrouping: grouping });
  return locale === "id-ID" ? s.replace(/[,.]/g, (ch) => (ch === "," ? "." : ",")) : s;
}

/** What Excel would display, for the formats the add-in and the seed use, in the user's locale (Range.text follows it). */
export function displayText(c: FakeCell | undefined, locale = "en-US"): string {
  if (!c) return "";
  if (c.error) return c.error;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = c.numFmt ?? "General";
  const dec = (/\.(0+)/.exec(fmt)?.[1] ?? "").length;
  if (fmt.includes("%")) return `${localNumber(v * 100, dec, false, locale)}%`;
  if (fmt.includes("#,##0")) return localNumber(v, dec, true, locale);
  if (fmt === "@") return String(v);
  const g = String(Math.round(v * 1e10) / 1e10);
  return locale === "id-ID" ? g.replace(".", ",") : g;
}

/**
 * What Excel makes of a text entry in a cell that is not formatted as text: numbers in the locale's separators,
 * percents, thousands (Excel also sets a matching format). null: it stays text.
 */
export function parseEntry(v: string, locale = "en-US"): { value: number; numFmt?: string } | null {
  const t = v.trim();
  const [group, dec] = locale === "id-ID" ? [".", ","] : [",", "."];
  const esc = (ch: string) => (ch === "." ? "\\." : ch);
  const num = new RegExp(`^-?(\\d{1,3}(${esc(group)}\\d{3})+|\\d+)(${esc(dec)}\\d+)?$`);
  const pct = /%$/.test(t);
  const body = pct ? t.slice(0, -1).trim() : t;
  if (!num.test(body)) return null;
  const n = Number(body.split(group).join("").replace(dec, "."));
  if (pct) return { value: n / 100, numFmt: body.includes(dec) ? "0.00%" : "0%" };
  return body.includes(group) ? { value: n, numFmt: "#,##0" } : { value: n };
}

/** A queued request; `noUndo` marks what the platform cannot undo (refused inside a grouped run). */
interface Op {
  (): void;
  noUndo?: string;
}

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
  actions = new Map<string, (event: { completed: () => void }) => void>();
  /** Every request the add-in queued, for tests that check what was written. */
  writes: { sheet: string; address: string; what: string; value: unknown }[] = [];
  excelApiMinor: number;
  platform: string;
  officeJs: "cdn" | "npm-1.1.110";
  sharedRuntime: boolean;
  language: string;
  locale: "en-US" | "id-ID";
  payloadLimit: number;
  cellLimit: number;
  valuesNullAbove: number;
  shownTaskpane = 0;

  constructor(data: FakeSheetData[], opts: FakeOptions = {}) {
    const preset: Partial<FakeOptions> = opts.host ? HOSTS[opts.host] : {};
    const o = { ...preset, ...opts };
    this.excelApiMinor = o.excelApiMinor ?? 20;
    this.platform = o.platform ?? "PC";
    this.officeJs = o.officeJs ?? "cdn";
    this.sharedRuntime = o.sharedRuntime ?? true;
    this.language = o.language ?? "id-ID";
    this.locale = o.locale ?? "en-US";
    this.payloadLimit = o.payloadLimit ?? Infinity;
    this.cellLimit = o.cellLimit ?? 5_000_000;
    this.valuesNullAbove = o.valuesNullAbove ?? Infinity;
    for (const d of data) {
      const cells = new Map<string, FakeCell>();
      for (const [addr, c] of Object.entries(d.cells)) {
        const p = parseCell(addr)!;
        cells.set(key(p.row, p.col), { ...c });
      }
      this.sheets.push({ name: d.name, visibility: d.visibility ?? "Visible", cells, merges: (d.merges ?? []).map(parseAddress), formattedColumns: d.formattedColumns });
    }
    this.active = this.sheets[0]?.name ?? null;
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
  async invoke(action: string): Promise<number> {
    const fn = this.actions.get(action);
    if (!fn) throw new Error(`no action ${action}`);
    let completed = 0;
    await new Promise<void>((resolve) => fn({ completed: () => ((completed += 1), resolve()) }));
    return completed;
  }

  // ---- cell writes with Excel's entry semantics
  writeValue(s: Sheet, r: number, c: number, v: unknown, asFormula: boolean): void {
    const k = key(r, c);
    const cell: FakeCell = { ...(s.cells.get(k) ?? {}) };
    delete cell.formula;
    delete cell.error;
    if (typeof v === "string") {
      const parsed = cell.numFmt === "@" ? null : parseEntry(v, this.locale);
      if (v === "") cell.value = null;
      else if (v.startsWith("'")) cell.value = v.slice(1); // the quote prefix: stored as text, not shown
      else if (cell.numFmt === "@" && !asFormula) cell.value = v;
      else if (v.startsWith("=") && v.length > 1) {
        cell.formula = v;
        cell.value = null; // the fake does not evaluate formulas
      } else if (parsed) {
        // Excel reads `45%` or `1,234` typed into a General cell as a number, and gives it a matching format.
        cell.value = parsed.value;
        if (parsed.numFmt && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = parsed.numFmt;
      } else cell.value = v;
    } else cell.value = v as number | boolean | null;
    s.cells.set(k, cell);
    this.writes.push({ sheet: s.name, address: a1(r, c), what: asFormula ? "formulas" : "values", value: v });
  }
  patch(s: Sheet, r: number, c: number, p: Partial<FakeCell>, what: string): void {
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

// ------------------------------------------------------------------ proxies

class Ctx implements Surface<Excel.RequestContext> {
  _queue: Op[] = [];
  constructor(readonly _host: FakeHost, readonly _grouped: boolean) {}
  get workbook(): WorkbookProxy {
    return new WorkbookProxy(this);
  }
  async sync(): Promise<void> {
    const host = this._host;
    host.syncs++;
    const ops = this._queue;
    this._queue = [];
    await Promise.resolve();
    // A grouped run with a request that has no undo on this platform is refused whole (UndoNotSupported).
    const refused = this._grouped ? ops.find((op) => op.noUndo) : undefined;
    if (refused) throw new FakeError("UndoNotSupported", `${refused.noUndo} tidak dapat di-undo dalam satu grup`);
    this._bytes = 0;
    for (const op of ops) {
      if (op.noUndo) host.undoStackCleared.push(op.noUndo);
      op(); // the first failing op rejects the sync; later ops are dropped, like Excel
    }
    if (this._bytes > host.payloadLimit) throw new FakeError("ResponsePayloadSizeLimitExceeded", `respons ${this._bytes} byte melebihi ${host.payloadLimit}`);
  }
  /** Bytes this sync's loads return (JSON), for Excel on the web's 5 MB limit. */
  _bytes = 0;
}

abstract class Proxy {
  protected loaded: Record<string, unknown> | null = null;
  protected isNull = false;
  protected nullable = false;
  constructor(readonly context: Ctx) {}
  get isNullObject(): boolean {
    if (this.loaded === null && !this.nullChecked) throw new FakeError("PropertyNotLoaded", "isNullObject dibaca sebelum sync");
    return this.isNull;
  }
  protected nullChecked = false;
  protected prop<T>(name: string): T {
    if (this.isNull) throw new FakeError("InvalidObjectPath", `${name} pada objek null`);
    if (!this.loaded || !(name in this.loaded)) throw new FakeError("PropertyNotLoaded", `${name} belum dimuat (load + sync)`);
    return this.loaded[name] as T;
  }
  protected q(op: () => void, noUndo?: string): void {
    const o: Op = op;
    if (noUndo) o.noUndo = noUndo;
    this.context._queue.push(o);
  }
}

class WorkbookProxy implements Surface<Excel.Workbook> {
  constructor(readonly _ctx: Ctx) {}
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this._ctx);
  }
  /** Workbook.notes: absent from the frozen npm office.js; in the CDN script, but the host needs ExcelApi 1.18. */
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this._ctx);
  }
}

class WorksheetCollectionProxy extends Proxy implements Surface<Excel.WorksheetCollection> {
  private _list: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._list) throw new FakeError("PropertyNotLoaded", "items belum dimuat");
    return this._list;
  }
  load(_props?: unknown): this {
    this.q(() => {
      this._list = this.context._host.sheets.map((s) => {
        const w = new WorksheetProxy(this.context, () => s);
        w._fill();
        return w;
      });
    });
    return this;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context._host.sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context._host.sheet(name), true);
  }
  add(name?: string): WorksheetProxy {
    const n = name ?? `Sheet${this.context._host.sheets.length + 1}`;
    this.q(() => {
      const h = this.context._host;
      if (h.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new FakeError("ItemAlreadyExists", n);
      h.sheets.push({ name: n, visibility: "Visible", cells: new Map(), merges: [] });
    });
    return this.getItem(n);
  }
}

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

class WorksheetProxy extends Proxy implements Surface<Excel.Worksheet> {
  constructor(context: Ctx, readonly _resolve: () => Sheet, nullable = false) {
    super(context);
    this.nullable = nullable;
  }
  _fill(): void {
    const s = this._resolve();
    this.loaded = { name: s.name, visibility: s.visibility };
  }
  get name(): string {
    return this.prop("name");
  }
  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    this.q(
      () => {
        this._resolve().visibility = v;
      },
      this.context._host.undoable("visibility") ? undefined : "Worksheet.visibility",
    );
  }
  load(_props?: unknown): this {
    this.q(() => {
      this.nullChecked = true;
      try {
        this._fill();
      } catch (e) {
        if (this.nullable && (e as FakeError).code === "ItemNotFound") {
          this.isNull = true;
          this.loaded = {};
        } else throw e;
      }
    });
    return this;
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this._resolve(), area: parseAddress(address ?? "A1:XFD1048576") }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this._resolve();
      return { sheet: s, area: this.context._host.usedArea(s, !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  activate(): void {
    this.q(() => {
      this.context._host.active = this._resolve().name;
    });
  }
  delete(): void {
    this.q(() => {
      const s = this._resolve();
      this.context._host.sheets = this.context._host.sheets.filter((x) => x !== s);
    }, "Worksheet.delete");
  }
}

class FillProxy implements Surface<Excel.RangeFill> {
  constructor(readonly _range: RangeProxy) {}
  set color(c: string) {
    this._range._each((s, r, col) => this._range.context._host.patch(s, r, col, { fill: c }, "fill"));
  }
  clear(): void {
    this._range._each((s, r, col) => this._range.context._host.patch(s, r, col, { fill: null }, "fill"));
  }
}
class FormatProxy implements Surface<Excel.RangeFormat> {
  constructor(readonly _range: RangeProxy) {}
  get fill(): FillProxy {
    return new FillProxy(this._range);
  }
  set wrapText(_v: boolean) {}
  get font(): { bold: boolean } {
    const range = this._range;
    return {
      set bold(b: boolean) {
        range._each((s, r, col) => range.context._host.patch(s, r, col, { bold: b }, "bold"));
      },
      get bold(): boolean {
        return false;
      },
    };
  }
  set verticalAlignment(_v: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed") {}
  set columnWidth(_v: number) {}
}

type CellProps = { format: { fill: { color: string; pattern: string } } };

class RangeProxy extends Proxy implements Surface<Excel.Range> {
  constructor(context: Ctx, readonly _resolve: () => { sheet: Sheet; area: Area }) {
    super(context);
  }
  /** Queues a per-cell write over the range (bounded to real cells for whole rows/columns). */
  _each(fn: (s: Sheet, r: number, c: number) => void): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const used = this.context._host.usedArea(sheet, false);
      const bottom = Math.min(area.bottom, Math.max(area.top, used?.bottom ?? area.top) + 1);
      const right = Math.min(area.right, Math.max(area.left, used?.right ?? area.left) + 1);
      for (let r = area.top; r <= bottom; r++) for (let c = area.left; c <= right; c++) fn(sheet, r, c);
    });
  }
  private grid(fn: (s: Sheet, r: number, c: number, i: number, j: number) => void, values: unknown[][]): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (values.length !== rows || values.some((v) => v.length !== cols)) throw new FakeError("InvalidArgument", `ukuran ${values.length}x${values[0]?.length} tidak cocok dengan ${areaA1(area)}`);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) fn(sheet, area.top + i, area.left + j, i, j);
    });
  }
  get format(): FormatProxy {
    return new FormatProxy(this);
  }
  set values(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.writeValue(s, r, c, v[i][j], false), v);
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set formulas(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.writeValue(s, r, c, v[i][j], true), v);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.patch(s, r, c, { numFmt: String(v[i][j]) }, "numberFormat"), v);
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  load(_props?: unknown): this {
    this.q(() => {
      const host = this.context._host;
      const { sheet, area } = this._resolve();
      const cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (cellCount > host.cellLimit) throw new FakeError("GeneralException", `rentang ${areaA1(area)} (${cellCount} sel) terlalu besar untuk dibaca`);
      const a = area;
      const rows: FakeCell[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: FakeCell[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(sheet.cells.get(key(r, c)) ?? {});
        rows.push(row);
      }
      const val = (c: FakeCell) => (c.error ? c.error : c.value ?? "");
      const tooMany = cellCount > host.valuesNullAbove;
      this.loaded = {
        address: `${sheetPrefix(sheet.name)}!${areaA1(a)}`,
        values: tooMany ? null : rows.map((r) => r.map(val)),
        text: tooMany ? null : rows.map((r) => r.map((c) => displayText(c, host.locale))),
        numberFormat: tooMany ? null : rows.map((r) => r.map((c) => c.numFmt ?? "General")),
        formulas: tooMany ? null : rows.map((r) => r.map((c) => c.formula ?? val(c))),
        valueTypes: tooMany
          ? null
          : rows.map((r) =>
              r.map((c) => (c.error ? "Error" : c.value === null || c.value === undefined || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")),
            ),
        rowCount: a.bottom - a.top + 1,
        columnCount: a.right - a.left + 1,
      };
      this.context._bytes += tooMany ? 100 : JSON.stringify(this.loaded).length;
    });
    return this;
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      this.context._host.requireApi(13, "getMergedAreasOrNullObject");
      const { sheet, area } = this._resolve();
      const list = sheet.merges
        .filter((m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left)
        .map((m) => `${sheetPrefix(sheet.name)}!${areaA1(m)}`);
      // "if the merged areas count in this range is more than 512, then this method will fail" (@types/office-js)
      if (list.length > 512) throw new FakeError("GeneralException", `${list.length} area gabungan (batas 512)`);
      return list;
    });
  }
  getCellProperties(_opts: unknown): { value: CellProps[][] } {
    const result = { _v: null as null | CellProps[][] };
    this.q(() => {
      this.context._host.requireApi(9, "getCellProperties");
      const { sheet, area } = this._resolve();
      const out: CellProps[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row = [];
        for (let c = area.left; c <= area.right; c++) {
          const f = sheet.cells.get(key(r, c))?.fill;
          row.push({ format: { fill: f ? { color: f, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" } } });
        }
        out.push(row);
      }
      result._v = out;
      this.context._bytes += out.length * (out[0]?.length ?? 0) * 50;
    });
    return {
      get value() {
        if (!result._v) throw new FakeError("PropertyNotLoaded", "getCellProperties dibaca sebelum sync");
        return result._v;
      },
    };
  }
  select(): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.selection = { sheet: sheet.name, address: areaA1(area) };
    });
  }
  insert(_dir: Excel.InsertShiftDirection | "Down" | "Right"): RangeProxy {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const n = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        moved.set(r >= area.top ? key(r + n, col) : k, c);
      }
      sheet.cells = moved;
    });
    return this;
  }
  delete(_dir: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const n = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        if (r >= area.top && r <= area.bottom) continue;
        moved.set(r > area.bottom ? key(r - n, col) : k, c);
      }
      sheet.cells = moved;
    });
  }
  clear(what?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      for (const [k, c] of [...sheet.cells]) {
        const [r, col] = k.split(",").map(Number);
        if (r < area.top || r > area.bottom || col < area.left || col > area.right) continue;
        if (what === "Contents") sheet.cells.set(k, { ...c, value: null, formula: undefined, error: undefined });
        else if (what === "Formats") sheet.cells.set(k, { value: c.value, formula: c.formula, error: c.error });
        else sheet.cells.delete(k);
      }
      // Clearing everything also unmerges, as in Excel.
      if (what === undefined || what === "All")
        sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    });
  }
  merge(_across?: boolean): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      sheet.merges.push({ ...area });
    });
  }
}

class RangeAreasProxy extends Proxy implements Surface<Excel.RangeAreas> {
  constructor(context: Ctx, readonly _resolve: () => string[]) {
    super(context);
  }
  get address(): string {
    return this.prop("address");
  }
  load(_p?: unknown): this {
    this.q(() => {
      const list = this._resolve();
      this.nullChecked = true;
      this.isNull = list.length === 0;
      this.loaded = this.isNull ? {} : { address: list.join(",") };
    });
    return this;
  }
}

class NoteCollectionProxy implements Surface<Excel.NoteCollection> {
  constructor(readonly _ctx: Ctx) {}
  private where(k: string): { sheet: string; address: string } {
    const { sheet, local } = splitSheet(k);
    return { sheet: sheet ?? this._ctx._host.active ?? "", address: local };
  }
  add(cellAddress: string | Excel.Range, content: unknown): NoteProxy {
    const w = this.where(String(cellAddress));
    this._ctx._queue.push(() => {
      this._ctx._host.requireApi(18, "Workbook.notes");
      const id = `${w.sheet}!${w.address}`;
      if (this._ctx._host.notes.has(id)) throw new FakeError("InvalidOperation", `sel ${id} sudah memiliki catatan`);
      this._ctx._host.notes.set(id, { ...w, content: String(content) });
    });
    return new NoteProxy(this._ctx, w);
  }
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this._ctx, this.where(key));
  }
}

class NoteProxy extends Proxy implements Surface<Excel.Note> {
  constructor(context: Ctx, readonly _at: { sheet: string; address: string }) {
    super(context);
  }
  private get id(): string {
    return `${this._at.sheet}!${this._at.address}`;
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.q(() => {
      const n = this.context._host.notes.get(this.id);
      if (!n) throw new FakeError("ItemNotFound", this.id);
      n.content = v;
    });
  }
  load(_p?: unknown): this {
    this.q(() => {
      this.context._host.requireApi(18, "Workbook.notes");
      const n = this.context._host.notes.get(this.id);
      this.nullChecked = true;
      this.isNull = !n;
      this.loaded = n ? { content: n.content } : {};
    });
    return this;
  }
  delete(): void {
    this.q(() => {
      this.context._host.notes.delete(this.id);
    });
  }
}

/** Compile-time: no proxy offers a member its real Office.js interface lacks. */
export type FakeSurfaceChecks = [
  Assert<RealOnly<Ctx, Excel.RequestContext>>,
  Assert<RealOnly<WorkbookProxy, Excel.Workbook>>,
  Assert<RealOnly<WorksheetCollectionProxy, Excel.WorksheetCollection>>,
  Assert<RealOnly<WorksheetProxy, Excel.Worksheet>>,
  Assert<RealOnly<RangeProxy, Excel.Range>>,
  Assert<RealOnly<FormatProxy, Excel.RangeFormat>>,
  Assert<RealOnly<FillProxy, Excel.RangeFill>>,
  Assert<RealOnly<RangeAreasProxy, Excel.RangeAreas>>,
  Assert<RealOnly<NoteCollectionProxy, Excel.NoteCollection>>,
  Assert<RealOnly<NoteProxy, Excel.Note>>,
];

// ------------------------------------------------------------------ the globals

export function createFakeOffice(data: FakeSheetData[], opts: FakeOptions = {}) {
  const host = new FakeHost(data, opts);
  const npm = host.officeJs === "npm-1.1.110";
  const Excel = {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: Ctx) => Promise<unknown>;
      const options = typeof a === "function" ? {} : (a as { mergeUndoGroup?: boolean });
      // The frozen npm script drops RunOptions.mergeUndoGroup; a host before ExcelApi 1.20 ignores it.
      const grouped = !!options.mergeUndoGroup && !npm && host.excelApiMinor >= 20;
      host.runs.push({ ...options, grouped });
      const ctx = new Ctx(host, grouped);
      if (npm) Object.defineProperty(ctx, "workbook", { get: () => withoutNotes(new WorkbookProxy(ctx)) });
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
  const settings = {
    get: (k: string) => (host.settings.has(k) ? host.settings.get(k) : null),
    set: (k: string, v: unknown) => void host.settings.set(k, v),
    remove: (k: string) => void host.settings.delete(k),
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
  };
  const officeContext = {
    get displayLanguage() {
      return host.language;
    },
    requirements: { isSetSupported: (n: string, v?: string) => host.isSetSupported(n, v) },
    document: { settings },
  };
  // The Office side is checked like the Excel side: no member Office.js lacks.
  type _OfficeChecks = [
    Assert<RealOnly<typeof officeContext, Office.Context>>,
    Assert<RealOnly<typeof officeContext.requirements, Office.RequirementSetSupport>>,
    Assert<RealOnly<typeof settings, Office.Settings>>,
  ];
  const Office = {
    // office.js, loaded before the fake in the e2e, still calls Office.Promise from its timers.
    Promise: globalThis.Promise,
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: host.platform };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: officeContext,
    actions: { associate: (id: string, fn: (event: { completed: () => void }) => void) => void host.actions.set(id, fn) },
    addin: {
      showAsTaskpane: () => {
        host.shownTaskpane++;
        return Promise.resolve();
      },
    },
  };
  return { Office, Excel, host };
}

/** The workbook as the npm office.js 1.1.110 exposes it: no `notes` property at all. */
function withoutNotes(wb: WorkbookProxy): Omit<WorkbookProxy, "notes"> {
  return { _ctx: wb._ctx, get worksheets() { return wb.worksheets; } };
}
