// The command line run in-process on real .xlsx files, as the CLI tests use it.
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";

/** Runs the CLI with these arguments; stdout and stderr collected as text, with the exit code. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") });
  return { code, out, err };
}

/** A written workbook read back through ExcelJS. */
export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
