// `npx lkjip periksa|hitung|narasi …` (or `npm run -s lkjip -- …`): the engine on .xlsx files. Thin: parse
// arguments, load, run, print.
import fs from "node:fs/promises";
import {
  Analysis,
  MetodeEfisiensi,
  Peta,
  Settings,
  analyze,
  findingsJson,
  sortFindings,
  findingsTable,
  parsePeta,
  readStore,
} from "../core";
import { narasi, narrativeTexts } from "../core";
import { OpenedWorkbook, patchXlsx } from "../xlsx";
import { writeLaporan } from "./laporan";
import { templateBytes } from "./template";
import {
  OutputError,
  UnreadableFileError,
  exists,
  existsMessage,
  loadWorkbook,
  readFindings,
  sameFile,
  writeFileAtomic,
} from "./xlsx";

export const USAGE = `Pemakaian (dari folder proyek):
  npx lkjip periksa BERKAS.xlsx [--json]
  npx lkjip hitung MASUK.xlsx -o KELUAR.xlsx [--json]    (.xlsm: -o KELUAR.xlsm)
  npx lkjip narasi BERKAS.xlsx [--ringkas | --lengkap]
  npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx
  npx lkjip templat -o BARU.xlsx          lima tabel kosong dengan judul kolom bawaan
  npx lkjip rekap FOLDER|BERKAS.xlsx… -o REKAP.xlsx [--json] [--pekerja N]
                                          rekap banyak buku kerja, satu baris per buku kerja
  (sama dengan: npm run -s lkjip -- periksa BERKAS.xlsx …)
Berkas keluaran (-o) yang sudah ada tidak ditimpa, kecuali dengan --timpa.
Pilihan baca (periksa, hitung, narasi, laporan):
  --peta peta.json                 kolom dan baris pilihan sendiri (menggantikan peta yang tersimpan)
Pilihan perhitungan (semua perintah; hitung menyimpannya di buku kerja keluaran):
  --efisiensi selisih|rasio|sisa   metode efisiensi (bawaan: selisih)
  --negatif 1,2                    nomor sasaran berpolaritas negatif (makin kecil makin baik)
Kode keluar: 0 tanpa galat, 1 ada temuan galat, 2 berkas tidak dapat dibaca/ditulis atau perintah salah
(rekap: 1 bila satu buku kerja bergalat, 2 bila satu tidak terbaca; rekapnya tetap ditulis).`;

/** A usage mistake: one line on stderr, exit 2. */
class UsageError extends Error {}
/** `--help`: the usage on stdout, exit 0. */
class HelpRequest extends Error {}

const SEE_HELP = "(lihat: npx lkjip --help)";

interface Args {
  command: string;
  file: string;
  out?: string;
  /** `--timpa`: an existing output may be replaced. */
  timpa: boolean;
  json: boolean;
  length?: "ringkas" | "lengkap";
  settings: Partial<Settings>;
  peta?: string;
}

/** The calculation options (--efisiensi, --negatif) into the settings; false for any other argument. */
function settingOption(a: Args, x: string, value: () => string): boolean {
  if (x === "--efisiensi") {
    const m = value();
    if (!["selisih", "rasio", "sisa"].includes(m))
      throw new UsageError(
        `Metode efisiensi tidak dikenal: ${m} (pilih selisih, rasio atau sisa).`,
      );
    a.settings.efisiensi = m as MetodeEfisiensi;
    return true;
  }
  if (x !== "--negatif") return false;
  const v = value();
  const numbers = v.split(",").map((n) => n.trim());
  if (numbers.some((n) => !/^[1-9]\d{0,3}$/.test(n)))
    throw new UsageError(
      `--negatif memerlukan nomor sasaran dipisah koma, misalnya --negatif 1,2 (tertulis: ${v}).`,
    );
  a.settings.polaritas = Object.fromEntries(
    numbers.map((n) => [n, "negatif" as const]),
  );
  return true;
}

