// `npm run lkjip -- periksa|hitung|narasi …`: the engine on .xlsx files. Thin: parse arguments, load, run, print.
import path from "node:path";
import {
  Analysis,
  MetodeEfisiensi,
  Settings,
  analyze,
  findingsJson,
  findingsTable,
  readStore,
  SETTINGS_SHEET,
} from "../core";
import { narasi, narrativeTexts } from "../core/narrative";
import {
  UnreadableFileError,
  applyDerived,
  loadXlsx,
  sheetToGrid,
  workbookToGrid,
} from "./xlsx";

const USAGE = `Pemakaian:
  npm run lkjip -- periksa BERKAS.xlsx [--json]
  npm run lkjip -- hitung MASUK.xlsx -o KELUAR.xlsx [--json]
  npm run lkjip -- narasi BERKAS.xlsx [--ringkas|--lengkap]
Pilihan hitung:
  --efisiensi selisih|rasio|sisa   metode efisiensi (bawaan: selisih)
  --negatif 1,2                    sasaran berpolaritas negatif (makin kecil makin baik)`;

class UsageError extends Error {}

interface Args {
  command: string;
  file: string;
  out?: string;
  json: boolean;
  length?: "ringkas" | "lengkap";
  settings: Partial<Settings>;
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h")
    throw new UsageError(USAGE);
  if (!["periksa", "hitung", "narasi"].includes(command))
    throw new UsageError(`Perintah tidak dikenal: ${command}\n${USAGE}`);
  const a: Args = { command, file: "", json: false, settings: {} };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined)
        throw new UsageError(`${x} memerlukan nilai.\n${USAGE}`);
      return v;
    };
    if (x === "--json") a.json = true;
    else if (x === "-o" || x === "--output") a.out = value();
    else if (x === "--ringkas") a.length = "ringkas";
    else if (x === "--lengkap") a.length = "lengkap";
    else if (x === "--efisiensi") {
      const m = value();
      if (!["selisih", "rasio", "sisa"].includes(m))
        throw new UsageError(
          `Metode efisiensi tidak dikenal: ${m} (pilih selisih, rasio atau sisa).`,
        );
      a.settings.efisiensi = m as MetodeEfisiensi;
    } else if (x === "--negatif") {
      a.settings.polaritas = Object.fromEntries(
        value()
          .split(",")
          .map((n) => [n.trim(), "negatif" as const]),
      );
    } else if (x.startsWith("-"))
      throw new UsageError(`Pilihan tidak dikenal: ${x}\n${USAGE}`);
    else if (!a.file) a.file = x;
    else throw new UsageError(`Terlalu banyak berkas: ${x}\n${USAGE}`);
  }
  if (!a.file) throw new UsageError(`Berkas .xlsx belum disebutkan.\n${USAGE}`);
  if (command === "hitung") {
    if (!a.out)
      throw new UsageError(
        `hitung memerlukan -o KELUAR.xlsx (berkas masukan tidak pernah ditimpa).\n${USAGE}`,
      );
    if (path.resolve(a.out) === path.resolve(a.file))
      throw new UsageError(
        "Berkas keluaran harus berbeda dari berkas masukan: berkas masukan tidak pernah ditimpa.",
      );
  }
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
  const write = toErr ? io.err : io.out;
  write(json ? findingsJson(file, a.findings) : findingsTable(a));
}

/** Runs one command; returns the exit code (0 clean, 1 error findings, 2 unreadable input or bad usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  try {
    const wb = await loadXlsx(args.file);
    const grid = workbookToGrid(wb);
    const analysis = analyze(grid, args.settings);
    const hasErrors = analysis.findings.some((f) => f.severity === "error");
    if (args.command === "periksa") {
      report(io, args.file, analysis, args.json, false);
    } else if (args.command === "hitung") {
      const n = applyDerived(wb, analysis.derived);
      await wb.xlsx.writeFile(args.out!);
      report(io, args.file, analysis, args.json, true);
      if (!args.json) io.err(`${n} sel hasil hitung ditulis ke ${args.out}.`);
    } else {
      // Tugas pokok dan fungsi and strategi: texts the user keeps in the workbook's settings store.
      const storeSheet = wb.getWorksheet(SETTINGS_SHEET);
      const store = readStore({
        sheets: storeSheet ? [sheetToGrid(storeSheet)] : [],
      });
      const texts = narrativeTexts(store.values);
      io.out(narasi(analysis, { panjang: args.length, texts }));
    }
    return hasErrors && args.command !== "narasi" ? 1 : 0;
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      io.err(e.message);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (
      code === "EACCES" ||
      code === "ENOENT" ||
      code === "EISDIR" ||
      code === "EROFS"
    ) {
      io.err(`Berkas keluaran tidak dapat ditulis: ${args.out ?? ""}`);
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

if (require.main === module) {
  quietOnClosedPipe();
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
  }).then((code) => {
    process.exitCode = code;
  });
}
