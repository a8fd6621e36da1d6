// Tabel 3.1 Capaian Kinerja and 3.2 Cost per outcome. Tabel 3.2's Efisiensi states the verdict every output
// states (efisiensi.md: `60,63 poin` and "belum dapat dinilai" before the year's end).
import { Row } from "../core/model";
import {
  ReportCell,
  ReportTable,
  TableParts,
  cell,
  head,
  numbered,
  rowsOf,
  text,
} from "./table-parts";

export function t31(p: TableParts): ReportTable {
  return {
    id: "3.1",
    caption: "Tabel 3.1.",
    title: p.withUnit("Capaian Kinerja"),
    widths: [8, 24, 24, 11, 11, 11, 11],
    fontSize: 10,
    found: p.found("3.1"),
    header: [
      [
        "No",
        "Sasaran Kegiatan",
        "Indikator",
        "Target",
        "Realisasi",
        "Capaian",
        "Ket",
      ].map((t) => head(t)),
      ["1", "2", "3", "4", "5", "6", "7"].map((t) => head(t, { bold: false })),
    ],
    body: rowsOf(p, (s) => s.capaian).map(({ r, i }) => [
      cell(numbered(r.no, i), "center"),
      cell(text(r.sasaran)),
      cell(text(r.indikator)),
      cell(p.cells.of(r.target, "angka"), "center"),
      cell(p.cells.of(r.realisasi, "angka"), "center"),
      cell(p.cells.of(r.capaian, "percent"), "center"),
      cell(text(r.ket)),
    ]),
  };
}

const HEADER_32: ReportCell[][] = [
  [
    head("No", { rowSpan: 2 }),
    head("Sasaran/ Kegiatan", { rowSpan: 2 }),
    head("Indikator Kinerja", { rowSpan: 2 }),
    head("Anggaran", { colSpan: 3 }),
    head("Kinerja", { colSpan: 3 }),
    head("Efisiensi", { rowSpan: 2 }),
  ],
  [
    head("Pagu (Rp)"),
    head("Realisasi (Rp)"),
    head("Capaian (%)"),
    head("T"),
    head("R"),
    head("%"),
  ],
];

export function t32(p: TableParts): ReportTable {
  const ef = p.a.settings.efisiensi === "selisih" ? "poin" : "percent";
  const row = (r: Row, no: string, efisiensi: string): ReportCell[] => [
    cell(text(r.no) || no, "center"),
    cell(text(r.sasaran)),
    cell(text(r.indikator)),
    cell(p.cells.of(r.pagu, "money"), "right"),
    cell(p.cells.of(r.realisasi, "money"), "right"),
    cell(p.cells.of(r.capaian, "percent"), "center"),
    cell(p.cells.of(r.t, "angka"), "center"),
    cell(p.cells.of(r.r, "angka"), "center"),
    cell(p.cells.of(r.kinerja, "percent"), "center"),
    cell(efisiensi, "center"),
  ];
  const body: ReportCell[][] = [];
  p.report.sasaran.forEach((s, i) => {
    if (!s.cost) return;
    // The verdict only where the table has its Efisiensi column, as the narrative says it only then.
    const verdict = s.cost.efisiensi
      ? (p.a.sasaran[i]?.efisiensiResolved?.verdict ??
        p.a.sasaran[i]?.efisiensi?.verdict)
      : undefined;
    const value = p.cells.of(s.cost.efisiensi, ef);
    body.push(
      row(s.cost, `${i + 1}.`, [value, verdict].filter(Boolean).join("\n")),
    );
  });
  const subs = rowsOf(p, () => true).flatMap(({ s, i }) =>
    s.subs
      .filter((x) => x.cost)
      .map((x) =>
        row(
          x.cost!,
          `${i + 1}.${String.fromCharCode(97 + x.index)}`,
          p.cells.of(x.cost!.efisiensi, ef),
        ),
      ),
  );
  if (subs.length)
    body.push([cell("Kegiatan", "left", { bold: true, colSpan: 10 })], ...subs);
  return {
    id: "3.2",
    caption: "Tabel 3.2.",
    title: [p.withUnit("Cost per outcome"), p.periodTitle]
      .filter(Boolean)
      .join(" "),
    widths: [4, 23, 23, 10, 10, 7, 5, 5, 5, 8],
    fontSize: 9,
    found: p.found("3.2"),
    landscape: true,
    header: HEADER_32,
    body,
  };
}
