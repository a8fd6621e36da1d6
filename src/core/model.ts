// Links the rows of the five tables into one report: sasaran → kegiatan group → sub kegiatan (spec §3).
import { GridCell, SheetView, a1 } from "./grid";
import {
  NumberParsed,
  Parsed,
  cleanText,
  displayText,
  parseCell,
} from "./number";
import { RowKind, rowKey } from "./peta";
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
    /**
     * Realisasi with no total column: the period cells summed up to the report's period (§9). Such a figure
     * is read, never written (one class for both keeps the hot getters monomorphic).
     */
    readonly parts?: Field[],
  ) {}

  get address(): string {
    return (this._address ??= this.parts
      ? rangeOf(this.row, this.parts)
      : a1(this.row, this.col));
  }
  get parsed(): Parsed {
    return (this._parsed ??= this.parts
      ? sumOf(this.parts)
      : parseCell(this.cell));
  }
  /** What the user sees in the cell. */
  get text(): string {
    return (this._text ??= this.parts
      ? this.parts
          .filter((p) => p.text !== "")
          .map((p) => p.text)
          .join(" + ")
      : displayText(this.cell));
  }
  /** False for a figure made of several cells (months summed): nothing is ever written to it. */
  get writable(): boolean {
    return !this.parts;
  }
}

function rangeOf(row: number, parts: Field[]): string {
  const cols = parts.map((p) => p.col);
  return parts.length > 1
    ? `${a1(row, Math.min(...cols))}:${a1(row, Math.max(...cols))}`
    : a1(row, cols[0] ?? 0);
}

function sumOf(parts: Field[]): Parsed {
  const nums: NumberParsed[] = [];
  for (const p of parts) {
    const q = p.parsed;
    if (q.kind === "empty" || q.kind === "dash") continue;
    if (q.kind !== "number") return q;
    nums.push(q);
  }
  return nums.length
    ? nums.reduce((x, y) => ({
        kind: "number" as const,
        value: x.value.plus(y.value),
        unit: x.unit || y.unit,
        decimals: Math.max(x.decimals, y.decimals),
      }))
    : { kind: "empty" };
}

export type Row = Partial<Record<ColumnKey, Field>> & {
  row: number;
  table: TableId;
  sheet: string;
  /** For a row that could not be placed: its first non-empty cell outside the known columns. */
  other?: Field;
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

/** A kegiatan heading between a program and its sub kegiatan (Tabel 3.2 role): a group, not a sub kegiatan. */
export interface KegiatanGroup {
  row: Row;
  /** 0-based sasaran (program) index and the indices of its sub kegiatan under this heading. */
  owner: number;
  subs: number[];
}

export interface Report {
  read: ReadResult;
  sasaran: Sasaran[];
  /** Kegiatan headings under a program (3.2 role). */
  groups: KegiatanGroup[];
  /** Indicator rows of sub kegiatan in a Capaian Kinerja table (`Sasaran Sub-Kegiatan :`), checked on their own. */
  subCapaian: Row[];
  /** Rows that could not be placed (a number like `3.a` with no sasaran 3 is still placed; this is for odd rows). */
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
  sums = Object.entries(t.sums) as [ColumnKey, number[]][],
): Row {
  const out: Row = { row, table: t.id, sheet: t.view.name };
  for (let i = 0; i < cols.length; i++)
    out[cols[i][0]] = field(t, row, cols[i][1]);
  if (sums.length) sumFields(t, row, sums, out);
  return out;
}

function sumFields(
  t: FoundTable,
  row: number,
  sums: [ColumnKey, number[]][],
  out: Row,
): void {
  for (const [key, parts] of sums) {
    const fields: Field[] = [];
    for (const c of parts) fields.push(field(t, row, c));
    out[key] = new Field(
      t.id,
      t.view.name,
      row,
      fields[0]?.col ?? 0,
      undefined,
      fields,
    );
  }
}

function blankAt(t: FoundTable, r: number, c: number): boolean {
  return t.view.isMergedTail(r, c) || isBlank(t.view.raw(r, c));
}

function isBlank(cell: GridCell | undefined): boolean {
  // A formula with no cached result holds an unknown value, not nothing.
  if (cell?.formula && cell.value === null) return false;
  const v = cell?.value;
  return (
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
  );
}

/** The table's body rows that hold anything in its mapped columns, as Rows (blank rows never become objects). */
function rowsOf(t: FoundTable, unplaced?: Row[]): Row[] {
  const cols = Object.entries(t.columns) as [ColumnKey, number][];
  const sums = Object.entries(t.sums) as [ColumnKey, number[]][];
  const used: number[] = [
    ...cols.map(([, c]) => c),
    ...sums.flatMap(([, p]) => p),
  ];
  const out: Row[] = [];
  for (const r of t.rows) {
    let empty = true;
    for (const c of used)
      if (!blankAt(t, r, c)) {
        empty = false;
        break;
      }
    if (empty) {
      // Text only in a column the layout does not use: the row is reported, not dropped.
      if (unplaced)
        for (let c = t.left; c <= t.right; c++)
          if (!blankAt(t, r, c)) {
            const f = new Field(t.id, t.view.name, r, c, t.view.raw(r, c));
            unplaced.push({
              row: r,
              table: t.id,
              sheet: t.view.name,
              other: f,
            });
            break;
          }
      continue;
    }
    out.push(rowOf(t, r, cols, sums));
  }
  return out;
}

const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");
const MAYBE_TOTAL = /^\W*(jumlah|total|sub|rata)/i;
const TOTAL = /^(jumlah|total|sub total|subtotal|rata rata)\b/;
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
// Name prefixes of the program → kegiatan → sub kegiatan hierarchy (`1. Sub Kegiatan …` numbered inside the cell).
const PROGRAM_PREFIX = /^program\b/i;
const KEGIATAN_PREFIX = /^kegiatan\b/i;
const SUB_PREFIX = /^(?:\d+\s*[.)]\s*)?sub[\s-]*kegiatan\b/i;
const SASARAN_PREFIX = /^sasaran\b/i;

