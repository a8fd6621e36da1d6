// Tabel 3.2 (sasaran totals, serapan, kinerja, efisiensi) and Tabel 3.1 against 2.1 and 3.2; the figures of one sasaran.
import Decimal from "decimal.js";
import {
  Efisiensi,
  Polaritas,
  Settings,
  capaianAnggaran,
  capaianKinerja,
  efisiensi,
  predikat,
} from "./capaian";
import { AnggaranCheck, SubAnggaran } from "./anggaran";
import {
  Ctx,
  Qty,
  capaianOf,
  deriveMeanOf,
  efisiensiCell,
  isBlankInput,
  isEmpty,
  kinerjaCell,
  name,
  qtyExpected,
  rp,
  sameQty,
  showQty,
  sum,
  toPct,
} from "./context";
import { meanNote } from "./hierarchy";
import { Field, Row, Sasaran, subLabel } from "./model";
import type { CellRef } from "./narrative/document";
import { Quantity, SasaranFigures, SubFigures } from "./types";

const ref = (f: Field | undefined): CellRef | undefined =>
  f ? { sheet: f.sheet, cell: f.address } : undefined;
const quantity = (
  q: { v: Decimal; unit: string; decimals: number; high?: Decimal } | null,
): Quantity | null =>
  q
    ? {
        value: q.v,
        unit: q.unit,
        decimals: q.decimals,
        ...(q.high ? { high: q.high } : {}),
      }
    : null;
/** Capaian without findings (the checks have already reported any clash). */
function plainCapaian(
  t: Qty | null,
  r: Qty | null,
  pol: Polaritas,
): Decimal | null {
  if (!t || !r) return null;
  const pct = t.unit === "%" || r.unit === "%";
  const tt = pct ? toPct(t) : t;
  const rr = pct ? toPct(r) : r;
  if (tt.unit !== rr.unit && tt.unit !== "" && rr.unit !== "") return null;
  return capaianKinerja({ value: tt.v, high: tt.high }, rr.v, pol);
}

/** A cell that holds something, but nothing readable as the figure (empty and `-` hold nothing). */
const unreadable = (f: Field | undefined) =>
  !!f && f.parsed.kind !== "empty" && f.parsed.kind !== "dash";

/** Drops absent cells so the figures stay plain data. */
function refs<K extends string>(
  o: Record<K, CellRef | undefined>,
): Partial<Record<K, CellRef>> {
  const out: Partial<Record<K, CellRef>> = {};
  for (const k in o) if (o[k]) out[k] = o[k];
  return out;
}

