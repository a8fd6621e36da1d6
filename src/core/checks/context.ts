// The checking context: findings (one per cell, first cause wins), derived cells, and readers of cell values.
import Decimal from "decimal.js";
import { DerivedCell } from "../cell";
import {
  FindingCode,
  ROOT_CAUSE_STAGE,
  finding,
  shortName,
  Finding,
} from "../findings";
import { DerivedKind, formatAngka, formatPersen } from "../format";
import { isExcelError } from "../grid";
import { Field } from "../model";
import {
  NO_RESULT,
  NumberParsed,
  noCachedResult,
  sameAtPrecision,
  scaleOf,
  scaled,
} from "../number";
import { derivedFormat } from "./number-format";
import { Qty, asPercent } from "./quantity";

export const keyOf = (f: { sheet: string; address: string }) =>
  `${f.sheet}!${f.address}`;
/** A cell's text for names, jadwal and the narrative; a TRUE/FALSE cell or an Excel error says nothing there. */
export const name = (f: Field | undefined) =>
  f &&
  typeof f.cell?.value !== "boolean" &&
  !(f.cell && isExcelError(f.cell.value))
    ? f.text
    : "";
export const rp = (d: Decimal) => formatAngka(d);

export const isEmpty = (f: Field | undefined) =>
  !!f && f.parsed.kind === "empty";

/** Empty or a lone dash: nothing written, as opposed to something unreadable. */
export const isBlankInput = (f: Field) =>
  f.parsed.kind === "empty" || f.parsed.kind === "dash";

const NO_NOTE = (): string => "";
const ZERO = new Decimal(0);
/** A derived value as its finding states it (points already ×100). */
const showAs = (kind: DerivedKind, d: Decimal) =>
  kind === "persen"
    ? formatPersen(d)
    : kind === "poin"
      ? `${formatAngka(d)} poin`
      : rp(d);
const ONE_DOT_GROUP = /^\s*\d{1,3}\.\d{3}\s*$/;

/** A derived value rounded as it is written: percentages to four places of the fraction, money and points to two. */
const roundDerived = (value: Decimal, kind: DerivedKind) =>
  kind === "persen"
    ? value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
    : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * The number a cell already shows, read as the derived value's kind: a plain number in a percent column is a %;
 * in a poin column `60,63%` or 0,6063 in a percent format (an older Hitung wrote it so) is 60,63 points.
 */
function writtenAs(f: Field, kind: DerivedKind): NumberParsed | null {
  const p = f.parsed;
  if (p.kind !== "number") return null;
  if (kind === "persen") return asPercent(p);
  if (kind === "poin" && p.unit === "%")
    return { ...p, value: p.value.times(100), unit: "" };
  return p;
}

