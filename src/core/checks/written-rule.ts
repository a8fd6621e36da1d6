// Which rule a form's own computed figure followed, where the form does not export what decides it: E-Sakip's
// `CAPAIAN (%)` is R/T or, for a negative indicator, (2T − R)/T (`hitungCapaianLakip`), and the sheet carries no
// indicator kind. A capaian written by the negative formula is read as a negative indicator, and said.
import Decimal from "decimal.js";
import { Polaritas } from "../capaian";
import { formatPersen } from "../format";
import { FormLayout } from "../forms";
import { Sasaran } from "../model";
import { sameAtPrecision } from "../number";
import { plainCapaian } from "./capaian-cells";
import { Ctx } from "./context";

/** The polarity the written capaian shows, for a form that says so by its figures only; null: the default applies. */
export function polarityWritten(
  ctx: Ctx,
  s: Sasaran,
  layout: FormLayout | undefined,
): Polaritas | null {
  const row = s.capaian;
  if (!row?.capaian || !layout?.polarityFromCapaian) return null;
  const target = ctx.qty(row.target, "Target");
  const realisasi = ctx.qty(row.realisasi, "Realisasi");
  if (!target || !realisasi) return null;
  const written = ctx.percentOf(row.capaian);
  if (!written) {
    // Without the capaian the form computed, whether the indicator is negative is not known: no capaian is made.
    ctx.add(
      "CATATAN_FORMULIR",
      row.capaian,
      `Capaian di sel ${row.capaian.address} tidak terbaca sebagai angka, dan lembar ini tidak menyebut apakah indikatornya negatif (capaian = (2 × target − realisasi) / target) atau biasa (realisasi / target); capaiannya tidak dihitung dan tidak disebut. Tentukan sasaran yang negatif (--negatif atau pengaturan di panel), atau isi capaiannya seperti di aplikasi asalnya.`,
    );
    ctx.dispute(row.realisasi!);
    return null;
  }
  const positive = plainCapaian(target, realisasi, "positif");
  const negative = plainCapaian(target, realisasi, "negatif");
  if (!negative || !positive || negative.eq(positive)) return null;
  if (!sameAtPrecision(written, negative) || sameAtPrecision(written, positive))
    return null;
  ctx.add(
    "CATATAN_FORMULIR",
    row.capaian,
    `Capaian di sel ${row.capaian.address} (${row.capaian.text}) dihitung dengan rumus indikator negatif (makin kecil makin baik): (2 × target − realisasi) / target = ${formatPersen(negative)}; dengan rumus biasa ${formatPersen(positive)}. Lembar ini tidak menyebut jenis indikatornya, jadi baris ini dibaca sebagai indikator negatif. Bila bukan, tentukan sendiri sasaran yang negatif (--negatif atau pengaturan di panel); pilihan itu menggantikan bacaan ini.`,
  );
  return "negatif";
}

/** When a written capaian is 10, 100 or 1000 times the computed one: the likely cause, for the finding's message. */
export function scaleNote(
  written: string,
  computed: Decimal,
  shown: Decimal | null,
): string {
  if (!shown || computed.isZero()) return "";
  const ratio = shown.div(computed);
  for (const k of [10, 100, 1000])
    if (
      ratio
        .minus(k)
        .abs()
        .lt(k * 0.005)
    )
      return ` Angka ${written} kira-kira ${k} kali hasil hitung: kemungkinan titik desimal realisasinya dibaca sebagai pemisah ribuan oleh aplikasi asalnya (83.5 menjadi 835).`;
  return "";
}