/** Tabel 3.2's sasaran pagu and realisasi (Rp): written where empty, checked against the sub kegiatan where not. */
function checkSasaranTotals32(
  ctx: Ctx,
  s: Sasaran,
  ang: AnggaranCheck,
  costSubs: SubAnggaran[],
  subRealisasi: (Decimal | null)[],
  /** The sum of the sub kegiatan's expected 3.2 pagu, null unless each is known; and of their realisasi. */
  subPaguExpected: Decimal | null,
  subRealisasiSum: Decimal,
): { pagu: Decimal | null; realisasi: Decimal | null } {
  const no = s.index + 1;
  const { groupTotal } = ang;
  const costRow = s.cost;
  let pagu: Decimal | null = null;
  let realisasi: Decimal | null = null;
  if (costRow) {
    const paguCell = costRow.pagu;
    const paguShown = ctx.money(paguCell, "Pagu sasaran");
    const subPaguShown = sum(costSubs.map((x) => x.pagu));
    const subsReadable =
      costSubs.length > 0 && costSubs.every((x) => x.pagu !== null);
    if (isEmpty(paguCell) && subsReadable) {
      ctx.derive(paguCell, subPaguShown, "uang", "Pagu");
      pagu = subPaguShown;
    } else if (paguShown) {
      pagu = paguShown;
      const want = costSubs.length ? subPaguExpected : groupTotal;
      if (
        want &&
        !paguShown.eq(want) &&
        !(costSubs.length && paguShown.eq(subPaguShown))
      ) {
        ctx.add(
          "PAGU_TIDAK_SESUAI",
          paguCell!,
          `Pagu sasaran ${no} di Tabel 3.2 sel ${paguCell!.address} tertulis ${rp(paguShown)}, sedangkan ${costSubs.length ? "jumlah pagu sub kegiatannya" : "Tabel 2.3"} ${rp(want)}. Seharusnya ${rp(want)}.`,
          want,
          "angka",
        );
      }
    } else if (ctx.isMalformed(paguCell)) {
      ctx.malformed(
        paguCell,
        costSubs.length ? subPaguExpected : groupTotal,
        "jumlah pagu sub kegiatan",
      );
    }
    const realisasiCell = costRow.realisasi;
    const realisasiShown = ctx.money(realisasiCell, "Realisasi sasaran");
    const anySubRealisasi = subRealisasi.some((x) => x !== null);
    if (isEmpty(realisasiCell) && anySubRealisasi) {
      ctx.derive(realisasiCell, subRealisasiSum, "uang", "Realisasi (Rp)");
      realisasi = subRealisasiSum;
    } else if (realisasiShown) {
      realisasi = realisasiShown;
      if (anySubRealisasi && !realisasiShown.eq(subRealisasiSum)) {
        ctx.add(
          "REALISASI_TIDAK_SESUAI",
          realisasiCell!,
          `Realisasi anggaran sasaran ${no} di Tabel 3.2 sel ${realisasiCell!.address} tertulis ${rp(realisasiShown)}, sedangkan jumlah realisasi sub kegiatannya ${rp(subRealisasiSum)}. Seharusnya ${rp(subRealisasiSum)}.`,
          subRealisasiSum,
          "angka",
        );
      }
    } else if (ctx.isMalformed(realisasiCell) && anySubRealisasi) {
      ctx.malformed(
        realisasiCell,
        subRealisasiSum,
        "jumlah realisasi sub kegiatan",
      );
    }
  }
  if (pagu === null && groupTotal) pagu = groupTotal;
  return { pagu, realisasi };
}

/** Serapan (capaian anggaran) of one 3.2 row: written to its Capaian (%) cell; null when it cannot be computed. */
function serapan(
  ctx: Ctx,
  row: Row,
  pagu: Decimal | null,
  realisasi: Decimal | null,
  label: string,
  note?: () => string,
): Decimal | null {
  if (realisasi === null) return null;
  if (pagu && realisasi.gt(pagu)) {
    ctx.add(
      "REALISASI_MELEBIHI_PAGU",
      row.realisasi!,
      `Realisasi ${label} di Tabel 3.2 sel ${row.realisasi!.address} (${rp(realisasi)}) lebih besar dari pagunya (${rp(pagu)}).`,
    );
  }
  if (!pagu || pagu.isZero()) {
    // An unreadable pagu has its own finding (FORMAT_ANGKA, NILAI_TIDAK_VALID): not "kosong atau nol".
    if (!pagu && row.pagu && !isBlankInput(row.pagu)) return null;
    ctx.add(
      "TARGET_NOL",
      row.pagu ?? null,
      `Pagu ${label} ${row.pagu ? `di Tabel 3.2 sel ${row.pagu.address} ` : ""}kosong atau nol, sehingga capaian anggarannya tidak dapat dihitung.`,
    );
    return null;
  }
  const v = capaianAnggaran(pagu, realisasi)!;
  ctx.derive(row.capaian, v, "persen", "Capaian (%)", note);
  return v;
}

