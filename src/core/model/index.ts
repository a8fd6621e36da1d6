// The model: links the rows of the five tables into one report, sasaran → kegiatan group → sub kegiatan
// (spec §3). Each table's rows are placed by its own module; this one lines them up by sasaran: by number where
// rows carry one, by position where not, and a row linked by position whose name is another row's is left
// unlinked and reported (link.ts).
import { ReadResult } from "../reader";
import { rowKey } from "../peta";
import { capaianRows } from "./capaian";
import { CodedRows, codedRows } from "./codes";
import { CostRows, KegiatanGroup, costRows, placeSubs } from "./cost";
import { Field } from "./field";
import {
  Misplaced,
  NamesAt,
  byNumber,
  sameFigure,
  unlinkMisplaced,
} from "./link";
import { sasaranNumber } from "./numbering";
import { distributeOwnerless } from "./ownerless";
import { KindOf, Row, fieldAt, plainRows, rowOf, text } from "./rows";
import { RincianGroup, rincianGroups } from "./rincian";

export { Field } from "./field";
export type { KegiatanGroup } from "./cost";
export type { Misplaced } from "./link";
export type { Row } from "./rows";
export { fieldAt, rowOf } from "./rows";

export interface SubKegiatan {
  index: number;
  /** Its number as Tabel 3.2 writes it (`1.b`, `1.2`, `1.ii`); `1.b` where 3.2 writes none. */
  label: string;
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
  /** Rows of its Tabel 2.3 group left unlinked (named like another sub kegiatan): its rincian is incomplete. */
  unlinked23: Row[];
  /** How messages name it when its row says more than a number (a form's program: `program 7.01.02`). */
  label?: string;
  /** Its 3.2 sub kegiatan look incomplete (a kegiatan's numbers `1.`, `3.` skip one): no sum of them is made. */
  incomplete32?: boolean;
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
  /** Rows linked by position whose name is another row's: not linked, reported (spec §3). */
  misplaced: Misplaced[];
  /** Tabel 3.2 sub kegiatan rows without a number, linked to Tabel 2.3 by their order: said once. */
  byOrder: Row[];
  /** Tabel 3.2's total rows (`TOTAL`, a form's footer, a bidang row) and the sasaran (program) indices each adds up. */
  totals: { row: Row; covers: number[] }[];
}

/** Number of the sub kegiatan as 3.2 writes it: 1.a, 2.c. */
export function subLabel(sasaranIndex: number, subIndex: number): string {
  return `${sasaranIndex + 1}.${String.fromCharCode(97 + subIndex)}`;
}

/** A 3.2 row's own number (`1.2`, `1.ii`), without a closing full stop; "" when it has none. */
const ownLabel = (r: Row | undefined) => text(r?.no).replace(/[.)]\s*$/, "");

/** The tables whose rows are one sasaran each, linked by number where they carry one. */
function sasaranTables(read: ReadResult, kindOf: KindOf, unplaced: Row[]) {
  const t = read.tables;
  const cap = capaianRows(t["3.1"], kindOf);
  unplaced.push(...cap.unplaced);
  return {
    pk: byNumber(plainRows(t["2.1"], unplaced)),
    ang: byNumber(plainRows(t["2.2"], unplaced)),
    cap: byNumber(cap.rows),
    cap31: cap,
  };
}

/** Each sasaran's names in the tables linked by number: what a row linked by position is compared with. */
function numberedNames(
  tables: { rows: (Row | undefined)[]; numbered: boolean }[],
  count: number,
): NamesAt {
  return Array.from({ length: count }, (_, i) =>
    tables.filter((x) => x.numbered).map((x) => x.rows[i]?.sasaran),
  );
}

/** One sasaran's sub kegiatan: 2.3's rows in order against 3.2's by number; a 2.3 row named like another is unlinked. */
function subsOf(
  i: number,
  g: RincianGroup | undefined,
  costSubs: (Row | undefined)[],
  misplaced: Misplaced[],
): { subs: SubKegiatan[]; unlinked23: Row[] } {
  const rincian: (Row | undefined)[] = [...(g?.subs ?? [])];
  const names = costSubs.map((r) => [r?.sasaran]);
  const moved = unlinkMisplaced(
    rincian,
    (r) => r.subKegiatan,
    names,
    "sub",
    (r, j) => sameFigure(r.anggaran, costSubs[j]?.pagu),
  );
  misplaced.push(...moved);
  const n = Math.max(rincian.length, costSubs.length);
  const subs: SubKegiatan[] = [];
  for (let j = 0; j < n; j++)
    subs.push({
      index: j,
      label: ownLabel(costSubs[j]) || subLabel(i, j),
      rincian: rincian[j],
      cost: costSubs[j],
    });
  return { subs, unlinked23: moved.map((m) => m.row) };
}

/** What each row is: the user's word (peta) first, else what a form's code says (codes.ts). */
function kindsOf(read: ReadResult, coded: CodedRows | null): KindOf {
  const kinds = read.peta.rows;
  const any = Object.keys(kinds).length > 0;
  return (r) =>
    (any ? kinds[rowKey(r.sheet, r.row)] : undefined) ??
    (coded && r.table === "3.2" ? coded.kinds.get(r.row) : undefined);
}

