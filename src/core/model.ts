// Links the rows of the five tables into one report: sasaran → kegiatan group → sub kegiatan (spec §3).
import { GridCell, SheetView, a1 } from "./grid";
import { Parsed, cleanText, displayText, parseCell } from "./number";
import { FoundTable, ReadResult } from "./reader";
import { ColumnKey, TableId } from "./tables";
import { normalizeLabel } from "./text";

/** One cell of a table; parsed and formatted on first use (most name cells are never parsed). */
export class Field {
  private _parsed?: Parsed;
  private _text?: string;
  private _address?: string;

  constructor(
    readonly table: TableId,
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly cell: GridCell | undefined,
  ) {}

  get address(): string {
    return (this._address ??= a1(this.row, this.col));
  }
  get parsed(): Parsed {
    return (this._parsed ??= parseCell(this.cell));
  }
  /** What the user sees in the cell. */
  get text(): string {
    return (this._text ??= displayText(this.cell));
  }
}

export type Row = Partial<Record<ColumnKey, Field>> & {
  row: number;
  table: TableId;
  sheet: string;
};

export interface SubKegiatan {
  index: number;
  /** Tabel 2.3 row. */
  rincian?: Row;
  /** Tabel 3.2 row (`1.a` …). */
  cost?: Row;
}

export interface Sasaran {
  index: number;
  pk?: Row; // 2.1
  anggaran?: Row; // 2.2
  kegiatan?: Field; // 2.3 group name
  jumlah?: Row; // 2.3 Jumlah row
  capaian?: Row; // 3.1
  cost?: Row; // 3.2 sasaran row
  subs: SubKegiatan[];
}

export interface Report {
  read: ReadResult;
  sasaran: Sasaran[];
  /** 3.2 rows that could not be placed (a number like `3.a` with no sasaran 3 is still placed; this is for odd rows). */
  unplaced: Row[];
}

function field(t: FoundTable, row: number, col: number): Field {
  // A cell covered by a merge but not its top-left is empty for the body (the merge's value belongs to its first row).
  const cell = t.view.isMergedTail(row, col) ? undefined : t.view.raw(row, col);
  return new Field(t.id, t.view.name, row, col, cell);
}

export function rowOf(
  t: FoundTable,
  row: number,
  cols = Object.entries(t.columns) as [ColumnKey, number][],
): Row {
  const out: Row = { row, table: t.id, sheet: t.view.name };
  for (const [key, col] of cols) out[key] = field(t, row, col);
  return out;
}

function isBlank(cell: GridCell | undefined): boolean {
  const v = cell?.value;
  return (
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
  );
}

/** The table's body rows that hold anything in its mapped columns, as Rows (blank rows never become objects). */
function rowsOf(t: FoundTable): Row[] {
  const cols = Object.entries(t.columns) as [ColumnKey, number][];
  const out: Row[] = [];
  for (const r of t.rows) {
    if (
      cols.every(
        ([, c]) => t.view.isMergedTail(r, c) || isBlank(t.view.raw(r, c)),
      )
    )
      continue;
    out.push(rowOf(t, r, cols));
  }
  return out;
}

const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");
const MAYBE_TOTAL = /^\W*(jumlah|total|sub)/i;
const TOTAL = /^(jumlah|total|sub total|subtotal)\b/;
const isTotalLabel = (s: string) =>
  MAYBE_TOTAL.test(s) && TOTAL.test(normalizeLabel(s));

function plainRows(t: FoundTable | undefined): Row[] {
  if (!t) return [];
  return rowsOf(t).filter((r) => !isTotalLabel(text(r.no) || text(r.sasaran)));
}

interface Group {
  kegiatan?: Field;
  subs: Row[];
  jumlah?: Row;
}

function rincianGroups(t: FoundTable | undefined): Group[] {
  if (!t) return [];
  const groups: Group[] = [];
  let cur: Group | null = null;
  for (const r of rowsOf(t)) {
    const labels = [r.kegiatan, r.subKegiatan]
      .map(text)
      .concat(displayText(t.view.raw(r.row, t.left)));
    if (labels.some(isTotalLabel)) {
      if (cur) {
        cur.jumlah = r;
        groups.push(cur);
        cur = null;
      } else if (groups.length) groups[groups.length - 1].jumlah ??= r;
      continue;
    }
    // A new kegiatan name opens a group; the same name retyped on every row does not.
    const name = text(r.kegiatan);
    if (
      !cur ||
      (name !== "" &&
        normalizeLabel(name) !== normalizeLabel(text(cur.kegiatan)))
    ) {
      if (cur) groups.push(cur);
      cur = {
        kegiatan: text(r.kegiatan) !== "" ? r.kegiatan : undefined,
        subs: [],
      };
    }
    if (text(r.subKegiatan) !== "" || text(r.anggaran) !== "") cur.subs.push(r);
  }
  if (cur) groups.push(cur);
  return groups;
}

