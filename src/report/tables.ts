// The five report tables as printable rows, in the seed's column order, from the workbook's own cells
// with the cells Hitung Capaian computes put in (so a workbook not yet "hitung"-ed still prints complete).
// Platform-neutral data: the .docx renderer sets it, tests read it.
import Decimal from "decimal.js";
import { Field, Row, buildReport } from "../core/model";
import { GridWorkbook } from "../core/grid";
import { cleanText } from "../core/number";
import { readTables } from "../core/reader";
import { PETA_KEY, Peta, parsePeta } from "../core/peta";
import { readStore } from "../core/store";
import { TableId } from "../core/tables";
import { formatAngka, formatPersen } from "../core/format";
import { Analysis } from "../core/types";

export type Align = "left" | "center" | "right";

export interface ReportCell {
  text: string;
  align?: Align;
  bold?: boolean;
  colSpan?: number;
  /** Cells of the rows below this one that it covers (vertical merge); those rows leave it out. */
  rowSpan?: number;
}

export interface ReportTable {
  id: TableId;
  /** `Tabel 2.1.` */
  caption: string;
  /** `Lembar Dokumen Perjanjian Kinerja …` */
  title: string;
  /** Relative widths (percent of the text width), one per column. */
  widths: number[];
  /** Header rows, repeated on every page. */
  header: ReportCell[][];
  body: ReportCell[][];
  /** Font size in points (Tabel 3.2 has ten columns on a portrait page). */
  fontSize: number;
  found: boolean;
}

type Kind = "money" | "percent" | "text";

const derivedKey = (sheet: string, row: number, col: number) =>
  `${sheet}!${row}:${col}`;

/** What one cell prints: a computed value when Hitung Capaian computes it, else the workbook's cell in Indonesian format. */
class CellText {
  private readonly derived = new Map<string, number | null>();

  constructor(a: Analysis) {
    for (const d of a.derived)
      this.derived.set(derivedKey(d.sheet, d.row, d.col), d.value);
  }

  of(f: Field | undefined, kind: Kind): string {
    if (!f) return "";
    const key = derivedKey(f.sheet, f.row, f.col);
    if (this.derived.has(key)) {
      const v = this.derived.get(key);
      if (v === null || v === undefined || !Number.isFinite(v)) return "";
      const d = new Decimal(v);
      return kind === "money" ? formatAngka(d) : formatPersen(d);
    }
    const p = f.parsed;
    switch (p.kind) {
      case "empty":
        return "";
      case "dash":
        return "-";
      case "number":
        if (p.unit === "%") return formatPersen(p.value);
        if (kind === "money" && (p.unit === "" || p.unit === "rp"))
          return formatAngka(p.value);
        // Units (`4 Dokumen`) and ranges print as the officer typed them.
        return cleanText(f.text);
      default:
        // Malformed figures (`22.90.000`) print as typed: the review notes say what to fix.
        return cleanText(f.text);
    }
  }
}

const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");
const c = (
  t: string,
  align: Align = "left",
  extra: Partial<ReportCell> = {},
) => ({
  text: t,
  align,
  ...extra,
});
const h = (t: string, extra: Partial<ReportCell> = {}) =>
  c(t, "center", { bold: true, ...extra });
const numbered = (f: Field | undefined, i: number) => text(f) || `${i + 1}.`;

function missing(cols: number, found: boolean): ReportCell[][] {
  const why = found
    ? "Tabel ini kosong di buku kerja."
    : "Tabel ini tidak ditemukan di buku kerja.";
  return [[c(why, "center", { colSpan: cols })]];
}

