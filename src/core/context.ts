// The checking context: findings (one per cell, first cause wins), derived cells, and readers of cell values.
import Decimal from "decimal.js";
import {
  Efisiensi,
  Polaritas,
  Settings,
  capaianKinerja,
  efisiensi,
} from "./capaian";
import { formatAngka, formatPersen } from "./format";
import {
  FindingCode,
  ROOT_CAUSE_STAGE,
  finding,
  shortName,
  Finding,
} from "./findings";
import { Field, Row } from "./model";
import { NumberParsed, isPercentFormat, sameAtPrecision } from "./number";
import { DerivedCell } from "./types";

export const FORMAT_UANG = "#,##0";
export const FORMAT_PERSEN = "0.00%";
/** A difference of percentages (efisiensi by the selisih method): 60.63 shows as `60,63 poin`. */
export const FORMAT_POIN = '0.00" poin"';

/** What a derived cell holds: money, a fraction shown as a percent, or percentage points. */
export type DerivedKind = "uang" | "persen" | "poin";

export interface Qty {
  v: Decimal;
  unit: string;
  decimals: number;
  high?: Decimal;
}

export const keyOf = (f: { sheet: string; address: string }) =>
  `${f.sheet}!${f.address}`;
const ZERO = new Decimal(0);
const PERCENT_LIMIT = new Decimal(1.5);
export const sum = (xs: (Decimal | null)[]) =>
  xs.reduce<Decimal>((acc, x) => (x ? acc.plus(x) : acc), ZERO);
/** A cell's text for names, jadwal and the narrative; a TRUE/FALSE cell says nothing there. */
export const name = (f: Field | undefined) =>
  f && typeof f.cell?.value !== "boolean" ? f.text : "";
export const rp = (d: Decimal) => formatAngka(d);

/** Plain numbers in a percent column: 67 means 67%, 0,67 means 67%. */
export function asPercent(n: NumberParsed): NumberParsed {
  if (n.unit === "%") return n;
  if (n.unit !== "") return n;
  return n.value.abs().gt(PERCENT_LIMIT)
    ? { ...n, value: n.value.div(100), high: n.high?.div(100), unit: "%" }
    : { ...n, unit: "%", decimals: Math.max(0, n.decimals - 2) };
}

const NO_NOTE = (): string => "";
/** A derived value as its finding states it (poin: already ×100). */
const showAs = (kind: DerivedKind, d: Decimal) =>
  kind === "persen"
    ? formatPersen(d)
    : kind === "poin"
      ? `${formatAngka(d)} poin`
      : rp(d);
