// The workbooks `lkjip rekap` reads: the files named, and every workbook under a folder named (its subfolders too),
// in a stable order; and one file read into its recap row (in a worker thread, or in the main one).
import fs from "node:fs/promises";
import path from "node:path";
import type { Settings } from "../core";
import { RekapRow, rekapRow, unreadableRow } from "../rekap";

export interface RekapJob {
  /** The file on disk. */
  file: string;
  /** How the recap names it: as given, or the folder as given joined with the path below it. */
  display: string;
}

/** Workbooks the recap reads, and old formats it lists as not readable (with how to convert them). */
const WORKBOOK = /\.(xlsx|xlsm)$/i;
const OLD_FORMAT = /\.(xls|xlsb|ods)$/i;

/** Excel's lock files (`~$Laporan.xlsx`) and hidden files are no one's report. */
const skipped = (name: string) => name.startsWith("~$") || name.startsWith(".");

async function walk(
  dir: string,
  shown: string,
  out: RekapJob[],
): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const file = path.join(dir, e.name);
    const display = path.join(shown, e.name);
    if (e.isDirectory()) await walk(file, display, out);
    else if (WORKBOOK.test(e.name) || OLD_FORMAT.test(e.name))
      out.push({ file, display });
  }
}

const byName = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

/**
 * The jobs for the paths given: a folder gives its workbooks (sorted by path, numbers in names in numeric order), a
 * file gives itself (also a missing one: its row says so). `except` (the recap's own output) is left out, and a
 * file reached twice gives one job.
 */
export async function collectJobs(
  paths: string[],
  except: string | null,
): Promise<RekapJob[]> {
  const jobs: RekapJob[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory()) {
      const found: RekapJob[] = [];
      await walk(p, p, found);
      found.sort((a, b) => byName.compare(a.display, b.display));
      jobs.push(...found);
    } else jobs.push({ file: p, display: p });
  }
  // The recap's own output is no report; a file named twice (itself and in its folder) is one row.
  const seen = new Set(except ? [path.resolve(except)] : []);
  return jobs.filter((j) => {
    const real = path.resolve(j.file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

function readFailure(job: RekapJob, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `Berkas tidak ditemukan: ${job.display}.`;
  if (code === "EACCES" || code === "EPERM")
    return `Berkas tidak dapat dibuka (izin ditolak): ${job.display}.`;
  return `Berkas tidak dapat dibuka: ${job.display} (${code ?? (e as Error).message}).`;
}

/** One workbook's row; a file that cannot be opened or read gets a row that says why. Never throws. */
export async function rowOfFile(
  job: RekapJob,
  settings: Partial<Settings> = {},
): Promise<RekapRow> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(job.file));
  } catch (e) {
    return unreadableRow(job.display, readFailure(job, e));
  }
  return rekapRow(job.display, bytes, settings);
}
