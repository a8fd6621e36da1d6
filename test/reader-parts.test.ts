// The reader's header matching in its three parts (src/core/reader): label matching (what each header cell says),
// column assignment (which label plays which part) and header-row choice (which row, or pair of rows, is the
// header). End-to-end layouts are in layouts.test.ts and real.test.ts.
import { GridWorkbook, SheetView } from "../src/core";
import { matchColumns } from "../src/core/reader/columns";
import { bestHeaderAt } from "../src/core/reader/header";
import { readHeaderLabels } from "../src/core/reader/labels";
import { TABLE_SPECS } from "../src/core/tables";
import { PeriodRead } from "../src/core/period";
import { gridOf } from "./helpers/grid";

const view = (rows: (string | number | null)[][]): SheetView =>
  new SheetView((gridOf({ Lembar: rows }) as GridWorkbook).sheets[0]);
const period = (triwulan: number | null, tahun: number | null = null): PeriodRead => ({ triwulan, tahun, mentions: [] });

describe("label matching: what each header cell says", () => {
  test("a parent label over a second row groups the labels under it, until the next upper label", () => {
    const v = view([
      ["No", "Sasaran", "Anggaran", "", "", "Kinerja", "", ""],
      ["", "", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)", "T", "R", "%"],
    ]);
    const { labels, grouped } = readHeaderLabels(v, [0, 1]);
    expect(grouped).toBe(true);
    expect(labels.map((l) => [l.shown, l.group ?? null, l.percent])).toEqual([
      ["No", null, false],
      ["Sasaran", null, false],
      ["Anggaran / Pagu (Rp)", "anggaran", false],
      ["Realisasi (Rp)", "anggaran", false],
      ["Capaian (%)", "anggaran", true],
      ["Kinerja / T", "kinerja", false],
      ["R", "kinerja", false],
      ["%", "kinerja", true],
    ]);
  });

  test("a period or a year written after the label is split off it", () => {
    const { labels } = readHeaderLabels(view([["Realisasi TW II", "Realisasi s.d. TW II", "Target 2024", "Target"]]), [0]);
    expect(labels.map((l) => [l.base, l.period?.kind ?? null, l.period?.n ?? null, l.year ?? null])).toEqual([
      ["realisasi", "triwulan", 2, null],
      ["realisasi", "kumulatif", 2, null],
      ["target", null, null, 2024],
      ["target", null, null, null],
    ]);
  });

  test("a numbering row under single labels is not months", () => {
    const { labels } = readHeaderLabels(view([["No", "Sasaran", "Target"], ["1", "2", "3"]]), [0, 1]);
    expect(labels.every((l) => l.period === undefined)).toBe(true);
  });
});

describe("column assignment: which label plays which part", () => {
  const spec = TABLE_SPECS["3.1"];
  const assign = (row: string[], p: PeriodRead | null) => {
    const { labels } = readHeaderLabels(view([row]), [0]);
    return matchColumns(spec, labels, p);
  };

  test("each part goes to the first label that names it, left to right", () => {
    const m = assign(["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"], null);
    expect(m.columns).toEqual({ no: 0, sasaran: 1, indikator: 2, target: 3, realisasi: 4, capaian: 5 });
    expect(m.choices).toEqual([]);
  });

  test("of several years, the report's year; without one, the latest, and the choice is said", () => {
    const row = ["Sasaran", "Indikator", "Target 2023", "Target 2024", "Realisasi", "Capaian"];
    expect(assign(row, period(null, 2023)).columns.target).toBe(2);
    const latest = assign(row, null);
    expect(latest.columns.target).toBe(3);
    expect(latest.choices[0].why).toBe("tahun terakhir pada judul kolom: 2024");
  });

  test("of triwulan columns with no total, those up to the report's triwulan are summed", () => {
    const m = assign(["Sasaran", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Capaian"], period(2));
    expect(m.columns.realisasi).toBeUndefined();
    expect(m.sums.realisasi).toEqual([2, 3]);
  });

  test("a cumulative column for the report's triwulan is read as it is", () => {
    const m = assign(["Sasaran", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi s.d. TW II", "Capaian"], period(2));
    expect(m.columns.realisasi).toBe(4);
    expect(m.sums.realisasi).toBeUndefined();
  });
});

describe("header-row choice: which row, or pair of rows, is the header", () => {
  test("a two-row header when the pair names more required parts than either row", () => {
    const v = view([
      ["No", "Sasaran/ Kegiatan", "Indikator Kinerja", "Anggaran", "", "", "Kinerja", "", "", "Efisiensi"],
      ["", "", "", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)", "T", "R", "%", ""],
    ]);
    expect(bestHeaderAt(v, "3.2", 0, null)?.rows).toEqual([0, 1]);
  });

  test("a title line over a header is not part of it", () => {
    const v = view([
      ["Capaian Kinerja Triwulan II", null, null, null],
      ["Sasaran", "Target", "Realisasi", "Capaian"],
    ]);
    expect(bestHeaderAt(v, "3.1", 0, null)).toBeNull();
    expect(bestHeaderAt(v, "3.1", 1, null)?.rows).toEqual([1]);
  });

  test("a row naming too few of the table's required parts is no header", () => {
    expect(bestHeaderAt(view([["Sasaran", "Keterangan", "Lain"]]), "3.1", 0, null)).toBeNull();
  });
});
