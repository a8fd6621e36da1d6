// Pure helpers of the Office adapter (no Office.js calls here, so they are tested directly):
// Office range data → the engine's grid, addresses, safe text, and the undo record format.
import { Area, CellValue, GridCell, GridSheet, a1, parseA1 } from "../core";

/** The hidden sheet that keeps what Hitung Capaian, Terapkan and Buat Narasi replaced. */
export const UNDO_SHEET = "LKjIP_Urungkan";
/** The sheet Buat Narasi writes. */
export const NARASI_SHEET = "Narasi";
/** Sheets the engine never reads: the add-in's own output. */
export function isOwnSheet(name: string): boolean {
  return name === UNDO_SHEET || name === NARASI_SHEET;
}

/** What one used-range read returns for a sheet (the loaded properties of Excel.Range). */
export interface RangeData {
  address: string;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  /** RangeAreas.address of the merged areas, e.g. "'Tabel 3.2'!A3:A4,'Tabel 3.2'!D3:F3"; null when none. */
  mergedAddress: string | null;
  /** Fill colour per cell (getCellProperties), null where the cell has no fill; absent on old clients. */
  fills?: (string | null)[][];
}

/** Strips the sheet part of an address: "'Tabel 2.1'!A1:D6" → "A1:D6". */
export function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return i >= 0 ? address.slice(i + 1) : address;
}