/** Each sub kegiatan's 3.2 row: serapan, kinerja (T/R) and efisiensi; its figures for the narrative. */
function subKegiatanFigures(
  ctx: Ctx,
  s: Sasaran,
  ang: AnggaranCheck,
  subRealisasi: (Decimal | null)[],
  polaritas: Polaritas,
  settings: Settings,
): { figures: SubFigures[]; kinerja: (Decimal | null)[] } {
  const figures: SubFigures[] = [];
  const kinerja: (Decimal | null)[] = [];
  s.subs.forEach((x, j) => {
    const label = `sub kegiatan ${subLabel(s.index, j)}`;
    const row = x.cost;
    let capaian: Decimal | null = null;
    let kin: Decimal | null = null;
    const realisasi = subRealisasi[j];
    const pagu = ang.subs[j].pagu;
    if (row) {
      capaian = serapan(ctx, row, pagu, realisasi, label);
      const target = ctx.qty(row.t, "Target kinerja");
      const realisasiKinerja = ctx.qty(row.r, "Realisasi kinerja");
      kin = kinerjaCell(ctx, row, target, realisasiKinerja, polaritas, label);
      if (kin !== null && capaian !== null)
        efisiensiCell(ctx, row, kin, capaian, pagu!, realisasi!, settings);
    }
    kinerja.push(kin);
    // The pagu the tables establish: 3.2's typo put right from 2.3 (or 2.3's from 3.2).
    const paguResolved = ang.expected32[j] ?? ang.resolved23[j] ?? pagu;
    figures.push({
      index: j,
      label: subLabel(s.index, j),
      name: name(x.rincian?.subKegiatan) || name(row?.sasaran),
      indikator: name(row?.indikator),
      // The pagu its capaian was computed from (3.2), else the rincian's (2.3).
      pagu: pagu ?? ang.resolved23[j],
      realisasi,
      capaianAnggaran: capaian,
      kinerja: kin,
      jadwal: name(row?.jadwal) || name(x.rincian?.jadwal),
      doubtful: [],
      paguResolved,
      // Serapan's own division when it used the same pagu (capaianAnggaran is realisasi ÷ pagu).
      capaianAnggaranResolved:
        realisasi && paguResolved && !paguResolved.isZero()
          ? capaian !== null && paguResolved === pagu
            ? capaian
            : realisasi.div(paguResolved)
          : null,
      sources: refs({
        pagu: ref(row?.pagu),
        anggaran: ref(x.rincian?.anggaran),
        realisasi: ref(row?.realisasi),
        capaianAnggaran: ref(row?.capaian),
        kinerja: ref(row?.kinerja),
        jadwal: ref(row?.jadwal ?? x.rincian?.jadwal),
      }),
    });
  });
  return { figures, kinerja };
}

/** The sasaran's own 3.2 row: serapan, R as the mean of its sub kegiatan where empty, kinerja and efisiensi. */
function sasaranKinerja32(
  ctx: Ctx,
  s: Sasaran,
  totals: { pagu: Decimal | null; realisasi: Decimal | null },
  costSubs: SubAnggaran[],
  subKinerja: (Decimal | null)[],
  polaritas: Polaritas,
  settings: Settings,
): {
  capaianAnggaran: Decimal | null;
  kinerja: Decimal | null;
  efisiensi: Efisiensi | null;
} {
  const costRow = s.cost;
  const { pagu, realisasi } = totals;
  if (!costRow)
    return {
      capaianAnggaran:
        pagu && realisasi ? capaianAnggaran(pagu, realisasi) : null,
      kinerja: null,
      efisiensi: null,
    };
  const label = `sasaran ${s.index + 1}`;
  const capaian = serapan(ctx, costRow, pagu, realisasi, label, () =>
    meanNote(
      costRow.capaian,
      costSubs.map((x) => x.sub.cost!.capaian),
    ),
  );
  const target = ctx.qty(costRow.t, "Target kinerja");
  let realisasiKinerja = ctx.qty(costRow.r, "Realisasi kinerja");
  if (
    isEmpty(costRow.r) &&
    subKinerja.length > 0 &&
    subKinerja.every((k) => k !== null)
  ) {
    const mean = sum(subKinerja).div(subKinerja.length);
    ctx.derive(costRow.r, mean, "persen", "R");
    realisasiKinerja = { v: mean, unit: "%", decimals: 2 };
  }
  const kinerja = kinerjaCell(
    ctx,
    costRow,
    target,
    realisasiKinerja,
    polaritas,
    label,
  );
  const efisiensi =
    kinerja !== null && capaian !== null
      ? efisiensiCell(
          ctx,
          costRow,
          kinerja,
          capaian,
          pagu!,
          realisasi!,
          settings,
        )
      : null;
  return { capaianAnggaran: capaian, kinerja, efisiensi };
}

