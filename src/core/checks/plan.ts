// What the RFK carries besides pagu and realisasi (forms.ts: its parts), checked by the form's own header formulas:
// which pagu the capaian is over when the RKA and the DPA differ (`10 = (9 / 8) * 100`, though wp-sipd without
// SIMDA divides by the RKA), Deviasi `12 = ((11-10)/11) * 100` (relative to the plan, not capaian − RAK), Realisasi
// Fisik within 0–100%, and Nilai Realisasi Fisik `14 = (8 * 13) / 100` (for rows that add up others, 13 = 14 / 8).
import Decimal from "decimal.js";
import { Report, Row, fieldAt } from "../model";
import { NumberParsed, sameAtPrecision } from "../number";
import { formatPersen } from "../format";
import { Ctx, isBlankInput, rp } from "./context";

const read = (ctx: Ctx, f: Row["pagu"], what: string) =>
  f && !isBlankInput(f) ? ctx.money(f, what) : null;

/**
 * The pagu a row's capaian is over: the form's (column 8), unless the row's second pagu differs and the capaian
 * written is the realisasi over that one (wp-sipd without SIMDA divides by the RKA SIPD); which one is said.
 */
export function capaianPagu(
  ctx: Ctx,
  row: Row,
  pagu: Decimal,
  realisasi: Decimal,
): Decimal {
  const other = read(ctx, row.paguLain, "Pagu RKA");
  if (!other || other.eq(pagu) || other.isZero() || !row.paguLain) return pagu;
  const written = row.capaian ? ctx.percentOf(row.capaian) : null;
  const byOther =
    !!written &&
    sameAtPrecision(written, realisasi.div(other)) &&
    !(!pagu.isZero() && sameAtPrecision(written, realisasi.div(pagu)));
  const used = byOther ? other : pagu;
  ctx.add(
    "CATATAN_FORMULIR",
    row.paguLain,
    `Pagu di sel ${row.paguLain.address} (${rp(other)}) berbeda dengan pagu di sel ${row.pagu!.address} (${rp(pagu)}) pada baris ini. ${
      byOther
        ? `Capaian di sel ${row.capaian!.address} (${row.capaian!.text}) ditulis terhadap pagu sel ${row.paguLain.address}, seperti wp-sipd menghitungnya tanpa SIMDA; pagu itu yang dipakai untuk capaian baris ini.`
        : `Capaian dihitung terhadap pagu sel ${row.pagu!.address}, sesuai rumus judul kolomnya (10 = (9 / 8) * 100).`
    }`,
  );
  return used;
}

/** A rounded percentage as written stands for every value that rounds to it: its half-unit, as a fraction. */
const halfUnit = (p: NumberParsed) =>
  new Decimal(10)
    .pow(-p.decimals)
    .div(2)
    .div(p.unit === "%" ? 100 : 1);

/**
 * Rule: Deviasi = (RAK − capaian) / RAK, with the capaian exact and the RAK exact where the row's Anggaran Kas gives
 * it (planned January to the report's month over the pagu, when that rounds to the RAK written), else as written.
 */
function deviasi(
  ctx: Ctx,
  row: Row,
  capaian: Decimal,
  planned: Decimal | null,
): void {
  if (!row.deviasi || !row.rak || isBlankInput(row.rak)) return;
  const rak = ctx.percentInput(row.rak, "RAK");
  if (!rak) return;
  const dev = (k: Decimal) =>
    k.isZero() ? new Decimal(0) : k.minus(capaian).div(k);
  const exact = planned && sameAtPrecision(rak, planned) ? planned : null;
  const want = dev(exact ?? rak.value);
  const written = ctx.percentOf(row.deviasi);
  if (written && !rak.value.isZero()) {
    // The plugin divides unrounded figures: any RAK that rounds to the one written may be behind it.
    const h = halfUnit(rak);
    const [a, b] = [dev(rak.value.minus(h)), dev(rak.value.plus(h))];
    const lo = Decimal.min(a, b).minus(halfUnit(written));
    const hi = Decimal.max(a, b).plus(halfUnit(written));
    if (written.value.gte(lo) && written.value.lte(hi)) {
      ctx.derive(row.deviasi, written.value, "persen", "Deviasi (%)");
      return;
    }
  }
  const difference = rak.value.minus(capaian);
  ctx.derive(row.deviasi, want, "persen", "Deviasi (%)", () =>
    written && sameAtPrecision(written, difference)
      ? ` Angka ${row.deviasi!.text} adalah selisih RAK − capaian (${formatPersen(rak.value)} − ${formatPersen(capaian)}); rumus formulir 12 = ((11-10)/11) * 100 membaginya dengan RAK.`
      : "",
  );
}