/** The five tables; `unit` (`Kepala Seksi … Kecamatan …`) completes the titles as the seed writes them. */
export function reportTables(
  grid: GridWorkbook,
  a: Analysis,
  unit = "",
  periodTitle = "",
  peta?: Peta,
): ReportTable[] {
  // The tables as analyze() read them: the given peta, else the one stored in the workbook.
  const read = readTables(
    grid,
    peta ?? parsePeta(readStore(grid).values[PETA_KEY]).peta,
  );
  const report = buildReport(read);
  const cells = new CellText(a);
  const found = (id: TableId) =>
    a.tables.find((t) => t.id === id)?.found ?? false;
  const withUnit = (t: string) => (unit ? `${t} ${unit}` : t);
  const rows = <T>(
    pick: (s: (typeof report.sasaran)[number]) => T | undefined,
  ) =>
    report.sasaran
      .map((s, i) => ({ s, i, r: pick(s) }))
      .filter(
        (x): x is { s: (typeof report.sasaran)[number]; i: number; r: T } =>
          !!x.r,
      );

  const t21: ReportTable = {
    id: "2.1",
    caption: "Tabel 2.1.",
    title: withUnit("Lembar Dokumen Perjanjian Kinerja"),
    widths: [7, 37, 38, 18],
    fontSize: 10,
    found: found("2.1"),
    header: [
      [h("No"), h("Sasaran Kegiatan"), h("Indikator Kinerja"), h("Target")],
    ],
    body: rows((s) => s.pk).map(({ r, i }) => [
      c(numbered(r.no, i), "center"),
      c(text(r.sasaran)),
      c(text(r.indikator)),
      c(cells.of(r.target, "percent"), "center"),
    ]),
  };

  const t22: ReportTable = {
    id: "2.2",
    caption: "Tabel 2.2.",
    title: withUnit("Kegiatan dan Anggaran"),
    widths: [7, 37, 38, 18],
    fontSize: 10,
    found: found("2.2"),
    header: [
      [
        h("No"),
        h("Sasaran Kegiatan"),
        h("Indikator Kinerja"),
        h("Anggaran (Rp)"),
      ],
    ],
    body: rows((s) => s.anggaran).map(({ r, i }) => [
      c(numbered(r.no, i), "center"),
      c(text(r.sasaran)),
      c(text(r.indikator)),
      c(cells.of(r.anggaran, "money"), "right"),
    ]),
  };

  const body23: ReportCell[][] = [];
  for (const s of report.sasaran) {
    const subs = s.subs.map((x) => x.rincian).filter((r): r is Row => !!r);
    if (subs.length === 0 && !s.kegiatan) continue;
    subs.forEach((r, j) => {
      const row: ReportCell[] = [];
      if (j === 0)
        row.push(c(text(s.kegiatan), "left", { rowSpan: subs.length }));
      row.push(
        c(text(r.subKegiatan)),
        c(cells.of(r.anggaran, "money"), "right"),
      );
      body23.push(row);
    });
    if (s.jumlah)
      body23.push([
        c("Jumlah", "center", { bold: true, colSpan: 2 }),
        c(cells.of(s.jumlah.anggaran, "money"), "right", { bold: true }),
      ]);
  }
  const t23: ReportTable = {
    id: "2.3",
    caption: "Tabel 2.3.",
    title: withUnit("Rincian Sub Kegiatan dan Anggaran"),
    widths: [28, 52, 20],
    fontSize: 10,
    found: found("2.3"),
    header: [[h("Kegiatan"), h("Sub Kegiatan"), h("Anggaran (Rp)")]],
    body: body23,
  };

  const t31: ReportTable = {
    id: "3.1",
    caption: "Tabel 3.1.",
    title: withUnit("Capaian Kinerja"),
    widths: [6, 25, 25, 11, 11, 11, 11],
    fontSize: 10,
    found: found("3.1"),
    header: [
      [
        "No",
        "Sasaran Kegiatan",
        "Indikator",
        "Target",
        "Realisasi",
        "Capaian",
        "Ket",
      ].map((t) => h(t)),
      ["1", "2", "3", "4", "5", "6", "7"].map((t) => h(t, { bold: false })),
    ],
    body: rows((s) => s.capaian).map(({ r, i }) => [
      c(numbered(r.no, i), "center"),
      c(text(r.sasaran)),
      c(text(r.indikator)),
      c(cells.of(r.target, "percent"), "center"),
      c(cells.of(r.realisasi, "percent"), "center"),
      c(cells.of(r.capaian, "percent"), "center"),
      c(text(r.ket)),
    ]),
  };

  const body32: ReportCell[][] = [];
  const row32 = (r: Row, no: string, efisiensi: string): ReportCell[] => [
    c(text(r.no) || no, "center"),
    c(text(r.sasaran)),
    c(text(r.indikator)),
    c(cells.of(r.pagu, "money"), "right"),
    c(cells.of(r.realisasi, "money"), "right"),
    c(cells.of(r.capaian, "percent"), "center"),
    c(cells.of(r.t, "percent"), "center"),
    c(cells.of(r.r, "percent"), "center"),
    c(cells.of(r.kinerja, "percent"), "center"),
    c(efisiensi, "center"),
  ];
  report.sasaran.forEach((s, i) => {
    if (!s.cost) return;
    const e = a.sasaran[i]?.efisiensi;
    const value = cells.of(s.cost.efisiensi, "percent");
    const ef = e ? (value ? `${value}\n${e.reading}` : e.reading) : value;
    body32.push(row32(s.cost, `${i + 1}.`, ef));
  });
  const subRows = report.sasaran.flatMap((s, i) =>
    s.subs
      .filter((x) => x.cost)
      .map((x) =>
        row32(
          x.cost!,
          `${i + 1}.${String.fromCharCode(97 + x.index)}`,
          cells.of(x.cost!.efisiensi, "percent"),
        ),
      ),
  );
  if (subRows.length)
    body32.push(
      [c("Kegiatan", "left", { bold: true, colSpan: 10 })],
      ...subRows,
    );
  const t32: ReportTable = {
    id: "3.2",
    caption: "Tabel 3.2.",
    title: [withUnit("Cost per outcome"), periodTitle]
      .filter(Boolean)
      .join(" "),
    widths: [5, 15, 15, 14, 14, 9, 6, 6, 6, 10],
    fontSize: 8,
    found: found("3.2"),
    header: [
      [
        h("No", { rowSpan: 2 }),
        h("Sasaran/ Kegiatan", { rowSpan: 2 }),
        h("Indikator Kinerja", { rowSpan: 2 }),
        h("Anggaran", { colSpan: 3 }),
        h("Kinerja", { colSpan: 3 }),
        h("Efisiensi", { rowSpan: 2 }),
      ],
      [
        h("Pagu (Rp)"),
        h("Realisasi (Rp)"),
        h("Capaian (%)"),
        h("T"),
        h("R"),
        h("%"),
      ],
    ],
    body: body32,
  };

  const tables = [t21, t22, t23, t31, t32];
  for (const t of tables)
    if (!t.found || t.body.length === 0)
      t.body = missing(t.widths.length, t.found);
  return tables;
}