const ONE_DOT_GROUP = /^\s*\d{1,3}\.\d{3}\s*$/;
/** Number formats a derived cell may keep: a percent format for percentages, a number format for money. */
export function compatibleFormat(
  numFmt: string | undefined,
  kind: DerivedKind,
): boolean {
  if (!numFmt || /^(general|@)$/i.test(numFmt.trim())) return false;
  if (kind === "poin") return /poin/i.test(numFmt) && !isPercentFormat(numFmt);
  const bare = numFmt.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (!/[0#]/.test(bare)) return false;
  if (kind === "persen") return isPercentFormat(numFmt);
  // Money: digits, not a percent and not a date or time.
  return !isPercentFormat(numFmt) && !/[dmyhs]/i.test(bare);
}

/** The format a derived cell gets: the user's compatible one, else one keeping the precision written, else ours. */
export function derivedFormat(
  numFmt: string | undefined,
  kind: DerivedKind,
  written: NumberParsed | null,
): string {
  if (compatibleFormat(numFmt, kind)) return numFmt!;
  if (kind === "poin") return FORMAT_POIN;
  if (written) {
    const d = Math.min(written.decimals, 4);
    const zeros = d > 0 ? "." + "0".repeat(d) : "";
    return kind === "persen" ? `0${zeros}%` : `#,##0${zeros}`;
  }
  return kind === "persen" ? FORMAT_PERSEN : FORMAT_UANG;
}

export class Ctx {
  readonly findings: Finding[] = [];
  readonly derived: DerivedCell[] = [];
  /** Cell → index in `findings` of the finding it holds. */
  private readonly reported = new Map<string, number>();
  private readonly malformedSeen = new Map<string, Field>();
  /** The first figure written with English separators (`1,004,422,800`): one info finding for the workbook. */
  english: Field | null = null;

  add(
    code: FindingCode,
    at: Field | null,
    message: string,
    expected: Decimal | number | string | null = null,
    kind?: "angka" | "persen",
  ): void {
    const f = finding(code, at, message, expected, kind);
    if (!at) {
      this.findings.push(f);
      return;
    }
    // One cell, one finding: the earliest root cause (ROOT_CAUSE_STAGE) wins, not the check that ran first;
    // between causes of one stage, the first reported.
    const k = keyOf(at);
    const held = this.reported.get(k);
    if (held === undefined) {
      this.reported.set(k, this.findings.length);
      this.findings.push(f);
    } else if (
      ROOT_CAUSE_STAGE[code] < ROOT_CAUSE_STAGE[this.findings[held].code]
    )
      this.findings[held] = f;
  }

  /** A number from an input cell; reports error values and text where a number is needed. */
  num(f: Field | undefined, what: string): Qty | null {
    if (!f) return null;
    const p = f.parsed;
    switch (p.kind) {
      case "number":
        if (p.english && !this.english) this.english = f;
        return { v: p.value, unit: p.unit, decimals: p.decimals, high: p.high };
      case "malformed":
        this.malformedSeen.set(keyOf(f), f);
        return null;
      case "error":
        this.add(
          "NILAI_TIDAK_VALID",
          f,
          `${what} di Tabel ${f.table} sel ${f.address} berisi galat Excel ${p.code}; isi dengan angka yang benar.`,
        );
        return null;
      case "text":
        this.add(
          "NILAI_TIDAK_VALID",
          f,
          `${what} di Tabel ${f.table} sel ${f.address} berisi teks "${shortName(p.text, 40)}", padahal yang dibutuhkan angka.`,
        );
        return null;
      default:
        return null;
    }
  }

  /** A target or realisasi kinerja: a number that cannot be negative. */
  qty(f: Field | undefined, what: string): Qty | null {
    const q = this.num(f, what);
    if (!q || !f) return q;
    if (q.v.isNegative() || q.high?.isNegative()) {
      this.add(
        "NILAI_TIDAK_VALID",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} bernilai negatif (${f.text}); target dan realisasi kinerja tidak boleh negatif.`,
      );
      return null;
    }
    return q;
  }

  money(f: Field | undefined, what: string): Decimal | null {
    const q = this.num(f, what);
    if (!q || !f) return null;
    if (q.unit !== "" && q.unit !== "rp") {
      this.add(
        "NILAI_TIDAK_VALID",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} tertulis "${f.text}", padahal yang dibutuhkan nilai rupiah.`,
      );
      return null;
    }
    if (q.v.isNegative()) {
      this.add(
        "NILAI_TIDAK_VALID",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} bernilai negatif (${f.text}); nilai anggaran tidak boleh negatif.`,
      );
      return null;
    }
    return q.v;
  }

  isMalformed(f: Field | undefined): f is Field {
    return !!f && f.parsed.kind === "malformed";
  }

  malformed(f: Field, expected: Decimal | null, source?: string): void {
    this.malformedSeen.delete(keyOf(f));
    const readings = f.parsed.kind === "malformed" ? f.parsed.readings : [];
    const rule =
      /\d\.\d{1,2}\./.test(f.text) ||
      /\.\d{1,2}$/.test(f.text) ||
      /\.\d{4,}/.test(f.text)
        ? "pemisah ribuan (titik) harus diikuti tepat tiga angka"
        : "penulisan angkanya tidak mengikuti format Indonesia (titik untuk ribuan, koma untuk desimal)";
    const hint = expected
      ? ` Menurut ${source ?? "tabel lain"}, seharusnya ${rp(expected)}.`
      : readings.length
        ? ` Kemungkinan maksudnya ${readings.map(rp).join(" atau ")}; periksa dan ketik ulang.`
        : "";
    this.add(
      "FORMAT_ANGKA",
      f,
      `Angka "${f.text}" di Tabel ${f.table} sel ${f.address} tidak dapat dibaca dengan pasti: ${rule}.${hint}`,
      expected,
      "angka",
    );
  }

  /** In a workbook that writes English separators, `1.500` can be read two ways: each is reported (§9). */
  sweepAmbiguous(fields: () => Iterable<Field>): void {
    // Only a workbook that writes English somewhere is searched: no cost for the usual Indonesian workbook.
    if (!this.english) return;
    for (const f of fields()) {
      if (f.parsed.kind !== "number" || f.parsed.decimals !== 0) continue;
      if (
        typeof f.cell?.value !== "string" ||
        !ONE_DOT_GROUP.test(f.cell.value)
      )
        continue;
      const id = f.parsed.value;
      this.add(
        "FORMAT_ANGKA",
        f,
        `Angka "${f.text}" di Tabel ${f.table} sel ${f.address} dapat dibaca dua cara: ${rp(id)} (titik sebagai pemisah ribuan) atau ${formatAngka(id.div(1000))} (titik desimal, seperti angka cara Inggris di sel ${this.english.address}). Dibaca ${rp(id)}; ketik ulang angkanya tanpa pemisah bila maksudnya lain.`,
      );
    }
  }

  sweepMalformed(): void {
    for (const f of [...this.malformedSeen.values()]) this.malformed(f, null);
  }

  /**
   * Records a derived cell (spec §5). A formula is the user's: never replaced, its result checked. Otherwise the
   * cell gets the computed number: silently when it already says that value (text becomes a number with a format
   * keeping the written precision), with CAPAIAN_TIDAK_SESUAI when it says something else.
   */
  derive(
    f: Field | undefined,
    value: Decimal,
    kind: DerivedKind,
    what: string,
    /** Said after the figures when the cell is reported; computed only then. */
    note: () => string = NO_NOTE,
  ): void {
    if (!f || !f.writable) return;
    // Points are the difference of two fractions ×100: 0.6063 is written as 60.63.
    const v = kind === "poin" ? value.times(100) : value;
    const rounded =
      kind === "persen"
        ? v.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
        : v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const p = f.parsed;
    const expectedKind = kind === "persen" ? "persen" : "angka";
    const written = p.kind === "number" ? writtenAs(p, kind) : null;
    const same =
      !!written &&
      (kind !== "persen" || written.unit === "%") &&
      sameAtPrecision(written, v);
    if (f.cell?.formula) {
      if (p.kind === "empty")
        this.add(
          "RUMUS_TANPA_HASIL",
          f,
          `${what} di Tabel ${f.table} sel ${f.address} berisi rumus yang belum mempunyai hasil (buku kerja belum dihitung ulang). Rumus tidak diubah; hasil hitung ${showAs(kind, rounded)}.`,
          rounded,
          expectedKind,
        );
      else if (!same)
        this.add(
          "RUMUS_TIDAK_SESUAI",
          f,
          `${what} di Tabel ${f.table} sel ${f.address} berisi rumus dengan hasil ${f.text}, sedangkan hasil hitung ${showAs(kind, rounded)}. Rumus tidak diubah; periksa rumusnya.`,
          rounded,
          expectedKind,
        );
      this.push(f, null, f.cell.numFmt ?? "General", what, false);
      return;
    }
    const numFmt = derivedFormat(f.cell?.numFmt, kind, same ? written : null);
    if (same && typeof f.cell?.value === "number" && numFmt === f.cell.numFmt) {
      this.push(f, null, numFmt, what, false);
      return;
    }
    if (!same && p.kind !== "empty") {
      this.add(
        "CAPAIAN_TIDAK_SESUAI",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} berisi ${f.text}, sedangkan hasil hitung ${showAs(kind, rounded)}.${note()} Hitung Capaian menggantinya dengan ${showAs(kind, rounded)}.`,
        rounded,
        expectedKind,
      );
    }
    this.push(f, rounded.toNumber(), numFmt, what, true);
  }

  private push(
    f: Field,
    value: number | null,
    numFmt: string,
    what: string,
    changed: boolean,
  ): void {
    this.derived.push({
      table: f.table,
      sheet: f.sheet,
      row: f.row,
      col: f.col,
      address: f.address,
      what,
      value: changed
        ? value
        : f.parsed.kind === "number"
          ? f.parsed.value.toNumber()
          : null,
      numFmt,
      previous: {
        value: f.cell?.value ?? null,
        text: f.text,
        numFmt: f.cell?.numFmt,
      },
      changed,
    });
  }
}

