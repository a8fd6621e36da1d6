// The argument parser reads the command table: a new command (rekap, issue 20) is an entry there, and a command
// that reads many files gets them all.
import { CommandSpec, parseArgs } from "../src/cli/args";
import { COMMANDS } from "../src/cli/commands";

describe("arguments checked against the command table", () => {
  const table: Record<string, CommandSpec> = {
    ...COMMANDS,
    rekap: { takes: ["-o", "--json"], reads: "many", writes: "REKAP.xlsx" },
  };

  test("a command that reads many files gets every file, in order; a one-file command still refuses a second", () => {
    expect(parseArgs(["rekap", "a.xlsx", "folder", "b.xlsx", "-o", "r.xlsx"], table)).toMatchObject({ file: "a.xlsx", files: ["a.xlsx", "folder", "b.xlsx"], out: "r.xlsx" });
    expect(() => parseArgs(["periksa", "a.xlsx", "b.xlsx"], table)).toThrow("Terlalu banyak berkas: b.xlsx");
  });

  test("the commands are named from the table: in the usage's order, with a new entry among them", () => {
    expect(() => parseArgs(["bogus"], table)).toThrow("pilih periksa, hitung, narasi, templat, laporan atau rekap");
    expect(() => parseArgs(["narasi", "a.xlsx", "--json"], table)).toThrow("Pilihan --json hanya untuk perintah periksa dan hitung dan rekap");
    expect(() => parseArgs(["rekap", "a.xlsx"], table)).toThrow("rekap memerlukan -o REKAP.xlsx");
  });
});
