// The model: links the rows of the five tables into one report, sasaran → kegiatan group → sub kegiatan
// (spec §3). Each table's rows are placed by its own module; this one lines them up by sasaran: by number where
// rows carry one, by position where not, and a row linked by position whose name is another row's is left
// unlinked and reported (link.ts).
import { ReadResult } from "../reader";
import { rowKey } from "../peta";
import { capaianRows } from "./capaian";
import { KegiatanGroup, costRows, placeSubs } from "./cost";
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
import { KindOf, Row, noKinds, plainRows, text } from "./rows";
import { RincianGroup, rincianGroups } from "./rincian";

export { Field } from "./field";
export type { KegiatanGroup } from "./cost";
export type { Misplaced } from "./link";
export type { Row } from "./rows";
export { rowOf } from "./rows";

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

export function buildReport(read: ReadResult): Report {
  const t = read.tables;
  const kinds = read.peta.rows;
  const kindOf: KindOf = Object.keys(kinds).length
    ? (r) => kinds[rowKey(r.sheet, r.row)]
    : noKinds;
  const unplaced: Row[] = [];
  const { pk, ang, cap, cap31 } = sasaranTables(read, kindOf, unplaced);
  const groups = rincianGroups(t["2.3"]);
  const cost = costRows(t["3.2"], kindOf);
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
  };
}
