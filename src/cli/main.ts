// `lkjip periksa|hitung|narasi|templat|laporan …` (bin/lkjip.js, npx lkjip, npm run -s lkjip -- …): the entry.
// Thin: parse the arguments against the command table, load that command's module, run it, say how it ended.
import { HelpRequest, Io, UsageError, parseArgs } from "./args";
import { COMMANDS } from "./commands";
import { UnreadableFileError } from "./errors";
import { USAGE } from "./usage";

export type { Io };

/** Runs one command; returns the exit code (0 clean, 1 error findings, 2 unreadable/unwritable file or bad usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, COMMANDS);
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
    const command = await COMMANDS[args.command].load();
    return await command.runCommand(args, io);
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

/** The process entry point (the `lkjip` bin, from the build or the source). */
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
