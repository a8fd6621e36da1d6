// The command line's arguments: one parser for every command, driven by what each command says it takes (the
// table in commands.ts), so a usage mistake is said before any command's code is loaded.
import type { MetodeEfisiensi, Settings } from "../core";

/** A usage mistake: one line on stderr, exit 2. */
export class UsageError extends Error {}
/** `--help`: the usage on stdout, exit 0. */
export class HelpRequest extends Error {}

export const SEE_HELP = "(lihat: npx lkjip --help)";

export interface Args {
  command: string;
  /** The first file named (the workbook read); "" when none. */
  file: string;
  /** Every file named, in order (one, except for a command that reads many). */
  files: string[];
  out?: string;
  /** `--timpa`: an existing output may be replaced. */
  timpa: boolean;
  json: boolean;
  length?: "ringkas" | "lengkap";
  settings: Partial<Settings>;
  peta?: string;
  /** `--pekerja N` (rekap): worker threads started at once; absent: as many as pay for themselves. */
  workers?: number;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What a command takes on the command line: enough to check its arguments without loading its code. */
export interface CommandSpec {
  /** The options it takes, besides --efisiensi and --negatif (every command) and --help. */
  takes: readonly string[];
  /** What it reads: one workbook (the default), several files or folders, or nothing (templat). */
  reads?: "many" | "nothing";
  /** The output it requires with -o, as the usage names it (KELUAR.xlsx); none when it writes nothing. */
  writes?: string;
}

type OptionValue = () => string;
type Option = (a: Args, value: OptionValue) => void;

function efisiensi(a: Args, value: OptionValue): void {
  const m = value();
  if (!["selisih", "rasio", "sisa"].includes(m))
    throw new UsageError(
      `Metode efisiensi tidak dikenal: ${m} (pilih selisih, rasio atau sisa).`,
    );
  a.settings.efisiensi = m as MetodeEfisiensi;
}

function negatif(a: Args, value: OptionValue): void {
  const v = value();
  const numbers = v.split(",").map((n) => n.trim());
  if (numbers.some((n) => !/^[1-9]\d{0,3}$/.test(n)))
    throw new UsageError(
      `--negatif memerlukan nomor sasaran dipisah koma, misalnya --negatif 1,2 (tertulis: ${v}).`,
    );
  a.settings.polaritas = Object.fromEntries(
    numbers.map((n) => [n, "negatif" as const]),
  );
}

function length(want: "ringkas" | "lengkap"): Option {
  return (a) => {
    if (a.length && a.length !== want)
      throw new UsageError(
        "Pilih salah satu: --ringkas atau --lengkap, tidak keduanya.",
      );
    a.length = want;
  };
}

/** Every option there is, by name. */
const OPTIONS = new Map<string, Option>([
  [
    "--json",
    (a) => {
      a.json = true;
    },
  ],
  [
    "-o",
    (a, value) => {
      a.out = value();
    },
  ],
  [
    "--timpa",
    (a) => {
      a.timpa = true;
    },
  ],
  [
    "--peta",
    (a, value) => {
      a.peta = value();
    },
  ],
  [
    "--pekerja",
    (a, value) => {
      const v = value();
      if (!/^\d{1,3}$/.test(v))
        throw new UsageError(
          `--pekerja memerlukan jumlah thread pekerja, misalnya --pekerja 0 (tertulis: ${v}).`,
        );
      a.workers = Number(v);
    },
  ],
  ["--ringkas", length("ringkas")],
  ["--lengkap", length("lengkap")],
  ["--efisiensi", efisiensi],
  ["--negatif", negatif],
]);
/** `--output` is `-o`. */
const nameOf = (x: string) => (x === "--output" ? "-o" : x);
const EVERY_COMMAND = ["--efisiensi", "--negatif"];

/** "a, b atau c": the commands there are, as the usage lists them. */
function choices(names: string[]): string {
  return `${names.slice(0, -1).join(", ")} atau ${names[names.length - 1]}`;
}

/** The command named first, known in the table; a UsageError otherwise. */
function commandOf(
  command: string | undefined,
  commands: Record<string, CommandSpec>,
): string {
  const names = Object.keys(commands);
  if (!command)
    throw new UsageError(
      `Perintah belum disebutkan: ${choices(names)} ${SEE_HELP}.`,
    );
  if (!Object.prototype.hasOwnProperty.call(commands, command))
    throw new UsageError(
      `Perintah tidak dikenal: ${command}; pilih ${choices(names)} ${SEE_HELP}.`,
    );
  return command;
}

/** An option the command does not take: which commands take it. */
function checkTaken(
  x: string,
  a: Args,
  commands: Record<string, CommandSpec>,
): void {
  const name = nameOf(x);
  if (EVERY_COMMAND.includes(name) || commands[a.command].takes.includes(name))
    return;
  const takers = Object.keys(commands).filter((c) =>
    commands[c].takes.includes(name),
  );
  throw new UsageError(
    `Pilihan ${x} hanya untuk perintah ${takers.join(" dan ")} ${SEE_HELP}.`,
  );
}

/** The files a command needs, and the output it must be given. */
function requireFiles(a: Args, spec: CommandSpec): Args {
  if (spec.reads === "nothing" && (!a.out || a.file))
    throw new UsageError(
      `${a.command} memerlukan -o ${spec.writes} dan tidak membaca berkas ${SEE_HELP}.`,
    );
  if (spec.reads !== "nothing" && !a.file)
    throw new UsageError(`Berkas .xlsx belum disebutkan ${SEE_HELP}.`);
  if (spec.writes && !a.out)
    throw new UsageError(
      `${a.command} memerlukan -o ${spec.writes} (berkas masukan tidak pernah ditimpa) ${SEE_HELP}.`,
    );
  return a;
}

/** The arguments of one call, checked against what its command takes; UsageError or HelpRequest otherwise. */
export function parseArgs(
  argv: string[],
  commands: Record<string, CommandSpec>,
): Args {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpRequest();
  const [first, ...rest] = argv;
  const command = commandOf(first, commands);
  const a: Args = {
    command,
    file: "",
    files: [],
    timpa: false,
    json: false,
    settings: {},
  };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--"))
        throw new UsageError(`${x} memerlukan nilai ${SEE_HELP}.`);
      return v;
    };
    const option = OPTIONS.get(nameOf(x));
    if (option) {
      checkTaken(x, a, commands);
      option(a, value);
    } else if (x.startsWith("-"))
      throw new UsageError(`Pilihan tidak dikenal: ${x} ${SEE_HELP}.`);
    else if (a.file && commands[command].reads !== "many")
      throw new UsageError(`Terlalu banyak berkas: ${x} ${SEE_HELP}.`);
    else {
      a.files.push(x);
      a.file = a.files[0];
    }
  }
  return requireFiles(a, commands[command]);
}