/** Tabel 3.1 against 2.1 (targets) and 3.2 (targets, realisasi), and the capaian it derives. */
function checkCapaian31(
  ctx: Ctx,
  s: Sasaran,
  subKinerja: (Decimal | null)[],
  polaritas: Polaritas,
): {
  target21: Qty | null;
  target31: Qty | null;
  target32: Qty | null;
  realisasi31: Qty | null;
  realisasi32: Qty | null;
  kinerja: Decimal | null;
} {
  const no = s.index + 1;
  const costRow = s.cost;
  const row31 = s.capaian;
  const target21 = ctx.qty(s.pk?.target, "Target");
  const target31 = ctx.qty(row31?.target, "Target");
  const realisasi31 = ctx.qty(row31?.realisasi, "Realisasi");
  const target32 = costRow ? ctx.qty(costRow.t, "Target kinerja") : null;
  const realisasi32 = costRow
    ? costRow.r && !isEmpty(costRow.r)
      ? ctx.qty(costRow.r, "Realisasi kinerja")
      : deriveMeanOf(subKinerja)
    : null;
  if (target31 && target21 && !sameQty(target31, target21)) {
    ctx.add(
      "TARGET_TIDAK_SESUAI",
      row31!.target!,
      `Target sasaran ${no} di Tabel 3.1 sel ${row31!.target!.address} tertulis ${row31!.target!.text}, sedangkan Perjanjian Kinerja (Tabel 2.1 sel ${s.pk!.target!.address}) menetapkan ${s.pk!.target!.text}.`,
      qtyExpected(target21),
      target21.unit === "%" ? "persen" : "angka",
    );
  } else if (!target31 && target21 && ctx.isMalformed(row31?.target)) {
    ctx.malformed(
      row31!.target!,
      target21.unit === "%" ? null : target21.v,
      "Tabel 2.1",
    );
  }
  const targetForCapaian = target31 ?? target21;
  // The Perjanjian Kinerja (2.1) is the authority for targets; without it, 3.1.
  const targetAgreed = target21 ?? target31;
  if (target32 && targetAgreed && !sameQty(target32, targetAgreed)) {
    const src = target21 ? "Perjanjian Kinerja (Tabel 2.1)" : "Tabel 3.1";
    ctx.add(
      "TARGET_TIDAK_SESUAI",
      costRow!.t!,
      `Target sasaran ${no} di Tabel 3.2 sel ${costRow!.t!.address} tertulis ${costRow!.t!.text}, berbeda dengan ${src} (${showQty(targetAgreed)}).`,
      qtyExpected(targetAgreed),
      targetAgreed.unit === "%" ? "persen" : "angka",
    );
  }
  if (realisasi31 && realisasi32 && !sameQty(realisasi31, realisasi32)) {
    ctx.add(
      "REALISASI_TIDAK_SESUAI",
      row31!.realisasi!,
      `Realisasi kinerja sasaran ${no} di Tabel 3.1 sel ${row31!.realisasi!.address} tertulis ${row31!.realisasi!.text}, sedangkan Tabel 3.2 mencatat ${showQty(realisasi32)}.`,
      qtyExpected(realisasi32),
      realisasi32.unit === "%" || realisasi31.unit === "%" ? "persen" : "angka",
    );
  }
  let kinerja: Decimal | null = null;
  if (row31) {
    const targetCell = row31.target ?? s.pk?.target ?? null;
    // Zero or nothing written; an unreadable target has its own finding. The capaian cell stays as it is.
    const noTarget = targetForCapaian
      ? targetForCapaian.v.isZero()
      : !targetCell || isBlankInput(targetCell);
    if (realisasi31 && noTarget) {
      ctx.add(
        "TARGET_NOL",
        targetCell,
        `Target sasaran ${no}${targetCell ? ` di Tabel ${targetCell.table} sel ${targetCell.address}` : ""} kosong atau nol, sehingga capaiannya tidak dapat dihitung.`,
      );
    } else if (realisasi31 && targetForCapaian) {
      kinerja = capaianOf(
        ctx,
        targetForCapaian,
        realisasi31,
        row31.realisasi,
        polaritas,
      );
      if (kinerja !== null)
        ctx.derive(row31.capaian, kinerja, "persen", "Capaian");
    }
  }
  return { target21, target31, target32, realisasi31, realisasi32, kinerja };
}