/** A row whose only text is a level label (`Kegiatan`, `Sub-Kegiatan :`, `Sasaran Kegiatan :`). */
function separatorKind(r: Row): "kegiatan" | "sub" | "sasaran" | null {
  // Cheap test first: this runs on every row of the table.
  const lead = text(r.no) || text(r.sasaran);
  if (!lead || lead.length > 40 || !/kegiatan|program|sasaran/i.test(lead))
    return null;
  if (filledCount(r) !== 1) return null;
  const only = Object.values(r).find(
    (v): v is Field => v instanceof Field && v.text !== "",
  );
  if (
    !only ||
    !/kegiatan|program|sasaran/i.test(only.text) ||
    only.text.length > 40
  )
    return null;
  const label = normalizeLabel(only.text);
  if (
    label === "kegiatan" ||
    label === "program" ||
    label === "program kegiatan"
  )
    return "kegiatan";
  if (label === "sub kegiatan" || label === "sasaran sub kegiatan")
    return "sub";
  if (
    label === "sasaran kegiatan" ||
    label === "sasaran" ||
    label === "sasaran program"
  )
    return "sasaran";
  return null;
}

/** A row with text only in the `Pejabat` column: a heading naming the official. */
const isPejabatRow = (r: Row) =>
  !!r.pejabat && r.pejabat.text !== "" && filledCount(r) === 1;

type KindOf = (r: Row) => RowKind | undefined;
const noKinds: KindOf = () => undefined;

function costRows(
  t: FoundTable | undefined,
  kindOf: KindOf = noKinds,
): {
  sasaran: Map<number, Row>;
  subs: Map<number, Row[]>;
  groups: KegiatanGroup[];
  unplaced: Row[];
} {
  const sasaran = new Map<number, Row>();
  const subs = new Map<number, Row[]>();
  const groups: KegiatanGroup[] = [];
  const unplaced: Row[] = [];
  if (!t) return { sasaran, subs, groups, unplaced };
  const rows = rowsOf(t, unplaced);
  // With a `Sub-Kegiatan` label row, a `Kegiatan` label row introduces the kegiatan itself (a web export);
  // without one, it introduces the sub kegiatan rows (the seed's separator).
  const kinds = rows.map(separatorKind);
  const hasSubLabel = kinds.includes("sub");
  let mode: "sasaran" | "group" | "sub" = "sasaran";
  let lastSasaran = 0;
  let lastSubOwner = 0;
  let program = false;
  let group: KegiatanGroup | null = null;
  const addSub = (owner: number, r: Row) => {
    if (!subs.has(owner)) subs.set(owner, []);
    subs.get(owner)!.push(r);
    lastSubOwner = owner;
    if (group && group.owner === owner - 1)
      group.subs.push(subs.get(owner)!.length - 1);
  };
  rows.forEach((r, i) => {
    const no = text(r.no);
    const name = text(r.sasaran);
    // The user's word on what this row is comes before every rule below.
    const chosen = kindOf(r);
    if (chosen === "jumlah" || chosen === "abaikan") return;
    if (chosen === "program" || chosen === "sasaran") {
      sasaran.set(++lastSasaran, r);
      program = chosen === "program";
      group = null;
      mode = "sasaran";
      return;
    }
    if (chosen === "kegiatan") {
      if (program)
        groups.push((group = { row: r, owner: lastSasaran - 1, subs: [] }));
      else sasaran.set(++lastSasaran, r);
      return;
    }
    if (chosen === "sub") {
      if (lastSasaran || lastSubOwner) addSub(lastSubOwner || lastSasaran, r);
      else unplaced.push(r);
      return;
    }
    const kind = kinds[i];
    if (kind) {
      mode =
        kind === "sub"
          ? "sub"
          : kind === "kegiatan"
            ? hasSubLabel
              ? "group"
              : "sub"
            : "sasaran";
      return;
    }
    if (isPejabatRow(r)) return;
    if (isTotalLabel(no || name)) return;
    let m = SUB_NO.exec(no);
    if (m) {
      addSub(Number(m[1]), r);
      mode = "sub";
      return;
    }
    if (PROGRAM_PREFIX.test(name)) {
      sasaran.set(++lastSasaran, r);
      program = true;
      group = null;
      mode = "sasaran";
      return;
    }
    if (SUB_PREFIX.test(name)) {
      if (lastSasaran) addSub(lastSasaran, r);
      else unplaced.push(r);
      return;
    }
    if (KEGIATAN_PREFIX.test(name)) {
      if (program) {
        group = { row: r, owner: lastSasaran - 1, subs: [] };
        groups.push(group);
      } else sasaran.set(++lastSasaran, r);
      return;
    }
    m = SASARAN_NO.exec(no);
    if (m && mode !== "sub") {
      lastSasaran = Number(m[1]);
      sasaran.set(lastSasaran, r);
      return;
    }
    if (no === "" && name !== "") {
      // Unnumbered: a sasaran (or a kegiatan after its label row), or after the separator a sub kegiatan.
      if (mode !== "sub") sasaran.set(++lastSasaran, r);
      else if (lastSubOwner || (hasSubLabel && lastSasaran))
        addSub(lastSubOwner || lastSasaran, r);
      else unplaced.push(r);
      return;
    }
    unplaced.push(r);
  });
  return { sasaran, subs, groups, unplaced };
}