/**
 * A number already in a derived cell, in the cell's kind: a percent column reads 67 as 67%; a poin column
 * reads `60,63%` or 0.6063 in a percent format (an older Hitung wrote it so) as 60.63 points.
 */
function writtenAs(p: NumberParsed, kind: DerivedKind): NumberParsed {
  if (kind === "persen") return asPercent(p);
  if (kind === "poin" && p.unit === "%")
    return { ...p, value: p.value.times(100), unit: "" };
  return p;
}

export function sameQty(a: Qty, b: Qty): boolean {
  const pa = a.unit === "%" || b.unit === "%" ? toPct(a) : a;
  const pb = a.unit === "%" || b.unit === "%" ? toPct(b) : b;
  if (pa.unit !== pb.unit && pa.unit !== "" && pb.unit !== "") return false;
  const dec = Math.min(pa.decimals, pb.decimals) + (pa.unit === "%" ? 2 : 0);
  return (
    eqAt(pa.v, pb.v, dec) &&
    (!pa.high || !pb.high ? !pa.high && !pb.high : eqAt(pa.high, pb.high, dec))
  );
}

const eqAt = (x: Decimal, y: Decimal, dec: number) =>
  x
    .toDecimalPlaces(dec, Decimal.ROUND_HALF_UP)
    .eq(y.toDecimalPlaces(dec, Decimal.ROUND_HALF_UP));

