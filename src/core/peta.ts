// The user's own reading of the layout ("peta"): which column plays which part and what a row is, where the
// reader guessed wrong (spec §9). Kept in the workbook's settings store under `peta`; the command line also
// takes it as a JSON file (`--peta peta.json`). Pure data and its validation.
import { parseA1 } from "./grid";
import { ColumnKey, TABLE_IDS, TABLE_SPECS, TableId } from "./tables";

export const PETA_KEY = "peta";

export type RowKind =
  "sasaran" | "program" | "kegiatan" | "sub" | "jumlah" | "abaikan";
export const ROW_KINDS: RowKind[] = [
  "sasaran",
  "program",
  "kegiatan",
  "sub",
  "jumlah",
  "abaikan",
];

export interface PetaTable {
  /** Where the table's header starts (`Tabel 19`!A5): for a table the reader did not find, or found elsewhere. */
  sheet?: string;
  header?: string;
  /** Column letter per part; null: the column is not used. Parts not named keep the reader's choice. */
  columns?: Partial<Record<ColumnKey, string | null>>;
}

export interface Peta {
  tables: Partial<Record<TableId, PetaTable>>;
  /** Row kinds by `Sheet!row` (1-based row number), e.g. `{"LKj 2021!8": "kegiatan"}`. */
  rows: Record<string, RowKind>;
}

export const EMPTY_PETA: Peta = { tables: {}, rows: {} };

/** Column letters → 0-based index (`R` → 17); null when not a column. */
export function columnIndex(letters: string): number | null {
  const p = parseA1(`${letters.trim()}1`);
  return p ? p.col : null;
}

/** One part's column letter (null: the part is not read); what cannot be used is listed in `problems`. */
function petaColumns(
  id: TableId,
  raw: Record<string, unknown>,
  problems: string[],
): PetaTable["columns"] {
  const keys = new Set(TABLE_SPECS[id].columns.map((c) => c.key));
  let columns: PetaTable["columns"];
  for (const [key, letter] of Object.entries(raw)) {
    if (!keys.has(key as ColumnKey)) {
      problems.push(`kolom "${key}" bukan bagian Tabel ${id}`);
      continue;
    }
    if (
      letter === null ||
      (typeof letter === "string" && (columnIndex(letter) ?? Infinity) <= 16383)
    )
      (columns ??= {})[key as ColumnKey] =
        letter === null ? null : letter.trim().toUpperCase();
    else
      problems.push(
        `kolom ${key} Tabel ${id}: "${String(letter)}" bukan huruf kolom`,
      );
  }
  return columns;
}

const TABLE_KEYS = ["sheet", "header", "columns"];

/** One table's entry: where its header is and its parts' columns. */
function petaTable(
  id: TableId,
  src: Record<string, unknown>,
  problems: string[],
): PetaTable {
  const out: PetaTable = {};
  for (const key of Object.keys(src))
    if (!TABLE_KEYS.includes(key))
      problems.push(
        `Tabel ${id}: kunci "${key}" tidak dikenal (pilih ${TABLE_KEYS.join(", ")})`,
      );
  if (typeof src.sheet === "string") out.sheet = src.sheet;
  if (typeof src.header === "string") {
    if (parseA1(src.header)) out.header = src.header.toUpperCase();
    else
      problems.push(`alamat judul tabel ${id} "${src.header}" tidak dikenal`);
  }
  const columns = petaColumns(
    id,
    (src.columns ?? {}) as Record<string, unknown>,
    problems,
  );
  if (columns) out.columns = columns;
  return out;
}

/** Row kinds by `Sheet!row`; an unknown kind or key is listed in `problems`. */
function petaRows(
  raw: Record<string, unknown>,
  problems: string[],
): Record<string, RowKind> {
  const rows: Record<string, RowKind> = {};
  for (const [k, kind] of Object.entries(raw)) {
    if (
      typeof kind === "string" &&
      (ROW_KINDS as string[]).includes(kind) &&
      /!\d+$/.test(k)
    )
      rows[k] = kind as RowKind;
    else
      problems.push(
        `baris "${k}": jenis "${String(kind)}" tidak dikenal (pilih ${ROW_KINDS.join(", ")})`,
      );
  }
  return rows;
}

/** Validates a peta from JSON; what cannot be used is listed (in Indonesian) and left out, never fatal. */
export function parsePeta(raw: unknown): { peta: Peta; problems: string[] } {
  const problems: string[] = [];
  const peta: Peta = { tables: {}, rows: {} };
  if (raw === undefined || raw === null) return { peta, problems };
  if (typeof raw !== "object" || Array.isArray(raw))
    return {
      peta,
      problems: ['peta harus berupa objek JSON {"tables": …, "rows": …}'],
    };
  const obj = raw as Record<string, unknown>;
  // A misspelt key (`tabels`) would leave the whole peta unused without a word.
  for (const key of Object.keys(obj))
    if (key !== "tables" && key !== "rows")
      problems.push(`kunci "${key}" tidak dikenal (pilih tables, rows)`);
  const tables = (obj.tables ?? {}) as Record<string, unknown>;
  for (const [id, t] of Object.entries(tables)) {
    if (!(TABLE_IDS as string[]).includes(id)) {
      problems.push(
        `tabel "${id}" tidak dikenal (pilih ${TABLE_IDS.join(", ")})`,
      );
      continue;
    }
    if (!t || typeof t !== "object") continue;
    peta.tables[id as TableId] = petaTable(
      id as TableId,
      t as Record<string, unknown>,
      problems,
    );
  }
  peta.rows = petaRows((obj.rows ?? {}) as Record<string, unknown>, problems);
  return { peta, problems };
}

export const rowKey = (sheet: string, row: number) => `${sheet}!${row + 1}`;

export interface ColumnChange {
  /** The header column's letter. */
  letter: string;
  /** The part it plays now (null: none), and the part it played before. */
  part: ColumnKey | null;
  previous: ColumnKey | null;
}

/**
 * The pane's choices for a table's header columns: each column now plays `part`. The parts the columns played
 * before are given up first, so a swap (F ↔ G) keeps both and the reader does not put a part back where it was.
 * A new peta; the old one is left as it was.
 */
export function assignColumns(
  peta: Peta,
  id: TableId,
  changes: ColumnChange[],
): Peta {
  const moved = changes.filter((c) => c.part !== c.previous);
  if (!moved.length) return peta;
  const table: PetaTable = { ...(peta.tables[id] ?? {}) };
  const columns = { ...(table.columns ?? {}) };
  for (const c of moved) if (c.previous) columns[c.previous] = null;
  for (const c of moved)
    if (c.part) columns[c.part] = c.letter.trim().toUpperCase();
  table.columns = columns;
  return { ...peta, tables: { ...peta.tables, [id]: table } };
}

/** The pane's choice for one row (`Sheet!row`, 1-based): its kind, or null to let the reader decide again. */
export function assignRowKind(
  peta: Peta,
  key: string,
  kind: RowKind | null,
): Peta {
  const rows = { ...peta.rows };
  if (kind) rows[key] = kind;
  else delete rows[key];
  return { ...peta, rows };
}
