// Tabel 2.1 Perjanjian Kinerja, 2.2 Kegiatan dan Anggaran, 2.3 Rincian Sub Kegiatan dan Anggaran.
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

export function t21(p: TableParts): ReportTable {
  return {
    id: "2.1",
    caption: "Tabel 2.1.",
    title: p.withUnit("Lembar Dokumen Perjanjian Kinerja"),
    widths: [7, 37, 38, 18],
    fontSize: 10,
    found: p.found("2.1"),
    header: [
      [
        head("No"),
        head("Sasaran Kegiatan"),
        head("Indikator Kinerja"),
        head("Target"),
      ],
    ],
    body: rowsOf(p, (s) => s.pk).map(({ r, i }) => [
      cell(numbered(r.no, i), "center"),
      cell(text(r.sasaran)),
      cell(text(r.indikator)),
      cell(p.cells.of(r.target, "angka"), "center"),
    ]),
  };
}

export function t22(p: TableParts): ReportTable {
  return {
    id: "2.2",
    caption: "Tabel 2.2.",
    title: p.withUnit("Kegiatan dan Anggaran"),
    widths: [7, 37, 38, 18],
    fontSize: 10,
    found: p.found("2.2"),
    header: [
      [
        head("No"),
        head("Sasaran Kegiatan"),
        head("Indikator Kinerja"),
        head("Anggaran (Rp)"),
      ],
    ],
    body: rowsOf(p, (s) => s.anggaran).map(({ r, i }) => [
      cell(numbered(r.no, i), "center"),
      cell(text(r.sasaran)),
      cell(text(r.indikator)),
      cell(p.cells.of(r.anggaran, "money"), "right"),
    ]),
  };
}

export function t23(p: TableParts): ReportTable {
  const body: ReportCell[][] = [];
  for (const s of p.report.sasaran) {
    const subs = s.subs.map((x) => x.rincian).filter((r): r is Row => !!r);
    if (subs.length === 0 && !s.kegiatan) continue;
    subs.forEach((r, j) =>
      body.push([
        // The kegiatan's name once, its cell open down to the group's last row: it reads as one merged cell,
        // and unlike a vertical merge it lets LibreOffice keep the table on one page.
        cell(j === 0 ? text(s.kegiatan) : "", "left", {
          openAbove: j > 0,
          openBelow: j < subs.length - 1,
        }),
        cell(text(r.subKegiatan)),
        cell(p.cells.of(r.anggaran, "money"), "right"),
      ]),
    );
    if (s.jumlah)
      body.push([
        cell("Jumlah", "center", { bold: true, colSpan: 2 }),
        cell(p.cells.of(s.jumlah.anggaran, "money"), "right", { bold: true }),
      ]);
  }
  return {
    id: "2.3",
    caption: "Tabel 2.3.",
    title: p.withUnit("Rincian Sub Kegiatan dan Anggaran"),
    widths: [28, 52, 20],
    fontSize: 10,
    found: p.found("2.3"),
    header: [[head("Kegiatan"), head("Sub Kegiatan"), head("Anggaran (Rp)")]],
    body,
  };
}
