// Indonesian figures: Rp 1.234.567,50, 22,22%, and numbers in words (KBBI: seribu, sebelas, miliar).
import Decimal from "decimal.js";

/** The number formats the tool writes where the user's own does not fit: money and percentages. */
export const FORMAT_UANG = "#,##0";
export const FORMAT_PERSEN = "0.00%";
/** A difference of percentages (efisiensi by the selisih method): 60.63 shows as `60,63 poin`. */
export const FORMAT_POIN = '0.00" poin"';

/** What a derived cell holds: money, a fraction shown as a percent, or percentage points (efisiensi.md). */
export type DerivedKind = "uang" | "persen" | "poin";

/** `1234567` → `1.234.567` (digits only). */
export function groupThousands(intDigits: string): string {
  const n = intDigits.length;
  if (n <= 3) return intDigits;
  const head = n % 3 || 3;
  let out = intDigits.slice(0, head);
  for (let i = head; i < n; i += 3) out += "." + intDigits.slice(i, i + 3);
  return out;
}

/** 1234567.5 → `1.234.567,50`; whole amounts without sen: `600.000`. */
export function formatAngka(d: Decimal, maxDecimals = 2): string {
  const neg = d.isNegative() && !d.isZero();
  const r = d.abs().toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  const [i, f] = r.toFixed(r.isInteger() ? 0 : maxDecimals).split(".");
  return (neg ? "-" : "") + groupThousands(i) + (f ? "," + f : "");
}

/** `Rp 600.000`, `Rp 1.234.567,50`. */
export function formatRupiah(d: Decimal): string {
  const neg = d.isNegative() && !d.isZero();
  return (neg ? "-" : "") + "Rp " + formatAngka(d.abs());
}

/** A fraction as a percentage with a decimal comma and at most two decimals: 0.2222… → `22,22%`, 0.67 → `67%`. */
export function formatPersen(fraction: Decimal, maxDecimals = 2): string {
  const p = fraction
    .times(100)
    .toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  const s = p.toFixed().replace(".", ",");
  return `${s === "-0" ? "0" : s}%`;
}

/** Percentage points, for efisiensi selisih: 60,59 poin. */
export function formatPoin(fraction: Decimal): string {
  return formatPersen(fraction).replace("%", "");
}

const SATUAN = [
  "nol",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "sebelas",
];

function below1000(n: number): string {
  if (n < 12) return SATUAN[n];
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return `${SATUAN[t]} puluh${u ? " " + SATUAN[u] : ""}`;
  }
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return `${h === 1 ? "seratus" : SATUAN[h] + " ratus"}${rest ? " " + below1000(rest) : ""}`;
}

const SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];

/** Whole numbers in Indonesian words: 1000 → `seribu`, 11 → `sebelas`, 1e9 → `satu miliar`. */
export function terbilang(value: number | Decimal): string {
  const d = new Decimal(value).truncated();
  if (d.isNegative() && !d.isZero()) return `minus ${terbilang(d.abs())}`;
  if (d.isZero()) return "nol";
  const digits = d.toFixed(0);
  if (digits.length > SCALES.length * 3) return digits;
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    const scale = SCALES[groups.length - 1 - i];
    if (scale === "ribu" && g === 1) words.push("seribu");
    else words.push(scale ? `${below1000(g)} ${scale}` : below1000(g));
  });
  return words.join(" ");
}

/** `2 (dua)` for small counts, as reports write them; larger counts as digits. */
export function jumlahKata(n: number): string {
  return n <= 12 ? `${n} (${terbilang(n)})` : formatAngka(new Decimal(n));
}

/** Month names, January first. */
export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** A calendar date the Indonesian way: 15 Juli 2024 (month 1–12). */
export function formatTanggal(
  year: number,
  month: number,
  day: number,
): string {
  return `${day} ${BULAN[month - 1] ?? ""} ${year}`;
}
