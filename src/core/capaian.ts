// The formulas of efisiensi.md: capaian kinerja by polarity, serapan anggaran, efisiensi, predikat.
import Decimal from "decimal.js";

export type Polaritas = "positif" | "negatif";
export type MetodeEfisiensi = "selisih" | "rasio" | "sisa";

export interface Band {
  /** Lower bound as a fraction (0.91 = 91%). */
  min: number;
  label: string;
}

export const SKALA_PREDIKAT: Record<string, { title: string; bands: Band[] }> =
  {
    permendagri86: {
      title: "Permendagri 86/2017 (lima kategori)",
      bands: [
        { min: 0.91, label: "Sangat Tinggi" },
        { min: 0.76, label: "Tinggi" },
        { min: 0.66, label: "Sedang" },
        { min: 0.51, label: "Rendah" },
        { min: 0, label: "Sangat Rendah" },
      ],
    },
  };

export interface Settings {
  /** Polarity per sasaran number ("1", "2", …); positif when absent. */
  polaritas: Record<string, Polaritas>;
  efisiensi: MetodeEfisiensi;
  /** A key of SKALA_PREDIKAT, or bands of the user's own. */
  predikat: string | Band[];
  /** Length of Buat Narasi: BAB III only, or sections 2.2, 2.3 and BAB III. */
  narasi: "ringkas" | "lengkap";
}

export const DEFAULT_SETTINGS: Settings = {
  polaritas: {},
  efisiensi: "selisih",
  predikat: "permendagri86",
  narasi: "lengkap",
};

export function withDefaults(s?: Partial<Settings>): Settings {
  return {
    polaritas: { ...(s?.polaritas ?? {}) },
    efisiensi:
      s?.efisiensi === "rasio" || s?.efisiensi === "sisa"
        ? s.efisiensi
        : "selisih",
    predikat: s?.predikat ?? "permendagri86",
    narasi: s?.narasi === "ringkas" ? "ringkas" : "lengkap",
  };
}

export interface Target {
  value: Decimal;
  /** Upper bound of a range target (`5,80–6,00`). */
  high?: Decimal;
}

/** Capaian kinerja as a fraction; null when the target is zero (no division by zero, ever). */
export function capaianKinerja(
  t: Target,
  r: Decimal,
  polaritas: Polaritas = "positif",
): Decimal | null {
  let target = t.value;
  if (t.high) {
    // A range: within it the target is met; outside, measure against the nearer bound.
    if (r.gte(t.value) && r.lte(t.high)) return new Decimal(1);
    target = r.gt(t.high) ? t.high : t.value;
  }
  if (target.isZero()) return null;
  if (polaritas === "negatif") {
    const v = target.times(2).minus(r).div(target);
    return Decimal.max(v, 0);
  }
  return r.div(target);
}

/** Serapan anggaran: realisasi / pagu; null for a zero pagu. */
export function capaianAnggaran(
  pagu: Decimal,
  realisasi: Decimal,
): Decimal | null {
  return pagu.isZero() ? null : realisasi.div(pagu);
}

export interface Efisiensi {
  /**
   * The value, or null when none applies: by the selisih method a difference of fractions (0.6063, written to the
   * cell as 60,63 poin), by the other methods a fraction shown as a percent.
   */
  value: Decimal | null;
  /** The reading in words by the method's scale: efisien, cukup efisien, … */
  reading: string;
  /**
   * What the report says: the reading where the period allows a verdict (a year, triwulan IV), else
   * "belum dapat dinilai" (efisiensi.md). Every output (narrative, Tabel 3.2 in the .docx) states this one.
   */
  verdict: string;
}

/** The verdict every output states while the budget's period is not over (triwulan I–III). */
export const BELUM_DINILAI = "belum dapat dinilai";

/** Efisiensi by the chosen method (efisiensi.md). */
export function efisiensi(
  metode: MetodeEfisiensi,
  kinerja: Decimal,
  anggaran: Decimal,
  pagu: Decimal,
  realisasi: Decimal,
): Efisiensi {
  const e = efisiensiReading(metode, kinerja, anggaran, pagu, realisasi);
  return { ...e, verdict: e.reading };
}

function efisiensiReading(
  metode: MetodeEfisiensi,
  kinerja: Decimal,
  anggaran: Decimal,
  pagu: Decimal,
  realisasi: Decimal,
): Omit<Efisiensi, "verdict"> {
  if (kinerja.isZero() && realisasi.isZero())
    return { value: null, reading: "belum ada realisasi" };
  if (metode === "rasio") {
    if (kinerja.isZero())
      return {
        value: null,
        reading: "tidak dapat dihitung (capaian kinerja 0%)",
      };
    const v = anggaran.div(kinerja);
    const reading = v.gte(1)
      ? "tidak efisien"
      : v.gte(0.9)
        ? "kurang efisien"
        : v.gte(0.8)
          ? "cukup efisien"
          : v.gte(0.6)
            ? "efisien"
            : "sangat efisien";
    return { value: v, reading };
  }
  if (metode === "sisa") {
    if (kinerja.lt(1))
      return {
        value: null,
        reading: "belum dihitung (target kinerja belum tercapai)",
      };
    if (pagu.isZero())
      return { value: null, reading: "tidak dapat dihitung (pagu nol)" };
    const v = pagu.minus(realisasi).div(pagu);
    return {
      value: v,
      reading: v.gt(0) ? "efisien" : "tidak ada sisa anggaran",
    };
  }
  const v = kinerja.minus(anggaran);
  const reading = v.gt(0.05)
    ? "efisien"
    : v.gte(-0.05)
      ? "cukup efisien"
      : "tidak efisien";
  return { value: v, reading };
}

export const METODE_TITLE: Record<MetodeEfisiensi, string> = {
  selisih: "selisih capaian kinerja dan capaian anggaran",
  rasio:
    "rasio capaian anggaran terhadap capaian kinerja (Kepmendagri 690.900-327/1996)",
  sisa: "sisa anggaran atas target yang tercapai",
};

export function bandsOf(s: Settings): Band[] {
  if (Array.isArray(s.predikat))
    return [...s.predikat].sort((a, b) => b.min - a.min);
  return (SKALA_PREDIKAT[s.predikat] ?? SKALA_PREDIKAT.permendagri86).bands;
}

/** Band bounds as decimals, made once per bound (a comparison with a number would make one per call). */
const BOUNDS = new Map<number, Decimal>();
const bound = (min: number): Decimal => {
  let d = BOUNDS.get(min);
  if (!d) BOUNDS.set(min, (d = new Decimal(min)));
  return d;
};

export function predikat(capaian: Decimal, s: Settings): string {
  const bands = bandsOf(s);
  for (const b of bands) if (capaian.gte(bound(b.min))) return b.label;
  return bands[bands.length - 1]?.label ?? "";
}