export function parseArgs(argv: string[]): Args {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpRequest();
  const [command, ...rest] = argv;
  if (!command)
    throw new UsageError(
      `Perintah belum disebutkan: periksa, hitung, narasi, templat, laporan atau rekap ${SEE_HELP}.`,
    );
  if (!["periksa", "hitung", "narasi", "templat", "laporan"].includes(command))
    throw new UsageError(
      `Perintah tidak dikenal: ${command}; pilih periksa, hitung, narasi, templat, laporan atau rekap ${SEE_HELP}.`,
    );
  const a: Args = {
    command,
    file: "",
    timpa: false,
    json: false,
    settings: {},
  };
  const only = (x: string, ...commands: string[]) => {
    if (!commands.includes(command))
      throw new UsageError(
        `Pilihan ${x} hanya untuk perintah ${commands.join(" dan ")} ${SEE_HELP}.`,
      );
  };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--"))
        throw new UsageError(`${x} memerlukan nilai ${SEE_HELP}.`);
      return v;
    };
    if (x === "--json") {
      only(x, "periksa", "hitung");
      a.json = true;
    } else if (x === "-o" || x === "--output") {
      only(x, "hitung", "templat", "laporan");
      a.out = value();
    } else if (x === "--timpa") {
      only(x, "hitung", "templat", "laporan");
      a.timpa = true;
    } else if (x === "--peta") {
      only(x, "periksa", "hitung", "narasi", "laporan");
      a.peta = value();
    } else if (x === "--ringkas" || x === "--lengkap") {
      only(x, "narasi");
      const want = x === "--ringkas" ? "ringkas" : "lengkap";
      if (a.length && a.length !== want)
        throw new UsageError(
          "Pilih salah satu: --ringkas atau --lengkap, tidak keduanya.",
        );
      a.length = want;
    } else if (settingOption(a, x, value)) continue;
    else if (x.startsWith("-"))
      throw new UsageError(`Pilihan tidak dikenal: ${x} ${SEE_HELP}.`);
    else if (!a.file) a.file = x;
    else throw new UsageError(`Terlalu banyak berkas: ${x} ${SEE_HELP}.`);
  }
  return requireFiles(a);
}

/** What each command writes, by extension: hitung keeps the input's kind (an .xlsm stays an .xlsm). */
function outputExtension(a: Args): string {
  if (a.command === "laporan") return ".docx";
  if (a.command === "hitung" && /\.xlsm$/i.test(a.file)) return ".xlsm";
  return ".xlsx";
}

/** The files a command needs, and an output whose extension fits what it writes. */
function requireFiles(a: Args): Args {
  if (a.command === "templat" && (!a.out || a.file))
    throw new UsageError(
      `templat memerlukan -o BARU.xlsx dan tidak membaca berkas ${SEE_HELP}.`,
    );
  if (a.command !== "templat" && !a.file)
    throw new UsageError(`Berkas .xlsx belum disebutkan ${SEE_HELP}.`);
  if (a.command === "laporan" && !a.out)
    throw new UsageError(
      `laporan memerlukan -o LAPORAN.docx (berkas masukan tidak pernah ditimpa) ${SEE_HELP}.`,
    );
  if (a.command === "hitung" && !a.out)
    throw new UsageError(
      `hitung memerlukan -o KELUAR.xlsx (berkas masukan tidak pernah ditimpa) ${SEE_HELP}.`,
    );
  return a;
}

