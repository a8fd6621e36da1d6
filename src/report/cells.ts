// What one cell of a report table prints. The workbook's own cell in Indonesian format, the value Hitung Capaian
// computes where it computes one (so a workbook not yet "hitung"-ed prints complete), and, where the checks
// show a figure wrong, the figure the other tables establish: the same one the narrative states (spec §8, one
// figure in every output), marked `*` and listed under the table with what the workbook still says.
import Decimal from "decimal.js";
import { FORMAT_PERSEN, FORMAT_POIN } from "../core/format";
import { formatAngka } from "../core/format";
import { asPercent } from "../core/checks/quantity";
import { Field } from "../core/model";
import { cleanText, formatDecimals } from "../core/number";
import { fixed, persenText, poinText } from "../core/narrative/figures";
import { Analysis, DerivedCell } from "../core/types";

export type Kind = "money" | "percent" | "poin";

interface Correction {
  value: Decimal;
  kind: Kind;
}

/** A figure printed other than the workbook says it, for the note under its table. */
export interface Corrected {
  table: string;
  cell: string;
  row: number;
  col: number;
  /** What the workbook says (as typed, or as Hitung Capaian computes it from the typed figures). */
  typed: string;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

const points = (v: Decimal) => `${poinText(v.div(100))} poin`;

/** The figures the tables establish, by cell: error findings' expected values, then the resolved figures. */
function corrections(a: Analysis): Map<string, Correction> {
  const out = new Map<string, Correction>();
  const put = (
    ref: { sheet: string; cell: string } | undefined,
    value: Decimal | null | undefined,
    kind: Kind,
  ) => {
    if (ref && value) out.set(key(ref.sheet, ref.cell), { value, kind });
  };
  for (const f of a.findings)
    if (
      f.severity === "error" &&
      f.sheet &&
      f.cell &&
      typeof f.expected === "number" &&
      f.expectedKind
    )
      put(
        { sheet: f.sheet, cell: f.cell },
        new Decimal(f.expected),
        f.expectedKind === "persen" ? "percent" : "money",
      );
  const selisih = a.settings.efisiensi === "selisih";
  for (const s of a.sasaran) {
    put(s.sources.pagu, s.paguResolved, "money");
    put(s.sources.realisasiAnggaran, s.realisasiAnggaranResolved, "money");
    put(s.sources.capaianAnggaran, s.capaianAnggaranResolved, "percent");
    put(s.sources.capaianKinerja, s.capaianKinerjaResolved, "percent");
    const e = s.efisiensiResolved?.value;
    put(
      s.sources.efisiensi,
      e && (selisih ? e.times(100) : e),
      selisih ? "poin" : "percent",
    );
    for (const x of s.subs) {
      put(x.sources.pagu, x.paguResolved, "money");
      put(x.sources.capaianAnggaran, x.capaianAnggaranResolved, "percent");
    }
  }
  return out;
}

/** The value as the cell shows it, compared at the precision the cell is kept at. */
const same = (a: Decimal, b: Decimal, kind: Kind) =>
  a
    .toDecimalPlaces(kind === "percent" ? 4 : 2, Decimal.ROUND_HALF_UP)
    .eq(b.toDecimalPlaces(kind === "percent" ? 4 : 2, Decimal.ROUND_HALF_UP));

type Parsed = Field["parsed"] & { kind: "number" };

/** A number as read, in the column's kind. */
function numberText(
  f: Field,
  p: Parsed,
  kind: Kind | "text" | "angka",
): { text: string; value: Decimal | null } {
  if (p.unit === "%")
    return { text: persenText(p.value, p.decimals), value: p.value };
  if (kind === "money" && (p.unit === "" || p.unit === "rp"))
    return { text: formatAngka(p.value), value: p.value };
  // A plain number in a percent column is a % as the checks read it (a SIPD form's `44.62` prints 44,62%).
  if (kind === "percent" && p.unit === "") {
    const q = asPercent(p);
    return { text: persenText(q.value, q.decimals), value: q.value };
  }
  // Any other bare number the Indonesian way at the decimals written (`93.00` prints `93,00`, as the narrative says
  // it); units (`4 Dokumen`) and ranges print as the officer typed them.
  if (p.unit === "")
    return { text: fixed(p.value, p.decimals), value: p.value };
  return { text: cleanText(f.text), value: null };
}

export class CellText {
  private readonly derived = new Map<string, DerivedCell>();
  private readonly fixes: Map<string, Correction>;
  /** The figures printed other than the workbook says them, in the order printed. */
  readonly corrected: Corrected[] = [];

  constructor(a: Analysis) {
    for (const d of a.derived) this.derived.set(key(d.sheet, d.address), d);
    this.fixes = corrections(a);
  }

  /**
   * The cell's text; a figure the tables put right is that figure, marked `*`. `angka`: a target or realisasi, a
   * quantity in its own unit (never turned into a percentage).
   */
  of(f: Field | undefined, kind: Kind | "text" | "angka"): string {
    if (!f) return "";
    const own = this.own(f, kind);
    const fix =
      kind === "text" || kind === "angka"
        ? undefined
        : this.fixes.get(key(f.sheet, f.address));
    if (!fix || (own.value && same(own.value, fix.value, fix.kind)))
      return own.text;
    this.corrected.push({
      table: f.table,
      cell: f.address,
      row: f.row,
      col: f.col,
      typed: own.text || "kosong",
    });
    return `${this.write(fix.value, fix.kind, null)}*`;
  }

  private write(v: Decimal, kind: Kind, decimals: number | null): string {
    if (kind === "money") return formatAngka(v);
    if (kind === "poin") return points(v);
    return persenText(v, decimals);
  }

  /** The workbook's figure: Hitung Capaian's where it computes the cell, else the cell as read. */
  private own(
    f: Field,
    kind: Kind | "text" | "angka",
  ): { text: string; value: Decimal | null } {
    const d = this.derived.get(key(f.sheet, f.address));
    if (
      d &&
      d.value !== null &&
      Number.isFinite(d.value) &&
      kind !== "text" &&
      kind !== "angka"
    ) {
      const v = new Decimal(d.value);
      const poin = d.numFmt === FORMAT_POIN || /poin/.test(d.numFmt);
      if (poin) return { text: points(v), value: v };
      const decimals =
        d.numFmt === FORMAT_PERSEN ? null : formatDecimals(d.numFmt);
      return {
        text: this.write(v, kind === "poin" ? "percent" : kind, decimals),
        value: v,
      };
    }
    const p = f.parsed;
    switch (p.kind) {
      case "empty":
        return { text: "", value: null };
      case "dash":
        return { text: "-", value: null };
      case "number":
        return numberText(f, p, kind);
      default:
        // Malformed figures (`22.90.000`) print as typed unless the other tables give the right one.
        return { text: cleanText(f.text), value: null };
    }
  }

  /** The note under a table whose figures were put right; null when none was. */
  noteFor(table: string): string | null {
    const list = this.corrected
      .filter((c) => c.table === table)
      .sort((x, y) => x.row - y.row || x.col - y.col);
    if (!list.length) return null;
    const cells = list.map((c) => `${c.typed} (sel ${c.cell})`).join("; ");
    return `*) Dikoreksi menurut tabel lain, sama dengan angka dalam narasi; buku kerja masih menulis: ${cells}. Lihat Catatan Pemeriksaan.`;
  }
}