export class Ctx {
  readonly findings: Finding[] = [];
  readonly derived: DerivedCell[] = [];
  /** Cell → index in `findings` of the finding it holds. */
  private readonly reported = new Map<string, number>();
  private readonly malformedSeen = new Map<string, Field>();
  /** The first figure written with English separators (`1,004,422,800`): one info finding for the workbook. */
  english: Field | null = null;
  /** Cells whose unit word scaled their figure, each said once (ANGKA_BERSATUAN). */
  private readonly scaledSeen = new Set<string>();

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
        if (p.scale) this.saidScaled(f, p);
        return { v: p.value, unit: p.unit, decimals: p.decimals, high: p.high };
      case "malformed":
        this.malformedSeen.set(keyOf(f), f);
        return null;
      case "error":
        // A formula with no cached result: reported by reportNoResult, wherever it sits.
        if (p.code === NO_RESULT) return null;
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
    // `1,2 M` in a money column: the letter is a scale there (miliar), and said so.
    const power = q.unit !== "rp" ? scaleOf(q.unit, true) : null;
    if (power !== null) {
      const n = scaled(
        { kind: "number", value: q.v, unit: "", decimals: q.decimals },
        power,
        q.unit,
        true,
      );
      this.saidScaled(f, n);
      return n.value.isNegative() ? this.negativeMoney(f, what) : n.value;
    }
    if (q.unit !== "" && q.unit !== "rp") {
      this.add(
        "NILAI_TIDAK_VALID",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} tertulis "${f.text}", padahal yang dibutuhkan nilai rupiah.`,
      );
      return null;
    }
    return q.v.isNegative() ? this.negativeMoney(f, what) : q.v;
  }

  private negativeMoney(f: Field, what: string): null {
    this.add(
      "NILAI_TIDAK_VALID",
      f,
      `${what} di Tabel ${f.table} sel ${f.address} bernilai negatif (${f.text}); nilai anggaran tidak boleh negatif.`,
    );
    return null;
  }

  /** A figure its unit word scaled (`Rp 0,6 juta` → 600.000): read, and said once per cell (spec §4). */
  private saidScaled(f: Field, n: NumberParsed): void {
    const k = keyOf(f);
    if (this.scaledSeen.has(k)) return;
    this.scaledSeen.add(k);
    const shown = n.unit === "rp" ? `Rp ${rp(n.value)}` : rp(n.value);
    this.findings.push(
      finding(
        "ANGKA_BERSATUAN",
        f,
        `Angka "${f.text}" di Tabel ${f.table} sel ${f.address} dibaca ${shown}: kata "${n.scale}" berarti ${rp(new Decimal(10).pow(scaleOf(n.scale!, true) ?? 0))}. Bila bukan itu maksudnya, ketik angkanya lengkap.`,
      ),
    );
  }

  isMalformed(f: Field | undefined): f is Field {
    return !!f && f.parsed.kind === "malformed";
  }

  malformed(f: Field, expected: Decimal | null, source?: string): void {
    this.malformedSeen.delete(keyOf(f));
    const readings = f.parsed.kind === "malformed" ? f.parsed.readings : [];
    const word = f.parsed.kind === "malformed" ? f.parsed.word : undefined;
    const rule = word
      ? `kata "${word}" sesudah angkanya bukan satuan rupiah yang dikenal (ribu, juta, miliar)`
      : /\d\.\d{1,2}\./.test(f.text) ||
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

  /** One info finding for a workbook that writes English separators, naming the first such figure. */
  reportEnglish(): void {
    const f = this.english;
    if (!f) return;
    const value = f.parsed.kind === "number" ? f.parsed.value : ZERO;
    this.findings.push(
      finding(
        "ANGKA_INGGRIS",
        f,
        `Buku kerja ini menulis angka dengan pemisah cara Inggris (koma untuk ribuan, titik untuk desimal), misalnya "${f.text}" di sel ${f.address}. Angka yang jelas maknanya dibaca begitu (${f.text} = ${formatAngka(value)}); angka yang dapat dibaca dua cara dilaporkan sendiri-sendiri.`,
      ),
    );
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
    // Points are a difference of two fractions ×100: 0.6063 is written as 60.63.
    const v = kind === "poin" ? value.times(100) : value;
    const rounded = roundDerived(v, kind);
    const written = writtenAs(f, kind);
    const same =
      !!written &&
      (kind !== "persen" || written.unit === "%") &&
      sameAtPrecision(written, v);
    if (f.cell?.formula) {
      this.checkFormula(f, rounded, kind, what, same);
      return;
    }
    const numFmt = derivedFormat(f.cell?.numFmt, kind, same ? written : null);
    if (same && typeof f.cell?.value === "number" && numFmt === f.cell.numFmt) {
      this.push(f, null, numFmt, what, false);
      return;
    }
    if (!same && f.parsed.kind !== "empty") {
      this.add(
        "CAPAIAN_TIDAK_SESUAI",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} berisi ${f.text}, sedangkan hasil hitung ${showAs(kind, rounded)}.${note()} Hitung Capaian menggantinya dengan ${showAs(kind, rounded)}.`,
        rounded,
        kind === "persen" ? "persen" : "angka",
      );
    }
    this.push(f, rounded.toNumber(), numFmt, what, true);
  }

  /** A formula is the user's: never replaced, its result checked (none yet, or not the computed value). */
  private checkFormula(
    f: Field,
    rounded: Decimal,
    kind: DerivedKind,
    what: string,
    same: boolean,
  ): void {
    const expectedKind = kind === "persen" ? "persen" : "angka";
    if (noCachedResult(f.cell))
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
    this.push(f, null, f.cell?.numFmt ?? "General", what, false);
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