function filledCount(r: Row): number {
  let n = 0;
  for (const v of Object.values(r))
    if (v instanceof Field && v.text !== "") n++;
  return n;
}

// `1.`, `1`, `1)` → sasaran 1; `1.a`, `1a`, `1.a.` → sub kegiatan of sasaran 1.
const SASARAN_NO = /^(\d+)\s*[.)]?$/;
const SUB_NO = /^(\d+)\s*[.)]?\s*([a-z])\s*[.)]?$/i;

function costRows(t: FoundTable | undefined): {
  sasaran: Map<number, Row>;
  subs: Map<number, Row[]>;
  unplaced: Row[];
} {
  const sasaran = new Map<number, Row>();
  const subs = new Map<number, Row[]>();
  const unplaced: Row[] = [];
  if (!t) return { sasaran, subs, unplaced };
  let afterSeparator = false;
  let lastSasaran = 0;
  let lastSubOwner = 0;
  for (const r of rowsOf(t)) {
    const no = text(r.no);
    const name = text(r.sasaran);
    // The `Kegiatan` separator row: its only text.
    if (
      /kegiatan/i.test(no || name) &&
      /^(sub )?kegiatan$/.test(normalizeLabel(no || name)) &&
      filledCount(r) === 1
    ) {
      afterSeparator = true;
      continue;
    }
    if (isTotalLabel(no || name)) continue;
    let m = SUB_NO.exec(no);
    if (m) {
      const owner = Number(m[1]);
      if (!subs.has(owner)) subs.set(owner, []);
      subs.get(owner)!.push(r);
      lastSubOwner = owner;
      afterSeparator = true;
      continue;
    }
    m = SASARAN_NO.exec(no);
    if (m && !afterSeparator) {
      lastSasaran = Number(m[1]);
      sasaran.set(lastSasaran, r);
      continue;
    }
    if (no === "" && name !== "") {
      // Unnumbered: before the separator a sasaran, after it a sub kegiatan of the last owner.
      if (!afterSeparator) sasaran.set(++lastSasaran, r);
      else if (lastSubOwner) subs.get(lastSubOwner)!.push(r);
      else unplaced.push(r);
      continue;
    }
    unplaced.push(r);
  }
  return { sasaran, subs, unplaced };
}

export function buildReport(read: ReadResult): Report {
  const t = read.tables;
  const pk = plainRows(t["2.1"]);
  const ang = plainRows(t["2.2"]);
  const cap = plainRows(t["3.1"]);
  const groups = rincianGroups(t["2.3"]);
  const cost = costRows(t["3.2"]);
  const count = Math.max(
    pk.length,
    ang.length,
    cap.length,
    groups.length,
    cost.sasaran.size ? Math.max(...cost.sasaran.keys()) : 0,
    cost.subs.size ? Math.max(...cost.subs.keys()) : 0,
  );
  const sasaran: Sasaran[] = [];
  for (let i = 0; i < count; i++) {
    const g = groups[i];
    const costSubs = cost.subs.get(i + 1) ?? [];
    const n = Math.max(g?.subs.length ?? 0, costSubs.length);
    const subs: SubKegiatan[] = [];
    for (let j = 0; j < n; j++)
      subs.push({ index: j, rincian: g?.subs[j], cost: costSubs[j] });
    sasaran.push({
      index: i,
      pk: pk[i],
      anggaran: ang[i],
      kegiatan: g?.kegiatan,
      jumlah: g?.jumlah,
      capaian: cap[i],
      cost: cost.sasaran.get(i + 1),
      subs,
    });
  }
  return { read, sasaran, unplaced: cost.unplaced };
}

/** Number of the sub kegiatan as 3.2 writes it: 1.a, 2.c. */
export function subLabel(sasaranIndex: number, subIndex: number): string {
  return `${sasaranIndex + 1}.${String.fromCharCode(97 + subIndex)}`;
}

export { SheetView };