/**
 * One sasaran's checks beyond the anggaran, in root-cause order: 3.2 totals (pagu, realisasi), each sub
 * kegiatan's row, the sasaran's own 3.2 row, then 3.1 against 2.1 and 3.2; its figures for the narrative.
 */
export function checkKinerja(
  ctx: Ctx,
  s: Sasaran,
  settings: Settings,
  ang: AnggaranCheck,
): SasaranFigures {
  const polaritas: Polaritas =
    settings.polaritas[String(s.index + 1)] ?? "positif";
  const sasaranName =
    name(s.pk?.sasaran) ||
    name(s.capaian?.sasaran) ||
    name(s.cost?.sasaran) ||
    name(s.anggaran?.sasaran);
  const costRow = s.cost;
  const costSubs = ang.subs.filter((x) => x.sub.cost);
  // Indexed like s.subs; null where a sub kegiatan has no 3.2 row.
  const subRealisasi = ang.subs.map((x) =>
    x.sub.cost
      ? ctx.money(x.sub.cost.realisasi, "Realisasi sub kegiatan")
      : null,
  );
  // Only a complete set of sub kegiatan pagu gives a total to compare (never "seharusnya 0" from unread figures).
  const subPaguExpected = costSubs.every(
    (x) => ang.expected32[x.sub.index] !== null,
  )
    ? sum(costSubs.map((x) => ang.expected32[x.sub.index]))
    : null;
  // A sub kegiatan realisasi that cannot be read (an error value, a formula saved without its result) leaves the
  // sasaran's total unknown: it is neither computed nor checked, and not stated (spec §4).
  const totalKnown = ang.subs.every(
    (x, j) => subRealisasi[j] !== null || !unreadable(x.sub.cost?.realisasi),
  );
  const forTotal = totalKnown ? subRealisasi : subRealisasi.map(() => null);
  const subRealisasiSum = sum(forTotal);
  const totals = checkSasaranTotals32(
    ctx,
    s,
    ang,
    costSubs,
    forTotal,
    subPaguExpected,
    subRealisasiSum,
  );
  const subs = subKegiatanFigures(
    ctx,
    s,
    ang,
    subRealisasi,
    polaritas,
    settings,
  );
  const own32 = sasaranKinerja32(
    ctx,
    s,
    totals,
    costSubs,
    subs.kinerja,
    polaritas,
    settings,
  );
  const cap31 = checkCapaian31(ctx, s, subs.kinerja, polaritas);
  const row31 = s.capaian;
  const capaianKinerja = cap31.kinerja ?? own32.kinerja;

  // The figures as the tables establish them, for a narrative that never states a figure marked wrong.
  // Where the tables disagree on target or realisasi, the Perjanjian Kinerja's target and 3.2's realisasi
  // (the findings point at 3.1 and 3.2's T) give the capaian the narrative states.
  const { target21, target31, target32, realisasi31, realisasi32 } = cap31;
  const targetAgreed = target21 ?? target31;
  const targetResolved = target21 ?? target31 ?? target32;
  const targetsDiffer = !!(
    (target31 && target21 && !sameQty(target31, target21)) ||
    (target32 && targetAgreed && !sameQty(target32, targetAgreed))
  );
  const realisasiDiffer = !!(
    realisasi31 &&
    realisasi32 &&
    !sameQty(realisasi31, realisasi32)
  );
  const realisasiResolvedQty = realisasiDiffer
    ? realisasi32
    : (realisasi31 ?? realisasi32);
  const capaianResolved =
    targetsDiffer || realisasiDiffer
      ? plainCapaian(targetResolved, realisasiResolvedQty, polaritas)
      : capaianKinerja;
  const paguResolved =
    costSubs.length > 0 &&
    costSubs.length === ang.subs.length &&
    subPaguExpected !== null
      ? subPaguExpected
      : (ang.groupTotal ?? totals.pagu);
  const anyRealisasi = forTotal.some((x) => x !== null);
  const realisasiAnggaranResolved = anyRealisasi
    ? subRealisasiSum
    : totals.realisasi;
  const capaianAnggaranResolved =
    realisasiAnggaranResolved && paguResolved && !paguResolved.isZero()
      ? realisasiAnggaranResolved.div(paguResolved)
      : null;
  const kinerjaForEfisiensi =
    targetsDiffer || realisasiDiffer
      ? capaianResolved
      : (own32.kinerja ?? capaianKinerja);
  const efisiensiResolved =
    costRow &&
    kinerjaForEfisiensi &&
    capaianAnggaranResolved &&
    paguResolved &&
    realisasiAnggaranResolved
      ? efisiensi(
          settings.efisiensi,
          kinerjaForEfisiensi,
          capaianAnggaranResolved,
          paguResolved,
          realisasiAnggaranResolved,
        )
      : own32.efisiensi;

  const predikatKinerja = capaianKinerja
    ? predikat(capaianKinerja, settings)
    : null;
  return {
    index: s.index,
    name: sasaranName,
    indikator:
      name(s.pk?.indikator) ||
      name(row31?.indikator) ||
      name(costRow?.indikator),
    kegiatan: name(s.kegiatan),
    // Only figures that were read: an invalid cell (negative, an error) is never stated as fact.
    target:
      (cap31.target31 && name(row31?.target)) ||
      (cap31.target21 && name(s.pk?.target)) ||
      "",
    realisasi:
      (cap31.realisasi31 && name(row31?.realisasi)) ||
      (cap31.realisasi32 && !isEmpty(costRow?.r) && name(costRow?.r)) ||
      "",
    satuan: name(row31?.satuan) || name(s.pk?.satuan),
    capaianKinerja,
    predikat: predikatKinerja,
    pagu: totals.pagu,
    realisasiAnggaran: totals.realisasi,
    capaianAnggaran: own32.capaianAnggaran,
    efisiensi: own32.efisiensi,
    polaritas,
    subs: subs.figures,
    doubtful: [],
    targetQty: quantity(targetResolved),
    realisasiQty: quantity(realisasiResolvedQty),
    capaianKinerjaResolved: capaianResolved,
    predikatResolved:
      capaianResolved === capaianKinerja
        ? predikatKinerja
        : capaianResolved
          ? predikat(capaianResolved, settings)
          : null,
    paguResolved,
    realisasiAnggaranResolved,
    capaianAnggaranResolved,
    efisiensiResolved,
    sources: refs({
      target: ref(row31?.target ?? s.pk?.target ?? costRow?.t),
      realisasi: ref(row31?.realisasi ?? costRow?.r),
      capaianKinerja: ref(
        cap31.kinerja !== null ? row31?.capaian : costRow?.kinerja,
      ),
      pagu: ref(costRow?.pagu),
      anggaran: ref(s.anggaran?.anggaran),
      realisasiAnggaran: ref(costRow?.realisasi),
      capaianAnggaran: ref(costRow?.capaian),
      efisiensi: ref(costRow?.efisiensi),
    }),
  };
}