/** A1 or A1:B2 (sheet part allowed) → 0-based inclusive area. */
export function parseArea(address: string): Area | null {
  const [from, to] = localAddress(address).split(":");
  const p = parseA1(from);
  const q = to ? parseA1(to) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Splits a RangeAreas address list; sheet names in quotes may themselves contain commas. */
export function splitAreas(list: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote
      if (quoted && list[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** The quoted sheet reference Excel accepts in addresses. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function cellValue(
  v: unknown,
  type: string | undefined,
  text: string | undefined,
): CellValue {
  if (type === "Error") return { error: String(text || v) };
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  return String(v);
}

/** One sheet's used range, as Excel.Range gave it, in the engine's grid form. */
export function rangeToGrid(name: string, data: RangeData): GridSheet {
  const area = parseArea(data.address) ?? {
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
  };
  const cells: (GridCell | null)[][] = data.values.map((row, r) =>
    row.map((v, c) => {
      const type = data.valueTypes[r]?.[c];
      if (type === "Empty" || v === "" || v === null || v === undefined)
        return null;
      const text = data.text[r]?.[c];
      const fmt = data.numberFormat[r]?.[c];
      const f = data.formulas[r]?.[c];
      const cell: GridCell = { value: cellValue(v, type, text) };
      if (typeof text === "string") cell.text = text;
      if (typeof fmt === "string" && fmt !== "General") cell.numFmt = fmt;
      if (typeof f === "string" && f.startsWith("=")) cell.formula = true;
      return cell;
    }),
  );
  const merges = data.mergedAddress
    ? splitAreas(data.mergedAddress)
        .map(parseArea)
        .filter((m): m is Area => !!m)
    : [];
  return { name, top: area.top, left: area.left, cells, merges };
}

/** What a cell held before the add-in changed it: enough to put it back exactly. */
export interface CellSnapshot {
  sheet: string;
  /** Worksheet.id of the sheet: Urungkan finds it again after a rename. */
  sheetId?: string;
  address: string;
  /** "cell": contents, number format and fill; "fill": only the fill (cells marked with a finding). */
  kind: "cell" | "fill";
  value?: string | number | boolean;
  /** The formula, when the cell held one (restored instead of the value). */
  formula?: string;
  numFmt?: string;
  /** Fill colour, or null for no fill; undefined when the client cannot read fills (then fills are never painted). */
  fill?: string | null;
}

export interface UndoBatch {
  /** What was done, shown on the Urungkan button's message. */
  label: string;
  at: string;
  cells: CellSnapshot[];
  /** Notes the add-in added (removed on undo). */
  notes: { sheet: string; address: string }[];
  /** Sheets the batch created (deleted on undo), e.g. Narasi. */
  createdSheets: string[];
  /** Sheet contents replaced as a whole (Narasi): its previous paragraphs. */
  sheetText?: { sheet: string; rows: string[] };
}

/** An empty undo step, stamped now. */
export function newBatch(label: string): UndoBatch {
  return {
    label,
    at: new Date().toISOString(),
    cells: [],
    notes: [],
    createdSheets: [],
  };
}

/** Excel keeps at most 32767 characters in a cell; the undo JSON is spread over cells of one row. */
export const UNDO_CHUNK = 29999; // with its mark, 30000 characters a cell

/**
 * Every chunk starts with this mark, so no chunk ever starts with a quote: Excel takes a leading `'` as its prefix
 * character and drops it even in a cell formatted "@" (the quotePrefix style; office-js#6687), and a chunk of JSON
 * may start with one. Rows written before the mark (first chunk "{") are still read.
 */
export const UNDO_MARK = "~";

export function encodeUndo(batch: UndoBatch): string[] {
  const json = JSON.stringify(batch);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += UNDO_CHUNK)
    parts.push(UNDO_MARK + json.slice(i, i + UNDO_CHUNK));
  return parts;
}

export function decodeUndo(parts: unknown[]): UndoBatch | null {
  const list = parts.filter(
    (p): p is string => typeof p === "string" && p !== "",
  );
  const marked = list.length > 0 && list.every((p) => p.startsWith(UNDO_MARK));
  const json = (marked ? list.map((p) => p.slice(1)) : list).join("");
  if (!json) return null;
  try {
    const b = JSON.parse(json) as UndoBatch;
    return Array.isArray(b.cells)
      ? { ...b, notes: b.notes ?? [], createdSheets: b.createdSheets ?? [] }
      : null;
  } catch {
    return null;
  }
}

/**
 * Text for a cell that must stay text: Excel turns an entry starting with = + - @ into a formula,
 * so such text gets the quote prefix (Excel stores it as text and does not show the quote).
 */
export function asCellText(s: string): string {
  return /^[=+\-@]/.test(s) || s.startsWith("'") ? `'${s}` : s;
}

/** A cell's contents as read: its formula (if any), its value, its own number format. */
function contentsAt(
  data: RangeData,
  r: number,
  c: number,
): Pick<CellSnapshot, "formula" | "value" | "numFmt"> {
  const f = data.formulas[r]?.[c];
  const v = data.values[r]?.[c];
  const fmt = data.numberFormat[r]?.[c];
  const plain =
    typeof v === "number" || typeof v === "boolean" || typeof v === "string";
  return {
    ...(typeof f === "string" && f.startsWith("=") ? { formula: f } : {}),
    value: plain ? v : "",
    numFmt: typeof fmt === "string" ? fmt : "General",
  };
}

/** The previous content of a cell, from the read, as a snapshot. */
export function snapshotOf(
  sheet: string,
  data: RangeData,
  row: number,
  col: number,
  kind: "cell" | "fill" = "cell",
): CellSnapshot {
  const area = parseArea(data.address) ?? {
    top: 0,
    left: 0,
    bottom: -1,
    right: -1,
  };
  const r = row - area.top;
  const c = col - area.left;
  const inside = r >= 0 && c >= 0 && row <= area.bottom && col <= area.right;
  const snap: CellSnapshot = { sheet, address: a1(row, col), kind };
  if (data.fills) snap.fill = inside ? (data.fills[r]?.[c] ?? null) : null;
  if (kind === "fill") return snap;
  if (!inside) return { ...snap, value: "", numFmt: "General" };
  return { ...snap, ...contentsAt(data, r, c) };
}

/** The value to hand Excel when restoring a snapshot: text that looks like a formula stays text. */
export function restoreValue(s: CellSnapshot): string | number | boolean {
  if (s.formula) return s.formula;
  if (typeof s.value === "string") return asCellText(s.value);
  return s.value ?? "";
}

/** Payload budget per sync: Excel on the web rejects requests/responses above 5 MB. */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * A size in bytes of what one cell read costs in the response (JSON): `values`, `text` and `formulas` each carry the
 * cell's text, so a string counts three times; `numberFormat` ("General") and `valueTypes` ("String") a short string
 * each; the fill from getCellProperties an object of about 60 bytes. `textChars` is the expected length of a cell's
 * text (a number's digits for the usual report); a sheet of long texts goes over it, which the block reader meets
 * by halving its blocks when Excel refuses a response (read-blocks.ts).
 */
export function estimateReadBytes(
  rows: number,
  cols: number,
  textChars = 12,
): number {
  const quoted = textChars + 3; // the text, its quotes and the comma
  return rows * cols * (3 * quoted + 10 + 9 + 60);
}