const hasFigures = (r: Row) =>
  [r.target, r.realisasi, r.capaian].some((f) => f && f.text !== "");

/**
 * Tabel 3.1 rows: a sasaran per row, or indicators under a sasaran named on its own row (a heading row,
 * `Sasaran Strategis 1. …`, or a name row above its indicator row); after `Sasaran Sub-Kegiatan :` the
 * indicator rows are sub kegiatan, checked on their own.
 */
function capaianRows(
  t: FoundTable | undefined,
  kindOf: KindOf = noKinds,
): { rows: Row[]; subs: Row[]; unplaced: Row[] } {
  const rows: Row[] = [];
  const subs: Row[] = [];
  const unplaced: Row[] = [];
  if (!t) return { rows, subs, unplaced };
  let mode: "sasaran" | "sub" = "sasaran";
  let pending: Field | undefined;
  let heading: Field | undefined;
  const flush = () => {
    if (pending)
      (mode === "sub" ? subs : rows).push({
        row: pending.row,
        table: t.id,
        sheet: pending.sheet,
        sasaran: pending,
      });
    pending = undefined;
  };
  for (const r of rowsOf(t, unplaced)) {
    const chosen = kindOf(r);
    if (chosen === "jumlah" || chosen === "abaikan") continue;
    if (chosen) {
      flush();
      (chosen === "sub" ? subs : rows).push(r);
      continue;
    }
    const kind = separatorKind(r);
    if (kind) {
      flush();
      mode = kind === "sub" ? "sub" : "sasaran";
      continue;
    }
    if (isPejabatRow(r)) continue;
    // `Jumlah …` in the indicator column is an indicator's name (`Jumlah Rancangan Perda …`), not a total.
    if (isTotalLabel(text(r.no) || text(r.sasaran))) continue;
    const only =
      !hasFigures(r) && filledCount(r) === 1
        ? Object.values(r).find(
            (v): v is Field => v instanceof Field && v.text !== "",
          )
        : undefined;
    if (only && (only === r.sasaran || SASARAN_PREFIX.test(only.text))) {
      // A name without figures: the sasaran of the indicator rows that follow.
      flush();
      if (only === r.sasaran) pending = only;
      else heading = only;
      continue;
    }
    const named = text(r.sasaran) !== "";
    const row: Row = named ? r : { ...r, sasaran: pending ?? heading };
    if (pending && !named) pending = undefined;
    else flush();
    if (mode === "sub") subs.push(row);
    else rows.push(row);
  }
  flush();
  return { rows, subs, unplaced };
}

export function buildReport(read: ReadResult): Report {
  const t = read.tables;
  const pk = plainRows(t["2.1"]);
  const ang = plainRows(t["2.2"]);
  const kinds = read.peta.rows;
  const kindOf: KindOf = Object.keys(kinds).length
    ? (r) => kinds[rowKey(r.sheet, r.row)]
    : noKinds;
  const cap = capaianRows(t["3.1"], kindOf);
  const groups = rincianGroups(t["2.3"]);
  const cost = costRows(t["3.2"], kindOf);
  const count = Math.max(
    pk.length,
    ang.length,
    cap.rows.length,
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
      capaian: cap.rows[i],
      cost: cost.sasaran.get(i + 1),
      subs,
    });
  }
  return {
    read,
    sasaran,
    groups: cost.groups,
    subCapaian: cap.subs,
    unplaced: [...cap.unplaced, ...cost.unplaced],
  };
}

/** Number of the sub kegiatan as 3.2 writes it: 1.a, 2.c. */
export function subLabel(sasaranIndex: number, subIndex: number): string {
  return `${sasaranIndex + 1}.${String.fromCharCode(97 + subIndex)}`;
}

export { SheetView };