/** The sasaran (program) rows each total row adds up: by code under a form, else those since the last total. */
function totalsOf(cost: CostRows, coded: CodedRows | null): Report["totals"] {
  let prev = 0;
  const all = [...cost.sasaran.keys()].map((n) => n - 1);
  return cost.totals.map(({ row, after }) => {
    const code = coded?.codes.get(row.row);
    const covers = code
      ? [...cost.sasaran]
          .filter(([, r]) =>
            (coded!.codes.get(r.row) ?? "").startsWith(code + "."),
          )
          .map(([n]) => n - 1)
      : coded
        ? all
        : all.filter((i) => i + 1 > prev && i + 1 <= after);
    prev = after;
    return { row, covers };
  });
}

/** A form's programs and sub kegiatan are named by their SIPD code (its `No` may repeat or run on). */
function nameByCode(sasaran: Sasaran[], coded: CodedRows): void {
  for (const s of sasaran) {
    const code = s.cost && coded.codes.get(s.cost.row);
    if (code) s.label = `program ${code}`;
    for (const x of s.subs) {
      const c = x.cost && coded.codes.get(x.cost.row);
      if (c) x.label = c;
    }
  }
}

/** Rows placed by their code (a form's 3.2 table), and those whose code is not under the rows above them. */
function byCode(read: ReadResult): {
  coded: CodedRows | null;
  kindOf: KindOf;
  unplaced: Row[];
} {
  const coded = codedRows(read.tables["3.2"]);
  const t = read.tables["3.2"];
  // The finding points at the code cell: the code is what placed the row.
  const unplaced = (coded?.misplaced ?? []).map((m) => ({
    kode: fieldAt(t!, m.row, m.col),
    ...rowOf(t!, m.row),
    why: m.why,
  }));
  return { coded, kindOf: kindsOf(read, coded), unplaced };
}

type Linked = ReturnType<typeof byNumber>;

/** Rows of the tables without numbers, linked by position, whose name is another sasaran's: unlinked, said (§3). */
function sasaranOutOfPlace(
  [pk, ang, cap]: [Linked, Linked, Linked],
  cost: CostRows,
  count: number,
): Misplaced[] {
  const costTable = {
    rows: Array.from({ length: count }, (_, i) => cost.sasaran.get(i + 1)),
    numbered:
      cost.sasaran.size > 0 &&
      [...cost.sasaran.values()].every(
        (r) => sasaranNumber(text(r.no)) !== null,
      ),
  };
  const reference = numberedNames([pk, cap, costTable], count);
  const misplaced: Misplaced[] = [];
  for (const x of [pk, ang, cap])
    if (!x.numbered)
      misplaced.push(
        ...unlinkMisplaced(x.rows, (r) => r.sasaran, reference, "sasaran"),
      );
  return misplaced;
}

export function buildReport(read: ReadResult): Report {
  const t = read.tables;
  const { coded, kindOf, unplaced } = byCode(read);
  const { pk, ang, cap, cap31 } = sasaranTables(read, kindOf, unplaced);
  const groups = rincianGroups(t["2.3"]);
  // A form's programs (by code) are not the other tables' sasaran: numbered after them, never linked by place.
  const offset = coded
    ? Math.max(pk.rows.length, ang.rows.length, cap.rows.length, groups.length)
    : 0;
  const cost = costRows(t["3.2"], kindOf, offset);
  unplaced.push(...cost.unplaced);
  distributeOwnerless(
    cost.ownerless,
    cost.entries,
    (owner) => (t["2.3"] ? groups[owner - 1]?.subs.length : undefined),
    unplaced,
  );
  const placed = placeSubs(cost.entries, cost.groups, unplaced);
  const count = Math.max(
    pk.rows.length,
    ang.rows.length,
    cap.rows.length,
    groups.length,
    cost.sasaran.size ? Math.max(...cost.sasaran.keys()) : 0,
    placed.subs.size ? Math.max(...placed.subs.keys()) : 0,
  );
  const misplaced = sasaranOutOfPlace([pk, ang, cap], cost, count);
  const sasaran: Sasaran[] = [];
  for (let i = 0; i < count; i++) {
    const g = groups[i];
    const { subs, unlinked23 } = subsOf(
      i,
      g,
      placed.subs.get(i + 1) ?? [],
      misplaced,
    );
    sasaran.push({
      index: i,
      pk: pk.rows[i],
      anggaran: ang.rows[i],
      kegiatan: g?.kegiatan,
      jumlah: g?.jumlah,
      capaian: cap.rows[i],
      cost: cost.sasaran.get(i + 1),
      subs,
      unlinked23,
      ...(placed.groups.some((x) => x.owner === i && x.gap)
        ? { incomplete32: true }
        : {}),
    });
  }
  if (coded) nameByCode(sasaran, coded);
  const byOrder = t["2.3"]
    ? sasaran.flatMap((s) =>
        s.subs.filter((x) => x.cost && !ownLabel(x.cost)).map((x) => x.cost!),
      )
    : [];
  return {
    read,
    sasaran,
    groups: placed.groups,
    subCapaian: cap31.subs,
    unplaced,
    misplaced,
    byOrder,
    totals: totalsOf(cost, coded),
  };
}
