// The figures of one sasaran as the tables establish them, for a narrative that never states a figure a finding
// marks wrong: where the tables disagree on target or realisasi, the Perjanjian Kinerja's target and 3.2's
// realisasi give the capaian stated; a pagu a finding puts right is the pagu stated (3.2's typo → 2.3's value).
import Decimal from "decimal.js";
import { Efisiensi, Polaritas, Settings, efisiensi, predikat } from "./capaian";
import { CellRef } from "./cell";
import { AnggaranCheck } from "./checks/anggaran";
import { plainCapaian } from "./checks/capaian-cells";
import {
  Kinerja31,
  realisasi31Differs,
  target31Differs,
  target32Differs,
} from "./checks/capaian31";
import { isBlankInput, isEmpty, name } from "./checks/context";
import { KinerjaCheck } from "./checks/kinerja";
import { Qty } from "./checks/quantity";
import { Finding } from "./findings";
import { Field, Report, Row, Sasaran, SubKegiatan } from "./model";
import { Quantity, SasaranFigures, SubFigures } from "./types";

const ref = (f: Field | undefined): CellRef | undefined =>
  f ? { sheet: f.sheet, cell: f.address } : undefined;

const quantity = (q: Qty | null): Quantity | null =>
  q
    ? {
        value: q.v,
        unit: q.unit,
        decimals: q.decimals,
        ...(q.high ? { high: q.high } : {}),
      }
    : null;

/** Drops absent cells so the figures stay plain data. */
function refs<K extends string>(
  o: Record<K, CellRef | undefined>,
): Partial<Record<K, CellRef>> {
  const out: Partial<Record<K, CellRef>> = {};
  for (const k in o) if (o[k]) out[k] = o[k];
  return out;
}

/** Serapan's own division when it used the same pagu (capaianAnggaran is realisasi ÷ pagu), else realisasi ÷ pagu. */
function serapanResolved(
  realisasi: Decimal | null,
  paguResolved: Decimal | null,
  pagu: Decimal | null,
  capaian: Decimal | null,
): Decimal | null {
  if (!realisasi || !paguResolved || paguResolved.isZero()) return null;
  return capaian !== null && paguResolved === pagu
    ? capaian
    : realisasi.div(paguResolved);
}

function subSources(x: SubKegiatan): SubFigures["sources"] {
  const row = x.cost;
  return refs({
    pagu: ref(row?.pagu),
    anggaran: ref(x.rincian?.anggaran),
    realisasi: ref(row?.realisasi),
    capaianAnggaran: ref(row?.capaian),
    kinerja: ref(row?.kinerja),
    jadwal: ref(row?.jadwal ?? x.rincian?.jadwal),
  });
}

/** A sub kegiatan's figures: its 3.2 row's serapan and kinerja, and the pagu the tables establish. */
function subFigure(
  s: Sasaran,
  x: SubKegiatan,
  j: number,
  ang: AnggaranCheck,
  k: KinerjaCheck,
): SubFigures {
  const realisasi = k.money.realisasi[j];
  const pagu = ang.subs[j].pagu;
  const capaian = k.subs.capaianAnggaran[j];
  // The pagu the tables establish: 3.2's typo put right from 2.3 (or 2.3's from 3.2).
  const paguResolved = ang.expected32[j] ?? ang.resolved23[j] ?? pagu;
  return {
    index: j,
    label: x.label,
    name: name(x.rincian?.subKegiatan) || name(x.cost?.sasaran),
    indikator: name(x.cost?.indikator),
    // The pagu its capaian was computed from (3.2), else the rincian's (2.3).
    pagu: pagu ?? ang.resolved23[j],
    realisasi,
    capaianAnggaran: capaian,
    kinerja: k.subs.kinerja[j],
    jadwal: name(x.cost?.jadwal) || name(x.rincian?.jadwal),
    doubtful: [],
    paguResolved,
    capaianAnggaranResolved: serapanResolved(
      realisasi,
      paguResolved,
      pagu,
      capaian,
    ),
    ...unknownOf([
      ["realisasi", k.money.realisasiInvalid[j]],
      [
        "pagu",
        paguResolved === null &&
          [x.cost?.pagu, x.rincian?.anggaran].some(holdsUnread),
      ],
    ]),
    sources: subSources(x),
  };
}

/** A cell that holds something no check could read as its figure (empty and `-` hold nothing). */
const holdsUnread = (f: Field | undefined) =>
  !!f && f.parsed.kind !== "number" && !isBlankInput(f);

