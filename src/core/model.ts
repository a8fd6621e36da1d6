// Links the rows of the five tables into one report: sasaran → kegiatan group → sub kegiatan (spec §3).
import { GridCell, SheetView, a1 } from "./grid";
import { Parsed, cleanText, displayText, parseCell } from "./number";
import { FoundTable, ReadResult } from "./reader";
import { ColumnKey, TableId } from "./tables";
import { normalizeLabel } from "./text";

/** One cell of a table, read once. */
export interface Field {
  table: TableId;
  sheet: string;
  row: number;
  col: number;
  address: string;
  cell: GridCell | undefined;
  parsed: Parsed;
  /** What the user sees in the cell. */
  text: string;
}

export type Row = Partial<Record<ColumnKey, Field>> & { row: number; table: TableId; sheet: string };

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
  return { table: t.id, sheet: t.view.name, row, col, address: a1(row, col), cell, parsed: parseCell(cell), text: displayText(cell) };
}

export function rowOf(t: FoundTable, row: number): Row {
  const out: Row = { row, table: t.id, sheet: t.view.name };
  for (const [key, col] of Object.entries(t.columns) as [ColumnKey, number][]) out[key] = field(t, row, col);
  return out;
}

/** Any non-empty content in the row's mapped cells. */
function hasContent(r: Row): boolean {
  return (Object.keys(r) as (keyof Row)[]).some((k) => {
    const f = r[k];
    return typeof f === "object" && f !== null && f.text !== "";
  });
}

const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");
const isTotalLabel = (s: string) => /^(jumlah|total|sub total|subtotal)\b/.test(normalizeLabel(s));

function plainRows(t: FoundTable | undefined): Row[] {
  if (!t) return [];
  return t.rows
    .map((r) => rowOf(t, r))
    .filter((r) => hasContent(r) && !isTotalLabel(text(r.no) || text(r.sasaran)));
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
  for (const r of t.rows.map((x) => rowOf(t, x))) {
    if (!hasContent(r)) continue;
    const labels = [r.kegiatan, r.subKegiatan].map(text).concat(displayText(t.view.raw(r.row, t.left)));
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
    if (!cur || (name !== "" && normalizeLabel(name) !== normalizeLabel(text(cur.kegiatan)))) {
      if (cur) groups.push(cur);
      cur = { kegiatan: text(r.kegiatan) !== "" ? r.kegiatan : undefined, subs: [] };
    }
    if (text(r.subKegiatan) !== "" || text(r.anggaran) !== "") cur.subs.push(r);
  }
  if (cur) groups.push(cur);
  return groups;
}

// `1.`, `1`, `1)` → sasaran 1; `1.a`, `1a`, `1.a.` → sub kegiatan of sasaran 1.
const SASARAN_NO = /^(\d+)\s*[.)]?$/;
const SUB_NO = /^(\d+)\s*[.)]?\s*([a-z])\s*[.)]?$/i;

function costRows(t: FoundTable | undefined): { sasaran: Map<number, Row>; subs: Map<number, Row[]>; unplaced: Row[] } {
  const sasaran = new Map<number, Row>();
  const subs = new Map<number, Row[]>();
  const unplaced: Row[] = [];
  if (!t) return { sasaran, subs, unplaced };
  let afterSeparator = false;
  let lastSasaran = 0;
  let lastSubOwner = 0;
  for (const r of t.rows.map((x) => rowOf(t, x))) {
    if (!hasContent(r)) continue;
    const no = text(r.no);
    const name = text(r.sasaran);
    const filled = (Object.keys(r) as (keyof Row)[]).filter((k) => typeof r[k] === "object" && (r[k] as Field).text !== "");
    // The `Kegiatan` separator row: its only text.
    if (filled.length === 1 && /^(sub )?kegiatan$/.test(normalizeLabel(no || name))) {
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
    for (let j = 0; j < n; j++) subs.push({ index: j, rincian: g?.subs[j], cost: costSubs[j] });
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