/** Rule: realisasi fisik is 0–100%; its rupiah value is the pagu × fisik, or for a row adding up others, fisik = nilai / pagu. */
function fisik(ctx: Ctx, row: Row, pagu: Decimal, leaf: boolean): void {
  if (!row.fisik || isBlankInput(row.fisik)) return;
  const f = ctx.percentInput(row.fisik, "Realisasi fisik");
  if (!f) return;
  if (leaf && (f.value.isNegative() || f.value.gt(1))) {
    ctx.add(
      "NILAI_TIDAK_VALID",
      row.fisik,
      `Realisasi fisik di Tabel ${row.fisik.table} sel ${row.fisik.address} tertulis ${row.fisik.text}%, padahal realisasi fisik hanya 0–100%.`,
    );
    return;
  }
  if (leaf)
    ctx.derive(
      row.nilaiFisik,
      pagu.times(f.value),
      "uang",
      "Nilai Realisasi Fisik",
    );
  else {
    const nilai = read(ctx, row.nilaiFisik, "Nilai Realisasi Fisik");
    if (nilai && !pagu.isZero())
      ctx.derive(row.fisik, nilai.div(pagu), "persen", "Realisasi Fisik (%)");
  }
}

/** The cash planned from January to the report's month over the pagu (the RAK as the form computes it), or null. */
function plannedShare(
  ctx: Ctx,
  report: Report,
  row: Row,
  pagu: Decimal,
): Decimal | null {
  const t = report.read.tables["3.2"]!;
  const bulan = report.read.period.bulan;
  const kas = t.choices.find((c) => c.key === "kas");
  if (!bulan || !kas?.parts) return null;
  let total = new Decimal(0);
  for (const p of kas.parts.filter((x) => x.n! <= bulan)) {
    const f = fieldAt(t, row.row, p.col);
    if (isBlankInput(f)) continue;
    const v = ctx.money(f, "Anggaran Kas");
    if (v === null) return null;
    total = total.plus(v);
  }
  return total.isZero() ? null : total.div(pagu);
}

/** Rule: E-Sakip's EFISIENSI (Rp) is the anggaran left: anggaran − realisasi. Typed by hand there: checked, never written. */
function sisa(ctx: Ctx, row: Row, pagu: Decimal, realisasi: Decimal): void {
  if (!row.sisa || isBlankInput(row.sisa)) return;
  const shown = ctx.num(row.sisa, "Efisiensi (Rp)");
  const want = pagu.minus(realisasi);
  if (!shown || shown.v.eq(want)) return;
  ctx.add(
    "SISA_ANGGARAN_TIDAK_SESUAI",
    row.sisa,
    `Efisiensi (sisa anggaran) di Tabel ${row.sisa.table} sel ${row.sisa.address} tertulis ${rp(shown.v)}, sedangkan anggaran − realisasi baris ini ${rp(pagu)} − ${rp(realisasi)} = ${rp(want)}. Sel ini diisi tangan di aplikasi asalnya, jadi tidak diubah Hitung; periksa ketiga angkanya.`,
    want,
    "angka",
  );
}

/** Every row of Tabel 3.2 that carries RAK, deviasi or fisik (the RFK's), or a sisa anggaran (E-Sakip's). */
export function checkPlan(ctx: Ctx, report: Report): void {
  if (!report.read.tables["3.2"]?.form) return;
  const rows: { row: Row; leaf: boolean }[] = [];
  for (const s of report.sasaran) {
    if (s.cost) rows.push({ row: s.cost, leaf: s.subs.length === 0 });
    for (const x of s.subs) if (x.cost) rows.push({ row: x.cost, leaf: true });
  }
  for (const g of report.groups) rows.push({ row: g.row, leaf: false });
  for (const t of report.totals) rows.push({ row: t.row, leaf: false });
  for (const { row, leaf } of rows) {
    const pagu = read(ctx, row.pagu, "Pagu");
    const realisasi = read(ctx, row.realisasi, "Realisasi (Rp)");
    if (!pagu || pagu.isZero()) continue;
    if (realisasi) sisa(ctx, row, pagu, realisasi);
    if (realisasi) {
      const used = capaianPagu(ctx, row, pagu, realisasi);
      deviasi(
        ctx,
        row,
        realisasi.div(used),
        plannedShare(ctx, report, row, used),
      );
    }
    fisik(ctx, row, pagu, leaf);
  }
}
