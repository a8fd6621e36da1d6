// Tabel 3.2's rows, their kinerja: each row's serapan (realisasi over pagu), % kinerja (R over T) and
// efisiensi, for every sub kegiatan and then for the sasaran itself, whose empty R is its sub kegiatan's mean.
import Decimal from "decimal.js";
import { Efisiensi, Polaritas, Settings, capaianAnggaran } from "../capaian";
import { Row, Sasaran } from "../model";
import { AnggaranCheck, SubAnggaran } from "./anggaran";
import { efisiensiCell, kinerjaCell } from "./capaian-cells";
import { Ctx, isBlankInput, isEmpty, rp } from "./context";
import { meanNote } from "./hierarchy";
import { Qty, sum } from "./quantity";

/** Rule: a row's realisasi is not more than its pagu. */
export function checkRealisasiWithinPagu(
  ctx: Ctx,
  row: Row,
  pagu: Decimal | null,
  realisasi: Decimal,
  label: string,
): void {
  if (pagu && realisasi.gt(pagu))
    ctx.add(
      "REALISASI_MELEBIHI_PAGU",
      row.realisasi!,
      `Realisasi ${label} di Tabel 3.2 sel ${row.realisasi!.address} (${rp(realisasi)}) lebih besar dari pagunya (${rp(pagu)}).`,
    );
}

/**
 * Rule: a row's serapan (capaian anggaran) is its realisasi over its pagu, written to its Capaian (%) cell; an
 * empty or zero pagu has none (TARGET_NOL). Null when it cannot be computed.
 */
export function serapan(
  ctx: Ctx,
  row: Row,
  pagu: Decimal | null,
  realisasi: Decimal | null,
  label: string,
  note?: () => string,
): Decimal | null {
  if (realisasi === null) return null;
  checkRealisasiWithinPagu(ctx, row, pagu, realisasi, label);
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

/** What each sub kegiatan's 3.2 row gave, indexed like `Sasaran.subs` (null: no row, or not computable). */
export interface SubRows32 {
  capaianAnggaran: (Decimal | null)[];
  kinerja: (Decimal | null)[];
}

/** Each sub kegiatan's 3.2 row: serapan, % kinerja (T/R) and efisiensi. */
export function checkSubRows32(
  ctx: Ctx,
  s: Sasaran,
  ang: AnggaranCheck,
  subRealisasi: (Decimal | null)[],
  polaritas: Polaritas,
  settings: Settings,
): SubRows32 {
  const out: SubRows32 = { capaianAnggaran: [], kinerja: [] };
  s.subs.forEach((x, j) => {
    const row = x.cost;
    let capaian: Decimal | null = null;
    let kin: Decimal | null = null;
    if (row) {
      const label = `sub kegiatan ${x.label}`;
      const pagu = ang.subs[j].pagu;
      capaian = serapan(ctx, row, pagu, subRealisasi[j], label);
      const target = ctx.qty(row.t, "Target kinerja");
      const realisasiKinerja = ctx.qty(row.r, "Realisasi kinerja");
      kin = kinerjaCell(ctx, row, target, realisasiKinerja, polaritas, label);
      if (kin !== null && capaian !== null)
        efisiensiCell(
          ctx,
          row,
          kin,
          capaian,
          pagu!,
          subRealisasi[j]!,
          settings,
        );
    }
    out.capaianAnggaran.push(capaian);
    out.kinerja.push(kin);
  });
  return out;
}

/** Rule: the sasaran row's empty R is the mean of its sub kegiatan's % kinerja, when each is known. */
function realisasiKinerja32(
  ctx: Ctx,
  costRow: Row,
  subKinerja: (Decimal | null)[],
): Qty | null {
  const written = ctx.qty(costRow.r, "Realisasi kinerja");
  if (
    !isEmpty(costRow.r) ||
    subKinerja.length === 0 ||
    subKinerja.some((k) => k === null)
  )
    return written;
  const mean = sum(subKinerja).div(subKinerja.length);
  ctx.derive(costRow.r, mean, "persen", "R");
  return { v: mean, unit: "%", decimals: 2 };
}

export interface SasaranRow32 {
  capaianAnggaran: Decimal | null;
  kinerja: Decimal | null;
  efisiensi: Efisiensi | null;
}

/** The sasaran's own 3.2 row: serapan, R as the mean of its sub kegiatan where empty, % kinerja and efisiensi. */
export function checkSasaranRow32(
  ctx: Ctx,
  s: Sasaran,
  totals: { pagu: Decimal | null; realisasi: Decimal | null },
  costSubs: SubAnggaran[],
  subKinerja: (Decimal | null)[],
  polaritas: Polaritas,
  settings: Settings,
): SasaranRow32 {
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
  // Sub kegiatan rows whose pagu could not be summed (a row missing, a figure unreadable): not "kosong atau nol",
  // their own findings say why; no serapan is computed.
  const capaian =
    pagu === null &&
    costSubs.length > 0 &&
    (!costRow.pagu || isBlankInput(costRow.pagu))
      ? null
      : serapan(ctx, costRow, pagu, realisasi, label, () =>
          meanNote(
            costRow.capaian,
            costSubs.map((x) => x.sub.cost!.capaian),
          ),
        );
  const target = ctx.qty(costRow.t, "Target kinerja");
  const realisasiKinerja = realisasiKinerja32(ctx, costRow, subKinerja);
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
