// How every command on a workbook starts (periksa, hitung, narasi, laporan): --peta read, the workbook read from
// its package and analysed, and a --negatif number the workbook does not have said before anything is written.
import fs from "node:fs/promises";
import {
  Analysis,
  Peta,
  analyze,
  findingsJson,
  findingsTable,
  parsePeta,
  sortFindings,
} from "../core";
import { OpenedWorkbook } from "../xlsx";
import type { Args, Io } from "./args";
import { loadWorkbook, readFindings } from "./xlsx";

export interface Analysed {
  wb: OpenedWorkbook;
  analysis: Analysis;
  peta: Peta | undefined;
  /** The exit code the findings give: 1 with an error finding, else 0. */
  code: number;
}

/** `--peta FILE`, read and checked; a message when it cannot be used. */
async function readPeta(file: string): Promise<Peta | string> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    return `Peta ${file} tidak dapat dibaca sebagai JSON.`;
  }
  const { peta, problems } = parsePeta(raw);
  return problems.length
    ? `Peta ${file} tidak dapat dipakai: ${problems.join("; ")}.`
    : peta;
}

/** A --negatif number with no such sasaran in the workbook: a usage mistake, said before anything is written. */
function unknownSasaran(args: Args, a: Analysis): string | null {
  const wrong = Object.keys(args.settings.polaritas ?? {}).filter(
    (n) => Number(n) > a.sasaran.length,
  );
  if (wrong.length === 0) return null;
  return `--negatif ${wrong.join(",")}: buku kerja ini hanya memuat ${a.sasaran.length} sasaran.`;
}

/**
 * The workbook `args.file` read and analysed; an exit code (2, said on stderr) when it cannot be used. What the
 * package reader could not read joins the findings, per part, unless `readProblems` is "apart" (laporan says it
 * to the officer beside the report).
 */
export async function analysed(
  args: Args,
  io: Io,
  readProblems: "with-findings" | "apart" = "with-findings",
): Promise<Analysed | number> {
  const peta = args.peta ? await readPeta(args.peta) : undefined;
  if (typeof peta === "string") {
    io.err(peta);
    return 2;
  }
  const wb = await loadWorkbook(args.file);
  const analysis = analyze(wb.grid, args.settings, { peta });
  if (wb.problems.length && readProblems === "with-findings")
    analysis.findings = sortFindings([
      ...readFindings(wb.problems),
      ...analysis.findings,
    ]);
  const bad = unknownSasaran(args, analysis);
  if (bad) {
    io.err(bad);
    return 2;
  }
  const code = analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
  return { wb, analysis, peta, code };
}

/** The findings: JSON always on stdout (hitung --json too); the table on stdout, or on stderr for hitung. */
export function printFindings(
  io: Io,
  args: Args,
  a: Analysis,
  tableToErr: boolean,
): void {
  if (args.json) io.out(findingsJson(args.file, a.findings));
  else (tableToErr ? io.err : io.out)(findingsTable(a));
}
