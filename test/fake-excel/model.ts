// The fake host's state: the workbook, what each host supports (HOSTS, each after a Microsoft page or an office-js
// issue), and Excel's entry semantics for cell writes. No Office.js proxies here (see base.ts, range.ts, sheets.ts).

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
  /** Sheet protection on (Review › Protect Sheet): cell writes and formats are refused. */
  protected?: boolean;
}

/**
 * The hosts the adapter is tested on. Requirement sets per client: "Excel JavaScript API requirement sets"
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets); undo per platform:
 * "Undo support with the Excel JavaScript API" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities:
 * Worksheet.visibility, .name, .position have no undo on Windows and Mac; Worksheet.delete has none anywhere);
 * the 5 MB request/response limit of Excel on the web and the 5,000,000-cell read limit: "Resource limits and performance
 * optimization for Office Add-ins" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * `version` is what Office.context.diagnostics.version gives (a plausible build of each, for the Diagnostik's report).
 */
export const HOSTS = {
  /** Excel 2021 (volume/retail 2108+): ExcelApi 1.14; no notes (1.18), no undo grouping (1.20). */
  excel2021: { excelApiMinor: 14, platform: "PC", version: "16.0.14332.20812" },
  /** Excel 2024: ExcelApi 1.17. */
  excel2024: { excelApiMinor: 17, platform: "PC", version: "16.0.17932.20162" },
  /** Microsoft 365 on Windows: ExcelApi 1.20; in a grouped run Worksheet.visibility/name/position/delete throw UndoNotSupported. */
  m365: { excelApiMinor: 20, platform: "PC", version: "16.0.18025.20160" },
  /** Microsoft 365 on Mac: ExcelApi 1.20, undo as on Windows; WKWebView blocks blob downloads (office-js#2700, #3385). */
  mac: { excelApiMinor: 20, platform: "Mac", version: "16.89" },
  /** Excel on the web: ExcelApi 1.20; a request or response above 5 MB fails; only Worksheet.delete (of ours) lacks undo. */
  web: { excelApiMinor: 20, platform: "OfficeOnline", version: "16.0.18110.40500", payloadLimit: 5_000_000 },
} as const;
export type HostName = keyof typeof HOSTS;

/** A call the host refuses (fault injection for the failure paths a real Excel can take: a lock, a policy, a bug). */
export interface Refusal {
  /** "Range.values", "Range.numberFormat", "RangeFill.color", "NoteCollection.add", "Worksheet.visibility", … */
  api: string;
  /** Only on this sheet (any sheet when absent). */
  sheet?: string;
  code: string;
}

export interface FakeOptions {
  /** One of HOSTS (its values are defaults for the fields below). */
  host?: HostName;
  /** Highest ExcelApi minor version supported: 20 = ExcelApi 1.20 (everything), 8 = no fills, merges or notes. */
  excelApiMinor?: number;
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Office.context.diagnostics.version. */
  version?: string;
  /** The office.js script loaded: Microsoft's CDN (current), or the frozen npm copy 1.1.110 (no notes, no mergeUndoGroup). */
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
  /** Workbook structure protected (Review › Protect Workbook): adding, hiding or deleting sheets is refused. */
  workbookProtected?: boolean;
  /** Calls the host refuses with the given code. */
  refuse?: Refusal[];
  /**
   * The shared runtime was started by this ribbon click (office-js#5176): with `lost`, the click only starts the
   * runtime and its event never arrives; otherwise the event is queued and delivered once the function is associated
   * ("all events are automatically queued", learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
   */
  coldClick?: { id: string; lost: boolean };
}

export interface Sheet {
  name: string;
  /** Worksheet.id: stable across renames. */
  id: string;
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: Area[];
  /** Whole columns formatted (a fill or number format down to row 1,048,576): only the formatted used range sees them. */
  formattedColumns?: number[];
  protected?: boolean;
}
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export const key = (r: number, c: number) => `${r},${c}`;
export function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export const a1 = (r: number, c: number) => `${colName(c)}${r + 1}`;
export function areaA1(a: Area): string {
  return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}
export function parseCell(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(s.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}
export function parseAddress(addr: string): Area {
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
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
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

/**
 * A cell entry, as Excel stores it. A leading quote is Excel's prefix character, whatever the cell's format: the
 * quote is not stored, the rest is text (the quotePrefix style; office-js#6687 shows the API drops it the same way).
 * Text formatted "@" stays text; otherwise `=…` becomes a formula and `45%` or `1,234` a number.
 */
export function enterValue(cell: FakeCell, v: unknown, asFormula: boolean, locale: string): void {
  delete cell.formula;
  delete cell.error;
  if (typeof v !== "string") {
    cell.value = v as number | boolean | null;
    return;
  }
  const parsed = cell.numFmt === "@" ? null : parseEntry(v, locale);
  if (v === "") cell.value = null;
  else if (v.startsWith("'")) cell.value = v.slice(1);
  else if (cell.numFmt === "@" && !asFormula) cell.value = v;
  else if (v.startsWith("=") && v.length > 1) {
    cell.formula = v;
    cell.value = null; // the fake does not evaluate formulas
  } else if (parsed) {
    cell.value = parsed.value;
    if (parsed.numFmt && (!cell.numFmt || cell.numFmt === "General")) cell.numFmt = parsed.numFmt;
  } else cell.value = v;
}

/** A queued request; `noUndo` marks what the platform cannot undo (refused inside a grouped run). */
export interface Op {
  (): void;
  noUndo?: string;
}

let sheetIds = 0;
export const newSheetId = (): string => `{00000000-0001-0000-0000-${String(++sheetIds).padStart(12, "0")}}`;

export function toSheet(d: FakeSheetData): Sheet {
  const cells = new Map<string, FakeCell>();
  for (const [addr, c] of Object.entries(d.cells)) {
    const p = parseCell(addr)!;
    cells.set(key(p.row, p.col), { ...c });
  }
  return {
    name: d.name,
    id: newSheetId(),
    visibility: d.visibility ?? "Visible",
    cells,
    merges: (d.merges ?? []).map(parseAddress),
    formattedColumns: d.formattedColumns,
    protected: d.protected,
  };
}
