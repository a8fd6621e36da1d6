// One row of the recap per workbook: the engine on the file (the package reader and analyze(), as `periksa` runs
// them), the figures the narrative states (typos put right where the tables show the right value: one figure
// everywhere), and whether the report can be signed. Platform-neutral: the command line's workers and the web page
// both call rekapRow.
import Decimal from "decimal.js";
import {
  Analysis,
  Finding,
  Settings,
  TITLE,
  analyze,
  expectedText,
  readStore,
  sortFindings,
} from "../core";
import { notAWorkbook, openWorkbook, readFindings } from "../xlsx";
import {
  PeriodSource,
  UnitSource,
  fileStem,
  periodOf,
  unitOf,
} from "./identity";

export type RekapStatus = "siap" | "periksa" | "tidak-terbaca";

export const STATUS_TEXT: Record<RekapStatus, string> = {
  siap: "siap ditandatangani",
  periksa: "perlu diperiksa",
  "tidak-terbaca": "tidak terbaca",
};

/** A finding as `periksa --json` gives it. */
export interface RekapFinding {
  code: string;
  severity: Finding["severity"];
  sheet: string | null;
  cell: string | null;
  actual: string | null;
  expected: number | string | null;
  /** `expected` as the pane writes it (`22.900.000`, `22,22%`). */
  expectedText: string | null;
  message: string;
}

export interface RekapSasaran {
  no: number;
  name: string;
  /** Capaian kinerja as a fraction (0,67 for 67%); null where the tables give none. */
  capaian: number | null;
}

export interface RekapRow {
  /** The file as given (a path below the folder, or as named). */
  file: string;
  unit: string;
  unitFrom: UnitSource;
  period: string | null;
  periodFrom: PeriodSource | null;
  /** Null for a file that could not be read. */
  galat: number | null;
  peringatan: number | null;
  sasaran: RekapSasaran[];
  /** Totals over the sasaran (rupiah), null unless every sasaran has the figure. */
  pagu: number | null;
  realisasi: number | null;
  /** Realisasi / pagu, a fraction. */
  serapan: number | null;
  status: RekapStatus;
  /** Why: the first findings that need a look, or why the file could not be read. */
  reason: string;
  findings: RekapFinding[];
}

const num = (d: Decimal | null): number | null => (d ? d.toNumber() : null);

function total(values: (Decimal | null)[]): Decimal | null {
  if (!values.length || values.some((v) => v === null)) return null;
  return values.reduce<Decimal>((t, v) => t.plus(v!), new Decimal(0));
}

function status(findings: Finding[]): { status: RekapStatus; reason: string } {
  for (const [sev, label] of [
    ["error", "galat"],
    ["warning", "peringatan"],
  ] as const) {
    const list = findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    const named = list.slice(0, 3).map((f) => {
      const title = TITLE[f.code] ?? f.code;
      return f.sheet
        ? `${title} (${f.sheet}${f.cell ? `!${f.cell}` : ""})`
        : title;
    });
    const more = list.length > 3 ? `, dan ${list.length - 3} lagi` : "";
    return {
      status: "periksa",
      reason: `${list.length} ${label}: ${named.join(", ")}${more}`,
    };
  }
  return { status: "siap", reason: "tanpa galat dan peringatan" };
}

const asJson = (f: Finding): RekapFinding => ({
  code: f.code,
  severity: f.severity,
  sheet: f.sheet,
  cell: f.cell,
  actual: f.actual,
  expected: f.expected,
  expectedText: expectedText(f),
  message: f.message,
});

/** A row from an analysis already made (the web page's open workbook, or rekapRow). */
export function rowOf(
  file: string,
  a: Analysis,
  grid: Parameters<typeof analyze>[0],
): RekapRow {
  const counts = (s: Finding["severity"]) =>
    a.findings.filter((f) => f.severity === s).length;
  const pagu = total(a.sasaran.map((s) => s.paguResolved));
  const realisasi = total(a.sasaran.map((s) => s.realisasiAnggaranResolved));
  const { unit, from: unitFrom } = unitOf(
    grid,
    a,
    readStore(grid).values,
    file,
  );
  const { period, from: periodFrom } = periodOf(a, file);
  return {
    file,
    unit,
    unitFrom,
    period,
    periodFrom,
    galat: counts("error"),
    peringatan: counts("warning"),
    sasaran: a.sasaran.map((s) => ({
      no: s.index + 1,
      name: s.name,
      capaian: num(s.capaianKinerjaResolved),
    })),
    pagu: num(pagu),
    realisasi: num(realisasi),
    serapan:
      pagu && realisasi && !pagu.isZero()
        ? realisasi.div(pagu).toNumber()
        : null,
    ...status(a.findings),
    findings: a.findings.map(asJson),
  };
}

/** A file that could not be read at all: a row that says so and why. */
export function unreadableRow(file: string, reason: string): RekapRow {
  return {
    file,
    unit: fileStem(file),
    unitFrom: "nama berkas",
    period: null,
    periodFrom: null,
    galat: null,
    peringatan: null,
    sasaran: [],
    pagu: null,
    realisasi: null,
    serapan: null,
    status: "tidak-terbaca",
    reason,
    findings: [],
  };
}

/**
 * The recap's row for one workbook file; never throws for what the file holds. `settings` (the command line's
 * options) win over the workbook's stored ones, as in every other command.
 */
export function rekapRow(
  file: string,
  bytes: Uint8Array,
  settings: Partial<Settings> = {},
): RekapRow {
  let opened;
  try {
    opened = openWorkbook(bytes);
  } catch (e) {
    return unreadableRow(file, notAWorkbook(file, e));
  }
  try {
    const a = analyze(opened.grid, settings);
    if (opened.problems.length)
      a.findings = sortFindings([
        ...readFindings(opened.problems),
        ...a.findings,
      ]);
    return rowOf(file, a, opened.grid);
  } catch (e) {
    // A fault of the tool, not of the file: said in the row, the other workbooks are still recapped.
    return unreadableRow(
      file,
      `Pemeriksaan berhenti karena kesalahan alat ini: ${(e as Error)?.message ?? String(e)}`,
    );
  }
}