export function toPct(q: Qty): Qty {
  const n = asPercent({
    kind: "number",
    value: q.v,
    unit: q.unit,
    decimals: q.decimals,
    high: q.high,
  });
  return { v: n.value, unit: n.unit, decimals: n.decimals, high: n.high };
}

export const showQty = (q: Qty) =>
  q.unit === "%"
    ? formatPersen(q.v) + (q.high ? `–${formatPersen(q.high)}` : "")
    : `${formatAngka(q.v)}${q.high ? "–" + formatAngka(q.high) : ""}${q.unit ? " " + q.unit : ""}`;

/** Capaian of R against T, with their units reconciled; reports a unit clash. */
export function capaianOf(
  ctx: Ctx,
  t: Qty | null,
  r: Qty | null,
  rField: Field | undefined,
  pol: Polaritas,
): Decimal | null {
  if (!t || !r) return null;
  let tt = t;
  let rr = r;
  if (t.unit === "%" || r.unit === "%") {
    tt = toPct(t);
    rr = toPct(r);
  }
  if (tt.unit !== rr.unit && tt.unit !== "" && rr.unit !== "") {
    ctx.add(
      "NILAI_TIDAK_VALID",
      rField ?? null,
      `Satuan realisasi (${rField?.text}) berbeda dengan satuan target (${showQty(t)}); capaian tidak dapat dihitung.`,
    );
    return null;
  }
  return capaianKinerja({ value: tt.v, high: tt.high }, rr.v, pol);
}

export const isEmpty = (f: Field | undefined) =>
  !!f && f.parsed.kind === "empty";

/** Empty or a lone dash: nothing written, as opposed to something unreadable. */
export const isBlankInput = (f: Field) =>
  f.parsed.kind === "empty" || f.parsed.kind === "dash";

export function deriveMeanOf(ks: (Decimal | null)[]): Qty | null {
  if (ks.length === 0 || ks.some((k) => k === null)) return null;
  return { v: sum(ks).div(ks.length), unit: "%", decimals: 2 };
}

export function qtyExpected(q: Qty): number {
  return q.unit === "%"
    ? q.v.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber()
    : q.v.toNumber();
}

export function kinerjaCell(
  ctx: Ctx,
  row: Row,
  t: Qty | null,
  r: Qty | null,
  pol: Polaritas,
  label: string,
): Decimal | null {
  if (!r) return null;
  if (!t || t.v.isZero()) {
    // An unreadable target has its own finding; only an empty or zero one is TARGET_NOL. The % cell stays as it is.
    if (row.t && (isBlankInput(row.t) || t)) {
      ctx.add(
        "TARGET_NOL",
        row.t,
        `Target kinerja ${label} di Tabel 3.2 sel ${row.t.address} kosong atau nol, sehingga capaian kinerjanya tidak dapat dihitung.`,
      );
    }
    return null;
  }
  const k = capaianOf(ctx, t, r, row.r, pol);
  if (k !== null) ctx.derive(row.kinerja, k, "persen", "% kinerja");
  return k;
}

export function efisiensiCell(
  ctx: Ctx,
  row: Row,
  kinerja: Decimal,
  anggaran: Decimal,
  pagu: Decimal,
  real: Decimal,
  settings: Settings,
): Efisiensi {
  const e = efisiensi(settings.efisiensi, kinerja, anggaran, pagu, real);
  if (e.value !== null)
    ctx.derive(
      row.efisiensi,
      e.value,
      settings.efisiensi === "selisih" ? "poin" : "persen",
      "Efisiensi",
    );
  return e;
}
