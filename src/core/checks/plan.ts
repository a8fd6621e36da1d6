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
 * The deviasi a RAK written rounded allows: every RAK that rounds to it gives a deviasi in a range; the value is
 * stated at the finest precision the whole range agrees on (41,67% and 34,67% give 16,8%, never a made-up 16,81%).
 */
function deviasiOfRounded(
  rak: NumberParsed,
  dev: (k: Decimal) => Decimal,
): Decimal {
  const h = halfUnit(rak);
  const a = dev(rak.value.minus(h));
  const b = dev(rak.value.plus(h));
  for (let d = 4; d >= 0; d--) {
    const x = a.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
    if (x.eq(b.toDecimalPlaces(d, Decimal.ROUND_HALF_UP))) return x;
  }
  return dev(rak.value);
}

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
  const want = exact ? dev(exact) : deviasiOfRounded(rak, dev);
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

/**
 * The cash planned from January to the report's month over the pagu (the RAK as the form computes it): the row's
 * own Anggaran Kas, or for a row that adds up others and has none (a program, a bidang), that of the rows under it.
 */
function plannedShare(
  ctx: Ctx,
  report: Report,
  row: Row,
  under: Row[],
  pagu: Decimal,
): Decimal | null {
  const t = report.read.tables["3.2"]!;
  const bulan = report.read.period.bulan;
  const kas = t.choices.find((c) => c.key === "kas");
  if (!bulan || !kas?.parts) return null;
  const months = kas.parts.filter((x) => x.n! <= bulan);
  const own = months.some((p) => !isBlankInput(fieldAt(t, row.row, p.col)));
  let total = new Decimal(0);
  for (const r of own || under.length === 0 ? [row] : under)
    for (const p of months) {
      const f = fieldAt(t, r.row, p.col);
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
  const t = report.read.tables["3.2"];
  if (!t?.form) return;
  // A form's program row adds up its rows even when none is under it here; only a sub kegiatan is typed.
  const coded = !!t.form.layout.codes;
  const subsOf = (i: number) =>
    (report.sasaran[i]?.subs ?? [])
      .map((x) => x.cost)
      .filter((r): r is Row => !!r);
  const rows: { row: Row; leaf: boolean; under: Row[] }[] = [];
  report.sasaran.forEach((s, i) => {
    const under = subsOf(i);
    if (s.cost)
      rows.push({ row: s.cost, leaf: !coded && under.length === 0, under });
    for (const r of under) rows.push({ row: r, leaf: true, under: [] });
  });
  for (const g of report.groups)
    rows.push({
      row: g.row,
      leaf: false,
      under: g.subs
        .map((j) => report.sasaran[g.owner]?.subs[j]?.cost)
        .filter((r): r is Row => !!r),
    });
  for (const x of report.totals)
    rows.push({ row: x.row, leaf: false, under: x.covers.flatMap(subsOf) });
  for (const { row, leaf, under } of rows) {
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
        plannedShare(ctx, report, row, under, used),
      );
    }
    fisik(ctx, row, pagu, leaf);
  }
}
