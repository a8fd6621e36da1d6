// A small in-memory FAKE of the Office.js surface the add-in uses (Office.*, Excel.run, ranges, notes, settings).
// It is not Excel: it models batching (loads and writes are queued and applied at context.sync(), properties
// throw until loaded), counts syncs, and mimics the few Excel behaviours the add-in relies on (a value starting
// with = becomes a formula unless the cell is formatted as text "@" or the entry starts with a quote).
// Used by the jest adapter tests and, bundled as /office-js/office.js, by the browser e2e test.
// Self-contained on purpose (no imports) so it can run in a page as a plain script.

export interface FakeCell {
  value?: string | number | boolean | null;
  error?: string;
  formula?: string;
  numFmt?: string;
  fill?: string | null;
}

export interface FakeSheetData {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** By A1 address. */
  cells: Record<string, FakeCell>;
  /** Merged areas, "A3:A4". */
  merges?: string[];
}

export interface FakeOptions {
  /** Highest ExcelApi minor version supported: 20 = ExcelApi 1.20 (everything), 8 = no fills, merges or notes. */
  excelApiMinor?: number;
  sharedRuntime?: boolean;
  language?: string;
}

interface Sheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  merges: Area[];
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

/** What Excel would display, for the formats the add-in and the seed use (en-US separators). */
export function displayText(c: FakeCell | undefined): string {
  if (!c) return "";
  if (c.error) return c.error;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = c.numFmt ?? "General";
  const dec = (/\.(0+)/.exec(fmt)?.[1] ?? "").length;
  if (fmt.includes("%")) return `${(v * 100).toFixed(dec)}%`;
  if (fmt.includes("#,##0")) return v.toLocaleString("en-US", { minimumFractionDigits: dec, maximumFractionDigits: dec });
  if (fmt === "@") return String(v);
  return String(Math.round(v * 1e10) / 1e10);
}

type Op = () => void;

export class FakeHost {
  sheets: Sheet[] = [];
  syncs = 0;
  runs: { mergeUndoGroup?: boolean }[] = [];
  selection: { sheet: string; address: string } | null = null;
  active: string | null = null;
  notes = new Map<string, { sheet: string; address: string; content: string }>();
  settings = new Map<string, unknown>();
  actions = new Map<string, (event: { completed: () => void }) => void>();
  /** Every request the add-in queued, for tests that check what was written. */
  writes: { sheet: string; address: string; what: string; value: unknown }[] = [];
  excelApiMinor: number;
  sharedRuntime: boolean;
  language: string;
  shownTaskpane = 0;

  constructor(data: FakeSheetData[], opts: FakeOptions = {}) {
    this.excelApiMinor = opts.excelApiMinor ?? 20;
    this.sharedRuntime = opts.sharedRuntime ?? true;
    this.language = opts.language ?? "id-ID";
    for (const d of data) {
      const cells = new Map<string, FakeCell>();
      for (const [addr, c] of Object.entries(d.cells)) {
        const p = parseCell(addr)!;
        cells.set(key(p.row, p.col), { ...c });
      }
      this.sheets.push({ name: d.name, visibility: d.visibility ?? "Visible", cells, merges: (d.merges ?? []).map(parseAddress) });
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
    return displayText(this.cell(sheet, address));
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
      if (v === "") cell.value = null;
      else if (v.startsWith("'")) cell.value = v.slice(1); // the quote prefix: stored as text, not shown
      else if (cell.numFmt === "@" && !asFormula) cell.value = v;
      else if (v.startsWith("=") && v.length > 1) {
        cell.formula = v;
        cell.value = null; // the fake does not evaluate formulas
      } else if (cell.numFmt !== "@" && v.trim() !== "" && !isNaN(Number(v))) cell.value = Number(v);
      else cell.value = v;
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
  usedArea(s: Sheet, valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [k, c] of s.cells) {
      const has = (c.value !== null && c.value !== undefined && c.value !== "") || !!c.formula || !!c.error;
      if (!has && (valuesOnly || (!c.fill && (!c.numFmt || c.numFmt === "General")))) continue;
      const [r, col] = k.split(",").map(Number);
      a = a ? { top: Math.min(a.top, r), left: Math.min(a.left, col), bottom: Math.max(a.bottom, r), right: Math.max(a.right, col) } : { top: r, left: col, bottom: r, right: col };
    }
    return a;
  }
}

// ------------------------------------------------------------------ proxies

class Ctx {
  queue: Op[] = [];
  constructor(readonly host: FakeHost) {}
  get workbook(): WorkbookProxy {
    return new WorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.host.syncs++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const op of ops) op(); // the first failing op rejects the sync; later ops are dropped, like Excel
  }
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
  protected q(op: Op): void {
    this.context.queue.push(op);
  }
}

class WorkbookProxy {
  constructor(readonly ctx: Ctx) {}
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.ctx);
  }
  get notes(): NoteCollectionProxy {
    if (!this.ctx.host.isSetSupported("ExcelApi", "1.18")) throw new Error("workbook.notes butuh ExcelApi 1.18");
    return new NoteCollectionProxy(this.ctx);
  }
}