/** An output whose extension does not fit what the command writes: the message, else null. */
function wrongExtension(a: Args): string | null {
  const ext = outputExtension(a);
  if (!a.out || a.out.toLowerCase().endsWith(ext)) return null;
  const what =
    a.command === "laporan"
      ? "laporan adalah dokumen Word"
      : ext === ".xlsm"
        ? "buku kerja bermakro (.xlsm) tetap .xlsm"
        : "yang ditulis adalah buku kerja .xlsx";
  return `Berkas keluaran ${a.out} harus berakhiran ${ext} (${what}); tidak ada yang ditulis.`;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function report(
  io: Io,
  file: string,
  a: Analysis,
  json: boolean,
  toErr: boolean,
): void {
  // JSON always on stdout (hitung --json too); the table on stderr for hitung.
  if (json) io.out(findingsJson(file, a.findings));
  else (toErr ? io.err : io.out)(findingsTable(a));
}

/** A --negatif number with no such sasaran in the workbook: a usage mistake, said before anything is written. */
function unknownSasaran(args: Args, a: Analysis): string | null {
  const wrong = Object.keys(args.settings.polaritas ?? {}).filter(
    (n) => Number(n) > a.sasaran.length,
  );
  if (wrong.length === 0) return null;
  return `--negatif ${wrong.join(",")}: buku kerja ini hanya memuat ${a.sasaran.length} sasaran.`;
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

const isFolder = (p: string) =>
  fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Never the input (also not through a link), an extension that fits, never an existing file unless --timpa. */
async function outputRefused(args: Args): Promise<string | null> {
  if (!args.out) return null;
  if (args.file && (await sameFile(args.file, args.out)))
    return `Berkas keluaran ${args.out} adalah berkas masukan itu sendiri (atau tautan ke sana); berkas masukan tidak pernah ditimpa.`;
  const wrong = wrongExtension(args);
  if (wrong) return wrong;
  // A folder is said when writing (after the findings), as any other place that cannot take the file.
  if (!args.timpa && (await exists(args.out)) && !(await isFolder(args.out)))
    return existsMessage(args.out);
  return null;
}

/** Writes the output; the one-line message when it could not be written, else null. */
async function writeOut(
  args: Args,
  bytes: () => Promise<Uint8Array>,
): Promise<string | null> {
  try {
    await writeFileAtomic(args.out!, bytes, args.timpa);
    return null;
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    return e.message;
  }
}

async function runHitung(
  io: Io,
  args: Args,
  wb: OpenedWorkbook,
  analysis: Analysis,
): Promise<number> {
  // Options given here are kept in the copy, where periksa, narasi and the add-in read them.
  const store = Object.keys(args.settings).length > 0 ? args.settings : null;
  const patched = patchXlsx(wb, analysis.derived, store);
  const failed = await writeOut(args, async () => patched.bytes);
  // The findings first, then one line on what was (or could not be) written.
  report(io, args.file, analysis, args.json, true);
  io.err(
    failed ?? `${patched.written} sel hasil hitung ditulis ke ${args.out}.`,
  );
  return failed ? 2 : 0;
}

async function runLaporan(
  io: Io,
  args: Args,
  wb: OpenedWorkbook,
  analysis: Analysis,
  peta: Peta | undefined,
): Promise<number> {
  const failed = await writeOut(args, () =>
    writeLaporan(wb.grid, args.settings, peta),
  );
  if (failed) {
    io.err(failed);
    return 2;
  }
  // What the reader could not read, and the doubtful figures, go to the officer, never into the report.
  const notes = [
    ...readFindings(wb.problems),
    ...analysis.findings.filter((f) => f.severity === "error"),
  ];
  if (notes.length)
    io.err(
      `Periksa sebelum ditandatangani (tidak dicetak di laporan):\n${notes.map((f) => `  ${f.sheet ?? ""}${f.cell ? "!" + f.cell : ""}  ${f.message}`).join("\n")}`,
    );
  io.err(`Laporan ditulis ke ${args.out}.`);
  return 0;
}

/** The command on a workbook: read, analyse, then print or write. */
async function runOnWorkbook(
  io: Io,
  args: Args,
  peta: Peta | undefined,
): Promise<number> {
  const wb = await loadWorkbook(args.file);
  const analysis = analyze(wb.grid, args.settings, { peta });
  // What the package reader could not read is said with the findings, per part.
  if (wb.problems.length && args.command !== "laporan")
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
  let written = 0;
  if (args.command === "laporan")
    written = await runLaporan(io, args, wb, analysis, peta);
  else if (args.command === "hitung")
    written = await runHitung(io, args, wb, analysis);
  else if (args.command === "periksa")
    report(io, args.file, analysis, args.json, false);
  else {
    // Tugas pokok dan fungsi and strategi: texts the user keeps in the workbook's settings store.
    const texts = narrativeTexts(readStore(wb.grid).values);
    io.out(narasi(analysis, { panjang: args.length, texts }));
  }
  return written || code;
}

/** Runs one command; returns the exit code (0 clean, 1 error findings, 2 unreadable/unwritable file or bad usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  // `rekap` has modules of its own (src/cli/rekap*.ts), loaded only when asked (require: tsx leaves import() to
  // Node's ESM resolver, which does not find .ts files).
  if (argv[0] === "rekap" && !argv.some((x) => x === "--help" || x === "-h"))
    return (require("./rekap") as typeof import("./rekap")).runRekap(
      argv.slice(1),
      io,
    );
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequest) {
      io.out(USAGE);
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  try {
    const refused = await outputRefused(args);
    if (refused) {
      io.err(refused);
      return 2;
    }
    if (args.command === "templat") {
      const failed = await writeOut(args, templateBytes);
      if (failed) {
        io.err(failed);
        return 2;
      }
      io.err(`Templat lima tabel ditulis ke ${args.out}.`);
      return 0;
    }
    const peta = args.peta ? await readPeta(args.peta) : undefined;
    if (typeof peta === "string") {
      io.err(peta);
      return 2;
    }
    return await runOnWorkbook(io, args, peta);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      io.err(e.message);
      return 2;
    }
    io.err(`Terjadi kesalahan yang tidak terduga: ${(e as Error).message}`);
    return 2;
  }
}

/** `… | head` closes the pipe early: stop quietly instead of printing a stack trace. */
export function quietOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** The process entry point (npm run lkjip, and the `lkjip` bin). */
export function main(argv = process.argv.slice(2)): void {
  quietOnClosedPipe();
  run(argv, {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) main();