/** The `unknown` list of a figure (spec §4: never stated), left out when every figure is known. */
function unknownOf<K extends string>(flags: [K, boolean][]): { unknown?: K[] } {
  const unknown = flags.filter(([, on]) => on).map(([k]) => k);
  return unknown.length ? { unknown } : {};
}

/** The sasaran's totals that a missing row or an unreadable figure leaves unknown. */
function unknownTotals(
  s: Sasaran,
  k: KinerjaCheck,
  anggaran: ReturnType<typeof resolvedAnggaran>,
) {
  const { costSubs, complete, realisasiInvalid } = k.money;
  const hasPagu =
    !!(s.cost?.pagu || s.jumlah?.anggaran || s.anggaran?.anggaran) ||
    s.subs.some((x) => x.cost?.pagu || x.rincian?.anggaran);
  return unknownOf<"pagu" | "realisasiAnggaran">([
    ["pagu", anggaran.pagu === null && hasPagu],
    [
      "realisasiAnggaran",
      anggaran.realisasiAnggaran === null &&
        costSubs.length > 0 &&
        (!complete || realisasiInvalid.some(Boolean) || k.realisasiDisputed),
    ],
  ]);
}

/** Target, realisasi and capaian kinerja as the tables establish them. */
function resolvedKinerja(
  q: Kinerja31,
  capaianKinerja: Decimal | null,
  polaritas: Polaritas,
) {
  const target = q.target21 ?? q.target31 ?? q.target32;
  const differ =
    target31Differs(q) || target32Differs(q) || realisasi31Differs(q);
  const realisasi = realisasi31Differs(q)
    ? q.realisasi32
    : (q.realisasi31 ?? q.realisasi32);
  const capaian = differ
    ? plainCapaian(target, realisasi, polaritas)
    : capaianKinerja;
  return { target, realisasi, capaian, differ };
}

/** Pagu, realisasi and serapan as the tables establish them (a figure a finding marks wrong put right). */
function resolvedAnggaran(ang: AnggaranCheck, k: KinerjaCheck) {
  const { costSubs, paguExpected, realisasi, realisasiSum } = k.money;
  const pagu = k.paguDisputed
    ? null
    : costSubs.length > 0 &&
        costSubs.length === ang.subs.length &&
        paguExpected !== null
      ? paguExpected
      : (ang.groupTotal ?? k.totals.pagu);
  const realisasiAnggaran = k.realisasiDisputed
    ? null
    : realisasiSum !== null && realisasi.some((x) => x !== null)
      ? realisasiSum
      : k.totals.realisasi;
  const capaianAnggaran =
    realisasiAnggaran && pagu && !pagu.isZero()
      ? realisasiAnggaran.div(pagu)
      : null;
  return { pagu, realisasiAnggaran, capaianAnggaran };
}

/** The figures a sasaran's target and realisasi are stated with: only figures that were read (never an invalid cell). */
function writtenFigures(s: Sasaran, q: Kinerja31) {
  const row31 = s.capaian;
  const costRow = s.cost;
  return {
    target:
      (q.target31 && name(row31?.target)) ||
      (q.target21 && name(s.pk?.target)) ||
      "",
    realisasi:
      (q.realisasi31 && name(row31?.realisasi)) ||
      (q.realisasi32 && !isEmpty(costRow?.r) && name(costRow?.r)) ||
      "",
  };
}

function sasaranSources(
  s: Sasaran,
  k: KinerjaCheck,
): SasaranFigures["sources"] {
  const row31 = s.capaian;
  const costRow = s.cost;
  return refs({
    target: ref(row31?.target ?? s.pk?.target ?? costRow?.t),
    realisasi: ref(row31?.realisasi ?? costRow?.r),
    capaianKinerja: ref(
      k.capaian31.kinerja !== null ? row31?.capaian : costRow?.kinerja,
    ),
    pagu: ref(costRow?.pagu),
    anggaran: ref(s.anggaran?.anggaran),
    realisasiAnggaran: ref(costRow?.realisasi),
    capaianAnggaran: ref(costRow?.capaian),
    efisiensi: ref(costRow?.efisiensi),
  });
}

/** The sasaran's names as the tables write them: the Perjanjian Kinerja's first. */
function namesOf(s: Sasaran) {
  return {
    name:
      name(s.pk?.sasaran) ||
      name(s.capaian?.sasaran) ||
      name(s.cost?.sasaran) ||
      name(s.anggaran?.sasaran),
    indikator:
      name(s.pk?.indikator) ||
      name(s.capaian?.indikator) ||
      name(s.cost?.indikator),
    kegiatan: name(s.kegiatan),
  };
}

