// The command table: what each command takes (checked by args.ts before anything is loaded) and where its code
// is. A command's module is imported only when it runs, so `periksa` never loads the report stack (docx,
// ECharts, resvg) nor ExcelJS, and `--help` loads none of them. A new command is one entry here and one module
// exporting runCommand.
import type { Args, CommandSpec, Io } from "./args";

export interface CommandModule {
  /** Runs the command; returns the exit code (0 clean, 1 error findings, 2 unreadable/unwritable file). */
  runCommand(args: Args, io: Io): Promise<number>;
}

export interface Command extends CommandSpec {
  load: () => Promise<CommandModule>;
}

/** In the order the usage lists them (the messages name them in this order). */
export const COMMANDS: Record<string, Command> = {
  periksa: { takes: ["--json", "--peta"], load: () => import("./periksa") },
  hitung: {
    takes: ["--json", "-o", "--timpa", "--peta"],
    writes: "KELUAR.xlsx",
    load: () => import("./hitung"),
  },
  narasi: {
    takes: ["--peta", "--ringkas", "--lengkap"],
    load: () => import("./narasi"),
  },
  templat: {
    takes: ["-o", "--timpa"],
    reads: "nothing",
    writes: "BARU.xlsx",
    load: () => import("./template"),
  },
  laporan: {
    takes: ["-o", "--timpa", "--peta"],
    writes: "LAPORAN.docx",
    load: () => import("./laporan"),
  },
  // -o or --json: rekap.ts says which it needs (the recap can go to stdout alone).
  rekap: {
    takes: ["--json", "-o", "--timpa", "--pekerja"],
    reads: "many",
    load: () => import("./rekap"),
  },
};
