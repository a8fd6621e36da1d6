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
  findingsTable,
  parsePeta,
  readStore,
} from "../core";
import { narasi, narrativeTexts } from "../core";
import { writeLaporan } from "./laporan";
import { templateWorkbook } from "./template";
import {
  OutputError,
  UnreadableFileError,
  applyDerived,
  loadXlsx,
  sameFile,
  workbookToGrid,
  writeStore,
  writeXlsxAtomic,
} from "./xlsx";

export const USAGE = `Pemakaian (dari folder proyek):
  npx lkjip periksa BERKAS.xlsx [--json]
  npx lkjip hitung MASUK.xlsx -o KELUAR.xlsx [--json]
  npx lkjip narasi BERKAS.xlsx [--ringkas | --lengkap]
  npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx
  npx lkjip templat -o BARU.xlsx          lima tabel kosong dengan judul kolom bawaan
  (sama dengan: npm run -s lkjip -- periksa BERKAS.xlsx …)
Pilihan baca (periksa, hitung, narasi, laporan):
  --peta peta.json                 kolom dan baris pilihan sendiri (menggantikan peta yang tersimpan)
Pilihan perhitungan (semua perintah; hitung menyimpannya di buku kerja keluaran):
  --efisiensi selisih|rasio|sisa   metode efisiensi (bawaan: selisih)
  --negatif 1,2                    nomor sasaran berpolaritas negatif (makin kecil makin baik)
Kode keluar: 0 tanpa galat, 1 ada temuan galat, 2 berkas tidak dapat dibaca/ditulis atau perintah salah.`;

/** A usage mistake: one line on stderr, exit 2. */
class UsageError extends Error {}
/** `--help`: the usage on stdout, exit 0. */
class HelpRequest extends Error {}

const SEE_HELP = "(lihat: npx lkjip --help)";

interface Args {
  command: string;
  file: string;
  out?: string;
  json: boolean;
  length?: "ringkas" | "lengkap";
  settings: Partial<Settings>;
  peta?: string;
}

export function parseArgs(argv: string[]): Args {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpRequest();
  const [command, ...rest] = argv;
  if (!command)
    throw new UsageError(
      `Perintah belum disebutkan: periksa, hitung, narasi, templat atau laporan ${SEE_HELP}.`,
    );
  if (!["periksa", "hitung", "narasi", "templat", "laporan"].includes(command))
    throw new UsageError(
      `Perintah tidak dikenal: ${command}; pilih periksa, hitung, narasi, templat atau laporan ${SEE_HELP}.`,
    );
  const a: Args = { command, file: "", json: false, settings: {} };
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
    } else if (x === "--efisiensi") {
      const m = value();
      if (!["selisih", "rasio", "sisa"].includes(m))
        throw new UsageError(
          `Metode efisiensi tidak dikenal: ${m} (pilih selisih, rasio atau sisa).`,
        );
      a.settings.efisiensi = m as MetodeEfisiensi;
    } else if (x === "--negatif") {
      const v = value();
      const numbers = v.split(",").map((n) => n.trim());
      if (numbers.some((n) => !/^[1-9]\d{0,3}$/.test(n)))
        throw new UsageError(
          `--negatif memerlukan nomor sasaran dipisah koma, misalnya --negatif 1,2 (tertulis: ${v}).`,
        );
      a.settings.polaritas = Object.fromEntries(
        numbers.map((n) => [n, "negatif" as const]),
      );
    } else if (x.startsWith("-"))
      throw new UsageError(`Pilihan tidak dikenal: ${x} ${SEE_HELP}.`);
    else if (!a.file) a.file = x;
    else throw new UsageError(`Terlalu banyak berkas: ${x} ${SEE_HELP}.`);
  }
  if (command === "templat") {
    if (!a.out || a.file)
      throw new UsageError(
        `templat memerlukan -o BARU.xlsx dan tidak membaca berkas ${SEE_HELP}.`,
      );
    return a;
  }
  if (!a.file)
    throw new UsageError(`Berkas .xlsx belum disebutkan ${SEE_HELP}.`);
  if (command === "laporan" && !a.out)
    throw new UsageError(
      `laporan memerlukan -o LAPORAN.docx (berkas masukan tidak pernah ditimpa) ${SEE_HELP}.`,
    );
  if (command === "hitung" && !a.out)
    throw new UsageError(
      `hitung memerlukan -o KELUAR.xlsx (berkas masukan tidak pernah ditimpa) ${SEE_HELP}.`,
    );
  return a;
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

/** Runs one command; returns the exit code (0 clean, 1 error findings, 2 unreadable/unwritable file or bad usage). */
export async function run(argv: string[], io: Io): Promise<number> {
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
  if (args.command === "templat") {
    try {
      await writeXlsxAtomic(templateWorkbook(), args.out!);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      io.err(e.message);
      return 2;
    }
    io.err(`Templat lima tabel ditulis ke ${args.out}.`);
    return 0;
  }
  let peta: Peta | undefined;
  if (args.peta) {
    let raw: unknown;
    try {
      raw = JSON.parse(await fs.readFile(args.peta, "utf8"));
    } catch {
      io.err(`Peta ${args.peta} tidak dapat dibaca sebagai JSON.`);
      return 2;
    }
    const { peta: p, problems } = parsePeta(raw);
    if (problems.length) {
      io.err(`Peta ${args.peta} tidak dapat dipakai: ${problems.join("; ")}.`);
      return 2;
    }
    peta = p;
  }
  try {
    if (args.out && (await sameFile(args.file, args.out))) {
      io.err(
        `Berkas keluaran ${args.out} adalah berkas masukan itu sendiri (atau tautan ke sana); berkas masukan tidak pernah ditimpa.`,
      );
      return 2;
    }
    const wb = await loadXlsx(args.file);
    const grid = workbookToGrid(wb);
    const analysis = analyze(grid, args.settings, { peta });
    const bad = unknownSasaran(args, analysis);
    if (bad) {
      io.err(bad);
      return 2;
    }
    const code = analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
    if (args.command === "laporan") {
      try {
        await writeLaporan(wb, args.out!, args.settings, peta);
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        io.err(e.message);
        return 2;
      }
      // The doubtful figures go to the officer, never into the report.
      const errors = analysis.findings.filter((f) => f.severity === "error");
      if (errors.length)
        io.err(
          `Periksa sebelum ditandatangani (tidak dicetak di laporan):\n${errors.map((f) => `  ${f.sheet ?? ""}${f.cell ? "!" + f.cell : ""}  ${f.message}`).join("\n")}`,
        );
      io.err(`Laporan ditulis ke ${args.out}.`);
      return code;
    }
    if (args.command === "periksa") {
      report(io, args.file, analysis, args.json, false);
    } else if (args.command === "hitung") {
      const n = applyDerived(wb, analysis.derived);
      // Options given here are kept in the copy, where periksa, narasi and the add-in read them.
      if (Object.keys(args.settings).length > 0)
        writeStore(wb, args.settings, readStore(grid).values);
      try {
        await writeXlsxAtomic(wb, args.out!);
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        report(io, args.file, analysis, args.json, true);
        io.err(e.message);
        return 2;
      }
      report(io, args.file, analysis, args.json, true);
      io.err(`${n} sel hasil hitung ditulis ke ${args.out}.`);
    } else {
      // Tugas pokok dan fungsi and strategi: texts the user keeps in the workbook's settings store.
      const texts = narrativeTexts(readStore(grid).values);
      io.out(narasi(analysis, { panjang: args.length, texts }));
    }
    return code;
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
