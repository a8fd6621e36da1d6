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
import { AnggaranCheck } from "./anggaran";
import {
  Ctx,
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
  Qty,
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

/** Drops absent cells so the figures stay plain data. */
const refs = <K extends string>(o: Record<K, CellRef | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Partial<
    Record<K, CellRef>
  >;

export function checkKinerja(
  ctx: Ctx,
  s: Sasaran,
  settings: Settings,
  ang: AnggaranCheck,
): SasaranFigures {
  const no = s.index + 1;
  const pol: Polaritas = settings.polaritas[String(no)] ?? "positif";
  const sasaranName =
    name(s.pk?.sasaran) ||
    name(s.capaian?.sasaran) ||
    name(s.cost?.sasaran) ||
    name(s.anggaran?.sasaran);
  const { subs, resolved23, expected32, groupTotal } = ang;

  // ---- Tabel 3.2: sasaran totals, serapan, kinerja, efisiensi.
  const c = s.cost;
  const costSubs = subs.filter((x) => x.sub.cost);
  // Indexed like s.subs; null where a sub kegiatan has no 3.2 row.
  const subReal = subs.map((x) =>
    x.sub.cost
      ? ctx.money(x.sub.cost.realisasi, "Realisasi sub kegiatan")
      : null,
  );
  let pagu: Decimal | null = null;
  let realisasiRp: Decimal | null = null;
  if (c) {
    const PF = c.pagu;
    const P = ctx.money(PF, "Pagu sasaran");
    const shown32 = sum(costSubs.map((x) => x.p));
    // Only a complete set of sub kegiatan pagu gives a total to compare (never "seharusnya 0" from unread figures).
    const want32 = costSubs.every((x) => expected32[x.sub.index] !== null)
      ? sum(costSubs.map((x) => expected32[x.sub.index]))
      : null;
    const subsReadable =
      costSubs.length > 0 && costSubs.every((x) => x.p !== null);
    if (isEmpty(PF) && subsReadable) {
      ctx.derive(PF, shown32, "uang", "Pagu");
      pagu = shown32;
    } else if (P) {
      pagu = P;
      const want = costSubs.length ? want32 : groupTotal;
      if (want && !P.eq(want) && !(costSubs.length && P.eq(shown32))) {
        ctx.add(
          "PAGU_TIDAK_SESUAI",
          PF!,
          `Pagu sasaran ${no} di Tabel 3.2 sel ${PF!.address} tertulis ${rp(P)}, sedangkan ${costSubs.length ? "jumlah pagu sub kegiatannya" : "Tabel 2.3"} ${rp(want)}. Seharusnya ${rp(want)}.`,
          want,
          "angka",
        );
      }
    } else if (ctx.isMalformed(PF)) {
      ctx.malformed(
        PF,
        costSubs.length ? want32 : groupTotal,
        "jumlah pagu sub kegiatan",
      );
    }
    const RF = c.realisasi;
    const R = ctx.money(RF, "Realisasi sasaran");
    const anyReal = subReal.some((x) => x !== null);
    const sumReal = sum(subReal);
    if (isEmpty(RF) && anyReal) {
      ctx.derive(RF, sumReal, "uang", "Realisasi (Rp)");
      realisasiRp = sumReal;
    } else if (R) {
      realisasiRp = R;
      if (anyReal && !R.eq(sumReal)) {
        ctx.add(
          "REALISASI_TIDAK_SESUAI",
          RF!,
          `Realisasi anggaran sasaran ${no} di Tabel 3.2 sel ${RF!.address} tertulis ${rp(R)}, sedangkan jumlah realisasi sub kegiatannya ${rp(sumReal)}. Seharusnya ${rp(sumReal)}.`,
          sumReal,
          "angka",
        );
      }
    } else if (ctx.isMalformed(RF) && anyReal) {
      ctx.malformed(RF, sumReal, "jumlah realisasi sub kegiatan");
    }
  }
  if (pagu === null && groupTotal) pagu = groupTotal;

  // Serapan per row of 3.2.
  const serapan = (
    row: Row,
    pg: Decimal | null,
    real: Decimal | null,
    label: string,
    note?: () => string,
  ): Decimal | null => {
    if (real === null) return null;
    if (pg && real.gt(pg)) {
      ctx.add(
        "REALISASI_MELEBIHI_PAGU",
        row.realisasi!,
        `Realisasi ${label} di Tabel 3.2 sel ${row.realisasi!.address} (${rp(real)}) lebih besar dari pagunya (${rp(pg)}).`,
      );
    }
    if (!pg || pg.isZero()) {
      // An unreadable pagu has its own finding (FORMAT_ANGKA, NILAI_TIDAK_VALID): not "kosong atau nol".
      if (!pg && row.pagu && !isBlankInput(row.pagu)) return null;
      ctx.add(
        "TARGET_NOL",
        row.pagu ?? null,
        `Pagu ${label} ${row.pagu ? `di Tabel 3.2 sel ${row.pagu.address} ` : ""}kosong atau nol, sehingga capaian anggarannya tidak dapat dihitung.`,
      );
      return null;
    }
    const v = capaianAnggaran(pg, real)!;
    ctx.derive(row.capaian, v, "persen", "Capaian (%)", note);
    return v;
  };

  const subFigures: SubFigures[] = [];
  const subKinerja: (Decimal | null)[] = [];
  s.subs.forEach((x, j) => {
    const label = `sub kegiatan ${subLabel(s.index, j)}`;
    const row = x.cost;
    let cap: Decimal | null = null;
    let kin: Decimal | null = null;
    const real = subReal[j];
    const pg = subs[j].p;
    if (row) {
      cap = serapan(row, pg, real, label);
      const t = ctx.qty(row.t, "Target kinerja");
      const r = ctx.qty(row.r, "Realisasi kinerja");
      kin = kinerjaCell(ctx, row, t, r, pol, label);
      if (kin !== null && cap !== null)
        efisiensiCell(ctx, row, kin, cap, pg!, real!, settings);
    }
    subKinerja.push(kin);
    const paguResolved = expected32[j] ?? resolved23[j] ?? pg;
    subFigures.push({
      index: j,
      label: subLabel(s.index, j),
      name: name(x.rincian?.subKegiatan) || name(row?.sasaran),
      indikator: name(row?.indikator),
      // The pagu its capaian was computed from (3.2), else the rincian's (2.3).
      pagu: pg ?? resolved23[j],
      realisasi: real,
      capaianAnggaran: cap,
      kinerja: kin,
      jadwal: name(row?.jadwal) || name(x.rincian?.jadwal),
      doubtful: [],
      paguResolved,
      capaianAnggaranResolved:
        real && paguResolved && !paguResolved.isZero()
          ? real.div(paguResolved)
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

  let capAnggaran: Decimal | null = null;
  let kinerja32: Decimal | null = null;
  let efis: Efisiensi | null = null;
  if (c) {
    capAnggaran = serapan(c, pagu, realisasiRp, `sasaran ${no}`, () =>
      meanNote(
        c.capaian,
        costSubs.map((x) => x.sub.cost!.capaian),
      ),
    );
    const t = ctx.qty(c.t, "Target kinerja");
    let r = ctx.qty(c.r, "Realisasi kinerja");
    if (
      isEmpty(c.r) &&
      subKinerja.length > 0 &&
      subKinerja.every((k) => k !== null)
    ) {
      const mean = sum(subKinerja).div(subKinerja.length);
      ctx.derive(c.r, mean, "persen", "R");
      r = { v: mean, unit: "%", decimals: 2 };
    }
    kinerja32 = kinerjaCell(ctx, c, t, r, pol, `sasaran ${no}`);
    if (kinerja32 !== null && capAnggaran !== null)
      efis = efisiensiCell(
        ctx,
        c,
        kinerja32,
        capAnggaran,
        pagu!,
        realisasiRp!,
        settings,
      );
  } else if (pagu && realisasiRp)
    capAnggaran = capaianAnggaran(pagu, realisasiRp);

  // ---- Tabel 3.1 against 2.1 and 3.2.
  const T21 = ctx.qty(s.pk?.target, "Target");
  const cap31 = s.capaian;
  const T31 = ctx.qty(cap31?.target, "Target");
  const R31 = ctx.qty(cap31?.realisasi, "Realisasi");
  const T32 = c ? ctx.qty(c.t, "Target kinerja") : null;
  const R32 = c
    ? c.r && !isEmpty(c.r)
      ? ctx.qty(c.r, "Realisasi kinerja")
      : deriveMeanOf(subKinerja)
    : null;
  if (T31 && T21 && !sameQty(T31, T21)) {
    ctx.add(
      "TARGET_TIDAK_SESUAI",
      cap31!.target!,
      `Target sasaran ${no} di Tabel 3.1 sel ${cap31!.target!.address} tertulis ${cap31!.target!.text}, sedangkan Perjanjian Kinerja (Tabel 2.1 sel ${s.pk!.target!.address}) menetapkan ${s.pk!.target!.text}.`,
      qtyExpected(T21),
      T21.unit === "%" ? "persen" : "angka",
    );
  } else if (!T31 && T21 && ctx.isMalformed(cap31?.target)) {
    ctx.malformed(cap31!.target!, T21.unit === "%" ? null : T21.v, "Tabel 2.1");
  }
  const Tref = T31 ?? T21;
  // The Perjanjian Kinerja (2.1) is the authority for targets; without it, 3.1.
  const Tpk = T21 ?? T31;
  if (T32 && Tpk && !sameQty(T32, Tpk)) {
    const src = T21 ? "Perjanjian Kinerja (Tabel 2.1)" : "Tabel 3.1";
    ctx.add(
      "TARGET_TIDAK_SESUAI",
      c!.t!,
      `Target sasaran ${no} di Tabel 3.2 sel ${c!.t!.address} tertulis ${c!.t!.text}, berbeda dengan ${src} (${showQty(Tpk)}).`,
      qtyExpected(Tpk),
      Tpk.unit === "%" ? "persen" : "angka",
    );
  }
  if (R31 && R32 && !sameQty(R31, R32)) {
    ctx.add(
      "REALISASI_TIDAK_SESUAI",
      cap31!.realisasi!,
      `Realisasi kinerja sasaran ${no} di Tabel 3.1 sel ${cap31!.realisasi!.address} tertulis ${cap31!.realisasi!.text}, sedangkan Tabel 3.2 mencatat ${showQty(R32)}.`,
      qtyExpected(R32),
      R32.unit === "%" || R31.unit === "%" ? "persen" : "angka",
    );
  }
  let kinerja31: Decimal | null = null;
  if (cap31) {
    const tf = cap31.target ?? s.pk?.target ?? null;
    // Zero or nothing written; an unreadable target has its own finding. The capaian cell stays as it is.
    const noTarget = Tref ? Tref.v.isZero() : !tf || isBlankInput(tf);
    if (R31 && noTarget) {
      ctx.add(
        "TARGET_NOL",
        tf,
        `Target sasaran ${no}${tf ? ` di Tabel ${tf.table} sel ${tf.address}` : ""} kosong atau nol, sehingga capaiannya tidak dapat dihitung.`,
      );
    } else if (R31 && Tref) {
      kinerja31 = capaianOf(ctx, Tref, R31, cap31.realisasi, pol);
      if (kinerja31 !== null)
        ctx.derive(cap31.capaian, kinerja31, "persen", "Capaian");
    }
  }
  const capaianK = kinerja31 ?? kinerja32;
  // Where the tables disagree on target or realisasi, the Perjanjian Kinerja's target and 3.2's realisasi
  // (the findings point at 3.1 and 3.2's T) give the capaian the narrative states.
  const Tresolved = T21 ?? T31 ?? T32;
  const targetsDiffer = !!(
    (T31 && T21 && !sameQty(T31, T21)) ||
    (T32 && Tpk && !sameQty(T32, Tpk))
  );
  const realisasiDiffer = !!(R31 && R32 && !sameQty(R31, R32));
  const Rresolved = realisasiDiffer ? R32 : (R31 ?? R32);
  const capaianResolved =
    targetsDiffer || realisasiDiffer
      ? plainCapaian(Tresolved, Rresolved, pol)
      : capaianK;

  // The figures as the tables establish them, for a narrative that never states a figure marked wrong.
  const paguResolved =
    costSubs.length > 0 &&
    costSubs.length === subs.length &&
    costSubs.every((x) => expected32[x.sub.index] !== null)
      ? sum(costSubs.map((x) => expected32[x.sub.index]))
      : (groupTotal ?? pagu);
  const anyReal = subReal.some((x) => x !== null);
  const realisasiResolved = anyReal ? sum(subReal) : realisasiRp;
  const capAnggaranResolved =
    realisasiResolved && paguResolved && !paguResolved.isZero()
      ? realisasiResolved.div(paguResolved)
      : null;
  const kinerjaForEfisiensi =
    targetsDiffer || realisasiDiffer
      ? capaianResolved
      : (kinerja32 ?? capaianK);
  const efisResolved =
    c &&
    kinerjaForEfisiensi &&
    capAnggaranResolved &&
    paguResolved &&
    realisasiResolved
      ? efisiensi(
          settings.efisiensi,
          kinerjaForEfisiensi,
          capAnggaranResolved,
          paguResolved,
          realisasiResolved,
        )
      : efis;

  return {
    index: s.index,
    name: sasaranName,
    indikator:
      name(s.pk?.indikator) || name(cap31?.indikator) || name(c?.indikator),
    kegiatan: name(s.kegiatan),
    // Only figures that were read: an invalid cell (negative, an error) is never stated as fact.
    target: (T31 && name(cap31?.target)) || (T21 && name(s.pk?.target)) || "",
    realisasi:
      (R31 && name(cap31?.realisasi)) ||
      (R32 && !isEmpty(c?.r) && name(c?.r)) ||
      "",
    satuan: name(cap31?.satuan) || name(s.pk?.satuan),
    capaianKinerja: capaianK,
    predikat: capaianK ? predikat(capaianK, settings) : null,
    pagu,
    realisasiAnggaran: realisasiRp,
    capaianAnggaran: capAnggaran,
    efisiensi: efis,
    polaritas: pol,
    subs: subFigures,
    doubtful: [],
    targetQty: quantity(Tresolved),
    realisasiQty: quantity(Rresolved),
    capaianKinerjaResolved: capaianResolved,
    predikatResolved: capaianResolved
      ? predikat(capaianResolved, settings)
      : null,
    paguResolved,
    realisasiAnggaranResolved: realisasiResolved,
    capaianAnggaranResolved: capAnggaranResolved,
    efisiensiResolved: efisResolved,
    sources: refs({
      target: ref(cap31?.target ?? s.pk?.target ?? c?.t),
      realisasi: ref(cap31?.realisasi ?? c?.r),
      capaianKinerja: ref(kinerja31 !== null ? cap31?.capaian : c?.kinerja),
      pagu: ref(c?.pagu),
      anggaran: ref(s.anggaran?.anggaran),
      realisasiAnggaran: ref(c?.realisasi),
      capaianAnggaran: ref(c?.capaian),
      efisiensi: ref(c?.efisiensi),
    }),
  };
}
