// The model: links the rows of the five tables into one report, sasaran → kegiatan group → sub kegiatan
// (spec §3). Each table's rows are placed by its own module; this one lines them up by sasaran.
import { ReadResult } from "../reader";
import { rowKey } from "../peta";
import { capaianRows } from "./capaian";
import { KegiatanGroup, costRows } from "./cost";
import { Field } from "./field";
import { KindOf, Row, noKinds, plainRows } from "./rows";
import { rincianGroups } from "./rincian";

export { Field } from "./field";
export type { KegiatanGroup } from "./cost";
export type { Row } from "./rows";
export { rowOf } from "./rows";

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
  /** Kegiatan headings under a program (3.2 role). */
  groups: KegiatanGroup[];
  /** Indicator rows of sub kegiatan in a Capaian Kinerja table (`Sasaran Sub-Kegiatan :`), checked on their own. */
  subCapaian: Row[];
  /** Rows that could not be placed (a number like `3.a` with no sasaran 3 is still placed; this is for odd rows). */
  unplaced: Row[];
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
