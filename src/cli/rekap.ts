// `npx lkjip rekap FOLDER|FILES… -o REKAP.xlsx [--json] [--pekerja N]`: one row per workbook (unit, period, galat and peringatan,
// each sasaran's capaian, total pagu, realisasi and serapan, status), written as a new .xlsx (the table, and every
// finding with its file, sheet and cell). Workbooks run in parallel (rekap-pool.ts); progress goes to stderr.
// Exit: 2 when any workbook could not be read (or the recap not written), else 1 when any has galat, else 0; the
// recap is written either way, listing them.
import { Decimal, formatPersen } from "../core";
import { RekapRow, STATUS_TEXT, rekapXlsx } from "../rekap";
import { RekapJob, collectJobs } from "./rekap-files";
import { runJobs } from "./rekap-pool";
import type { Args, Io } from "./args";
import {
  OutputError,
  exists,
  existsMessage,
  sameFile,
  writeFileAtomic,
} from "./xlsx";

const SEE_HELP = "(lihat: npx lkjip --help)";

/** What the recap needs of the parsed arguments: an output or JSON, and an .xlsx output. One line, or null. */
function usageMistake(a: Args): string | null {
  if (!a.out && !a.json)
    return `rekap memerlukan -o REKAP.xlsx (atau --json untuk JSON di stdout) ${SEE_HELP}.`;
  if (a.out && !a.out.toLowerCase().endsWith(".xlsx"))
    return `Berkas keluaran ${a.out} harus berakhiran .xlsx (rekap adalah buku kerja .xlsx); tidak ada yang ditulis.`;
  return null;
}

/** Never over an input, never over an existing file unless --timpa; a message, or null. */
async function outputRefused(
  a: Args,
  jobs: RekapJob[],
): Promise<string | null> {
  if (!a.out) return null;
  for (const j of jobs)
    if (await sameFile(j.file, a.out))
      return `Berkas keluaran ${a.out} adalah salah satu buku kerja yang direkap; tidak ada yang ditimpa.`;
  if (!a.timpa && (await exists(a.out))) return existsMessage(a.out);
  return null;
}

/** Progress on stderr: one line rewritten on a terminal, otherwise a line at every tenth of the files. */
function progress(io: Io, total: number): (done: number) => void {
  if (total < 2) return () => undefined;
  const tty = !!process.stderr.isTTY;
  const step = Math.max(1, Math.ceil(total / 10));
  return (done) => {
    const line = `rekap: ${done}/${total} buku kerja diperiksa`;
    if (tty) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
    else if (done % step === 0 || done === total) io.err(line);
  };
}

const pct = (v: number | null) =>
  v === null ? "–" : formatPersen(new Decimal(v));

/** The recap for a terminal: one line per workbook. */
function table(rows: RekapRow[]): string {
  const head = [
    "Status",
    "Galat",
    "Peringatan",
    "Serapan",
    "Unit (periode)",
    "Berkas",
  ];
  const body = rows.map((r) => [
    STATUS_TEXT[r.status],
    r.galat === null ? "–" : String(r.galat),
    r.peringatan === null ? "–" : String(r.peringatan),
    pct(r.serapan),
    `${r.unit}${r.period ? ` (${r.period})` : ""}`,
    r.file,
  ]);
  const widths = head.map((h, i) =>
    Math.min(48, Math.max(h.length, ...body.map((b) => b[i].length))),
  );
  const fit = (c: string, w: number) =>
    c.length > w ? `${c.slice(0, w - 1)}…` : c.padEnd(w);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < cells.length - 1 ? fit(c, widths[i]) : c))
      .join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

function summary(rows: RekapRow[], out?: string): string {
  const n = (s: RekapRow["status"]) =>
    rows.filter((r) => r.status === s).length;
  const where = out ? ` ditulis ke ${out}` : "";
  return `Rekap ${rows.length} buku kerja${where}: ${n("siap")} siap ditandatangani, ${n("periksa")} perlu diperiksa, ${n("tidak-terbaca")} tidak terbaca.`;
}

async function write(a: Args, rows: RekapRow[]): Promise<string | null> {
  try {
    await writeFileAtomic(a.out!, async () => rekapXlsx(rows), a.timpa);
    return null;
  } catch (e) {
    if (e instanceof OutputError) return e.message;
    throw e;
  }
}

/** `lkjip rekap …` (its arguments parsed by args.ts against the command table); the exit code. */
export async function runCommand(a: Args, io: Io): Promise<number> {
  const mistake = usageMistake(a);
  if (mistake) {
    io.err(mistake);
    return 2;
  }
  const jobs = await collectJobs(a.files, a.out ?? null);
  if (!jobs.length) {
    io.err(
      `Tidak ada buku kerja (.xlsx, .xlsm) di ${a.files.join(", ")}; tidak ada yang ditulis.`,
    );
    return 2;
  }
  const refused = await outputRefused(a, jobs);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const tick = progress(io, jobs.length);
  const rows = await runJobs(jobs, a.workers ?? "auto", (done) => tick(done), {
    settings: a.settings,
  });
  io.out(a.json ? JSON.stringify({ rekap: rows }, null, 2) : table(rows));
  const failed = a.out ? await write(a, rows) : null;
  io.err(failed ?? summary(rows, a.out));
  if (failed || rows.some((r) => r.status === "tidak-terbaca")) return 2;
  return rows.some((r) => (r.galat ?? 0) > 0) ? 1 : 0;
}
