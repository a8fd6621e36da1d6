// `lkjip narasi BERKAS.xlsx [--ringkas | --lengkap]`: the narrative as text on stdout.
import { narasi, narrativeTexts, readStore } from "../core";
import type { Args, Io } from "./args";
import { analysed } from "./analysis";

export async function runCommand(args: Args, io: Io): Promise<number> {
  const opened = await analysed(args, io);
  if (typeof opened === "number") return opened;
  // Tugas pokok dan fungsi and strategi: texts the user keeps in the workbook's settings store.
  const texts = narrativeTexts(readStore(opened.wb.grid).values);
  io.out(narasi(opened.analysis, { panjang: args.length, texts }));
  return opened.code;
}
