// `lkjip hitung MASUK.xlsx -o KELUAR.xlsx [--json]`: the derived cells patched into a copy of the package (an
// .xlsm stays an .xlsm); the findings on stderr (or --json on stdout), then one line on what was written.
import { patchXlsx } from "../xlsx";
import type { Args, Io } from "./args";
import { analysed, printFindings } from "./analysis";
import { outputRefused, writeOut } from "./output";

export async function runCommand(args: Args, io: Io): Promise<number> {
  const refused = await outputRefused(
    args,
    /\.xlsm$/i.test(args.file) ? ".xlsm" : ".xlsx",
  );
  if (refused) {
    io.err(refused);
    return 2;
  }
  const opened = await analysed(args, io);
  if (typeof opened === "number") return opened;
  const { wb, analysis } = opened;
  // Options given here are kept in the copy, where periksa, narasi and the add-in read them.
  const store = Object.keys(args.settings).length > 0 ? args.settings : null;
  const patched = patchXlsx(wb, analysis.derived, store);
  const failed = await writeOut(args, async () => patched.bytes);
  // The findings first, then one line on what was (or could not be) written.
  printFindings(io, args, analysis, true);
  io.err(
    failed ?? `${patched.written} sel hasil hitung ditulis ke ${args.out}.`,
  );
  return failed ? 2 : opened.code;
}
