// `npm run lkjip -- periksa|hitung|narasi …`: the engine on .xlsx files. Thin: parse arguments, load, run, print.
import path from "node:path";
import fs from "node:fs/promises";
import {
  Analysis,
  MetodeEfisiensi,
  Peta,
  Settings,
  analyze,
  parsePeta,
} from "../core";
import { narasi } from "../core/narasi";
import { renderFindings } from "./render";
import { writeTemplate } from "./template";
import {
  UnreadableFileError,
  applyDerived,
  loadXlsx,
  workbookToGrid,
} from "./xlsx";

const USAGE = `Pemakaian:
  npm run lkjip -- periksa BERKAS.xlsx [--json]
  npm run lkjip -- hitung MASUK.xlsx -o KELUAR.xlsx [--json]
  npm run lkjip -- narasi BERKAS.xlsx [--ringkas|--lengkap]
  npm run lkjip -- templat -o BARU.xlsx
Pilihan baca:
  --peta peta.json                 kolom dan baris pilihan sendiri (menggantikan peta yang tersimpan di buku kerja)
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
  peta?: string;
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h")
    throw new UsageError(USAGE);
  if (!["periksa", "hitung", "narasi", "templat"].includes(command))
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
    else if (x === "--peta") a.peta = value();
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
  if (command === "templat") {
    if (!a.out || a.file)
      throw new UsageError(
        `templat memerlukan -o BARU.xlsx dan tidak membaca berkas.\n${USAGE}`,
      );
    return a;
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
  if (json) {
    const findings = a.findings.map(
      ({ code, severity, sheet, cell, actual, expected, message }) => ({
        code,
        severity,
        sheet,
        cell,
        actual,
        expected,
        message,
      }),
    );
    write(JSON.stringify({ file, findings }, null, 2));
  } else write(renderFindings(a));
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
  let peta: Peta | undefined;
  if (args.peta) {
    try {
      const { peta: p, problems } = parsePeta(
        JSON.parse(await fs.readFile(args.peta, "utf8")),
      );
      if (problems.length) {
        io.err(
          `Peta ${args.peta} tidak dapat dipakai: ${problems.join("; ")}.`,
        );
        return 2;
      }
      peta = p;
    } catch {
      io.err(`Peta ${args.peta} tidak dapat dibaca sebagai JSON.`);
      return 2;
    }
  }
  if (args.command === "templat") {
    try {
      await writeTemplate(args.out!);
      io.err(`Templat lima tabel ditulis ke ${args.out}.`);
      return 0;
    } catch {
      io.err(`Berkas keluaran tidak dapat ditulis: ${args.out}`);
      return 2;
    }
  }
  try {
    const wb = await loadXlsx(args.file);
    const analysis = analyze(workbookToGrid(wb), args.settings, { peta });
    const hasErrors = analysis.findings.some((f) => f.severity === "error");
    if (args.command === "periksa") {
      report(io, args.file, analysis, args.json, false);
    } else if (args.command === "hitung") {
      const n = applyDerived(wb, analysis.derived);
      await wb.xlsx.writeFile(args.out!);
      report(io, args.file, analysis, args.json, true);
      if (!args.json) io.err(`${n} sel hasil hitung ditulis ke ${args.out}.`);
    } else {
      io.out(narasi(analysis, { panjang: args.length }));
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
