// `lkjip periksa BERKAS.xlsx [--json]`: the findings, nothing written.
import type { Args, Io } from "./args";
import { analysed, printFindings } from "./analysis";

export async function runCommand(args: Args, io: Io): Promise<number> {
  const opened = await analysed(args, io);
  if (typeof opened === "number") return opened;
  printFindings(io, args, opened.analysis, false);
  return opened.code;
}