/** Efisiensi from the figures the tables establish; without a 3.2 row or a figure, the row's own. */
function resolvedEfisiensi(
  s: Sasaran,
  settings: Settings,
  kinerja: Decimal | null,
  anggaran: ReturnType<typeof resolvedAnggaran>,
  own: Efisiensi | null,
): Efisiensi | null {
  const { pagu, realisasiAnggaran, capaianAnggaran } = anggaran;
  if (!s.cost || !kinerja || !capaianAnggaran || !pagu || !realisasiAnggaran)
    return own;
  return efisiensi(
    settings.efisiensi,
    kinerja,
    capaianAnggaran,
    pagu,
    realisasiAnggaran,
  );
}

/** The figures of one sasaran for the narrative, from what its checks read and computed. */
export function sasaranFigures(
  s: Sasaran,
  settings: Settings,
  ang: AnggaranCheck,
  k: KinerjaCheck,
): SasaranFigures {
  const { polaritas, own, capaian31 } = k;
  const capaianKinerja = capaian31.kinerja ?? own.kinerja;
  const kinerja = resolvedKinerja(capaian31, capaianKinerja, polaritas);
  const anggaran = resolvedAnggaran(ang, k);
  const predikatOf = (c: Decimal | null) => (c ? predikat(c, settings) : null);
  const predikatKinerja = predikatOf(capaianKinerja);
  return {
    index: s.index,
    ...namesOf(s),
    ...writtenFigures(s, capaian31),
    satuan:
      name(s.capaian?.satuan) || name(s.pk?.satuan) || name(s.cost?.satuan),
    capaianKinerja,
    predikat: predikatKinerja,
    pagu: k.totals.pagu,
    realisasiAnggaran: k.totals.realisasi,
    capaianAnggaran: own.capaianAnggaran,
    efisiensi: own.efisiensi,
    polaritas,
    subs: s.subs.map((x, j) => subFigure(s, x, j, ang, k)),
    doubtful: [],
    targetQty: quantity(kinerja.target),
    realisasiQty: quantity(kinerja.realisasi),
    capaianKinerjaResolved: kinerja.capaian,
    predikatResolved:
      kinerja.capaian === capaianKinerja
        ? predikatKinerja
        : predikatOf(kinerja.capaian),
    paguResolved: anggaran.pagu,
    realisasiAnggaranResolved: anggaran.realisasiAnggaran,
    capaianAnggaranResolved: anggaran.capaianAnggaran,
    efisiensiResolved: resolvedEfisiensi(
      s,
      settings,
      // Where the tables disagree, the capaian they establish; else the 3.2 row's own kinerja.
      kinerja.differ ? kinerja.capaian : (own.kinerja ?? capaianKinerja),
      anggaran,
      own.efisiensi,
    ),
    ...unknownTotals(s, k, anggaran),
    sources: sasaranSources(s, k),
  };
}

/** Each figure's doubts: the error findings on the cells of its rows (the narrative says it may not be stated). */
export function attachDoubts(
  figs: SasaranFigures[],
  report: Report,
  findings: Finding[],
): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (
      f.severity !== "error" ||
      !f.sheet ||
      f.row === undefined ||
      f.col === undefined
    )
      continue;
    const k = `${f.sheet}!${f.row * 16384 + f.col}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  if (byCell.size === 0) return;
  const rowsWithDoubt = new Set(
    [...byCell.keys()].map((k) =>
      k.replace(/\d+$/, (n) => String(Math.floor(Number(n) / 16384))),
    ),
  );
  const of = (row: Row | undefined): Finding[] => {
    if (!row || !rowsWithDoubt.has(`${row.sheet}!${row.row}`)) return [];
    return (
      Object.values(row).filter((v) => v instanceof Field) as Field[]
    ).flatMap((f) => byCell.get(`${f.sheet}!${f.row * 16384 + f.col}`) ?? []);
  };
  figs.forEach((fig, i) => {
    const s = report.sasaran[i];
    fig.doubtful = [
      ...of(s.pk),
      ...of(s.anggaran),
      ...of(s.jumlah),
      ...of(s.capaian),
      ...of(s.cost),
    ];
    fig.subs.forEach(
      (sub, j) =>
        (sub.doubtful = [...of(s.subs[j].rincian), ...of(s.subs[j].cost)]),
    );
  });
}