class WorksheetCollectionProxy extends Proxy {
  private _items: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._items) throw new FakeError("PropertyNotLoaded", "items belum dimuat");
    return this._items;
  }
  load(_props?: string): this {
    this.q(() => {
      this._items = this.context.host.sheets.map((s) => {
        const w = new WorksheetProxy(this.context, () => s);
        w.fill();
        return w;
      });
    });
    return this;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const w = new WorksheetProxy(this.context, () => this.context.host.sheet(name), true);
    return w;
  }
  add(name: string): WorksheetProxy {
    this.q(() => {
      const h = this.context.host;
      if (h.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeError("ItemAlreadyExists", name);
      h.sheets.push({ name, visibility: "Visible", cells: new Map(), merges: [] });
    });
    return this.getItem(name);
  }
}

class WorksheetProxy extends Proxy {
  constructor(context: Ctx, readonly resolve: () => Sheet, nullable = false) {
    super(context);
    this.nullable = nullable;
  }
  fill(): void {
    const s = this.resolve();
    this.loaded = { name: s.name, visibility: s.visibility };
  }
  get name(): string {
    return this.prop("name");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: string) {
    this.q(() => {
      this.resolve().visibility = v;
    });
  }
  load(_props?: string): this {
    this.q(() => {
      this.nullChecked = true;
      try {
        this.fill();
      } catch (e) {
        if (this.nullable && (e as FakeError).code === "ItemNotFound") {
          this.isNull = true;
          this.loaded = {};
        } else throw e;
      }
    });
    return this;
  }
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.resolve(), area: parseAddress(address) }));
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.resolve();
      return { sheet: s, area: this.context.host.usedArea(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  activate(): void {
    this.q(() => {
      this.context.host.active = this.resolve().name;
    });
  }
  delete(): void {
    this.q(() => {
      const s = this.resolve();
      this.context.host.sheets = this.context.host.sheets.filter((x) => x !== s);
    });
  }
}

class FillProxy {
  constructor(readonly range: RangeProxy) {}
  set color(c: string) {
    this.range.each((s, r, col) => this.range.context.host.patch(s, r, col, { fill: c }, "fill"));
  }
  clear(): void {
    this.range.each((s, r, col) => this.range.context.host.patch(s, r, col, { fill: null }, "fill"));
  }
}
class FormatProxy {
  constructor(readonly range: RangeProxy) {}
  get fill(): FillProxy {
    return new FillProxy(this.range);
  }
  set wrapText(_v: boolean) {}
  set verticalAlignment(_v: string) {}
  set columnWidth(_v: number) {}
}

class RangeProxy extends Proxy {
  constructor(context: Ctx, readonly resolve: () => { sheet: Sheet; area: Area }) {
    super(context);
  }
  /** Queues a per-cell write over the range (bounded to real cells for whole rows/columns). */
  each(fn: (s: Sheet, r: number, c: number) => void): void {
    this.q(() => {
      const { sheet, area } = this.resolve();
      for (let r = area.top; r <= Math.min(area.bottom, area.top + 5000); r++) for (let c = area.left; c <= Math.min(area.right, area.left + 200); c++) fn(sheet, r, c);
    });
  }
  private grid(fn: (s: Sheet, r: number, c: number, i: number, j: number) => void, values: unknown[][]): void {
    this.q(() => {
      const { sheet, area } = this.resolve();
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
    this.grid((s, r, c, i, j) => this.context.host.writeValue(s, r, c, v[i][j], false), v);
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set formulas(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context.host.writeValue(s, r, c, v[i][j], true), v);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context.host.patch(s, r, c, { numFmt: String(v[i][j]) }, "numberFormat"), v);
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
  load(_props?: string): this {
    this.q(() => {
      const { sheet, area } = this.resolve();
      const bottom = Math.min(area.bottom, Math.max(area.top, (this.context.host.usedArea(sheet, false)?.bottom ?? 0)));
      const right = Math.min(area.right, Math.max(area.left, (this.context.host.usedArea(sheet, false)?.right ?? 0)));
      const a = area.bottom > 100000 || area.right > 1000 ? { ...area, bottom, right } : area;
      const rows: FakeCell[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: FakeCell[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(sheet.cells.get(key(r, c)) ?? {});
        rows.push(row);
      }
      const val = (c: FakeCell) => (c.error ? c.error : c.value ?? "");
      this.loaded = {
        address: `${sheetPrefix(sheet.name)}!${areaA1(a)}`,
        values: rows.map((r) => r.map(val)),
        text: rows.map((r) => r.map((c) => displayText(c))),
        numberFormat: rows.map((r) => r.map((c) => c.numFmt ?? "General")),
        formulas: rows.map((r) => r.map((c) => c.formula ?? val(c))),
        valueTypes: rows.map((r) =>
          r.map((c) => (c.error ? "Error" : c.value === null || c.value === undefined || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")),
        ),
        rowCount: a.bottom - a.top + 1,
        columnCount: a.right - a.left + 1,
      };
    });
    return this;
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    if (!this.context.host.isSetSupported("ExcelApi", "1.13")) throw new Error("getMergedAreasOrNullObject butuh ExcelApi 1.13");
    return new RangeAreasProxy(this.context, () => {
      const { sheet, area } = this.resolve();
      return sheet.merges
        .filter((m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left)
        .map((m) => `${sheetPrefix(sheet.name)}!${areaA1(m)}`);
    });
  }
  getCellProperties(_opts: unknown): { value: { format: { fill: { color: string; pattern: string } } }[][] } {
    if (!this.context.host.isSetSupported("ExcelApi", "1.9")) throw new Error("getCellProperties butuh ExcelApi 1.9");
    const result = { _v: null as null | { format: { fill: { color: string; pattern: string } } }[][] };
    this.q(() => {
      const { sheet, area } = this.resolve();
      const out: { format: { fill: { color: string; pattern: string } } }[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row = [];
        for (let c = area.left; c <= area.right; c++) {
          const f = sheet.cells.get(key(r, c))?.fill;
          row.push({ format: { fill: f ? { color: f, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" } } });
        }
        out.push(row);
      }
      result._v = out;
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
      const { sheet, area } = this.resolve();
      this.context.host.selection = { sheet: sheet.name, address: areaA1(area) };
    });
  }
  insert(_dir: string): void {
    this.q(() => {
      const { sheet, area } = this.resolve();
      const n = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        moved.set(r >= area.top ? key(r + n, col) : k, c);
      }
      sheet.cells = moved;
    });
  }
  delete(_dir: string): void {
    this.q(() => {
      const { sheet, area } = this.resolve();
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
  clear(_what?: string): void {
    this.q(() => {
      const { sheet, area } = this.resolve();
      for (const [k, c] of [...sheet.cells]) {
        const [r, col] = k.split(",").map(Number);
        if (r >= area.top && r <= area.bottom && col >= area.left && col <= area.right) sheet.cells.set(k, { ...c, value: null, formula: undefined, error: undefined });
      }
    });
  }
}

class RangeAreasProxy extends Proxy {
  constructor(context: Ctx, readonly resolve: () => string[]) {
    super(context);
  }
  get address(): string {
    return this.prop("address");
  }
  load(_p?: string): this {
    this.q(() => {
      const list = this.resolve();
      this.nullChecked = true;
      this.isNull = list.length === 0;
      this.loaded = this.isNull ? {} : { address: list.join(",") };
    });
    return this;
  }
}

class NoteCollectionProxy {
  constructor(readonly ctx: Ctx) {}
  private where(k: string): { sheet: string; address: string } {
    const { sheet, local } = splitSheet(k);
    return { sheet: sheet ?? this.ctx.host.active ?? "", address: local };
  }
  add(k: string, content: string): void {
    this.ctx.queue.push(() => {
      const w = this.where(k);
      const id = `${w.sheet}!${w.address}`;
      if (this.ctx.host.notes.has(id)) throw new FakeError("InvalidOperation", `sel ${id} sudah memiliki catatan`);
      this.ctx.host.notes.set(id, { ...w, content });
    });
  }
  getItemOrNullObject(k: string): NoteProxy {
    return new NoteProxy(this.ctx, this.where(k));
  }
}

class NoteProxy extends Proxy {
  constructor(context: Ctx, readonly at: { sheet: string; address: string }) {
    super(context);
  }
  private get id(): string {
    return `${this.at.sheet}!${this.at.address}`;
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.q(() => {
      const n = this.context.host.notes.get(this.id);
      if (!n) throw new FakeError("ItemNotFound", this.id);
      n.content = v;
    });
  }
  load(_p?: string): this {
    this.q(() => {
      const n = this.context.host.notes.get(this.id);
      this.nullChecked = true;
      this.isNull = !n;
      this.loaded = n ? { content: n.content } : {};
    });
    return this;
  }
  delete(): void {
    this.q(() => {
      this.context.host.notes.delete(this.id);
    });
  }
}

// ------------------------------------------------------------------ the globals

export function createFakeOffice(data: FakeSheetData[], opts: FakeOptions = {}) {
  const host = new FakeHost(data, opts);
  const Excel = {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: Ctx) => Promise<unknown>;
      const options = typeof a === "function" ? {} : (a as { mergeUndoGroup?: boolean });
      host.runs.push(options);
      const ctx = new Ctx(host);
      const result = await batch(ctx);
      if (ctx.queue.length) await ctx.sync(); // Excel.run flushes what is still queued
      return result;
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      get displayLanguage() {
        return host.language;
      },
      requirements: { isSetSupported: (n: string, v?: string) => host.isSetSupported(n, v) },
      document: {
        settings: {
          get: (k: string) => (host.settings.has(k) ? host.settings.get(k) : null),
          set: (k: string, v: unknown) => void host.settings.set(k, v),
          remove: (k: string) => void host.settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
        },
      },
    },
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
