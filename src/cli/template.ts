// `templat -o BARU.xlsx`: the engine's template (core/template.ts) written through ExcelJS (a new file, not a
// user's: the only place ExcelJS writes).
import ExcelJS from "exceljs";
import { templateSheets } from "../core/template";
import type { Args, Io } from "./args";
import { outputRefused, writeOut } from "./output";

export function templateWorkbook(emptyRows = 5): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of templateSheets(emptyRows)) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (v !== null) cell.value = v;
        if (r >= s.bodyRow) cell.numFmt = s.formats[c];
        if (r > 0 && r < s.bodyRow) cell.font = { bold: true };
      }),
    );
    for (const m of s.merges)
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    s.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  }
  return wb;
}

/** The template as the bytes of a new .xlsx file. */
export async function templateBytes(): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook().xlsx.writeBuffer());
}

/** `lkjip templat -o BARU.xlsx`: the template written, never over an existing file unless --timpa. */
export async function runCommand(args: Args, io: Io): Promise<number> {
  const refused = await outputRefused(args, ".xlsx");
  if (refused) {
    io.err(refused);
    return 2;
  }
  const failed = await writeOut(args, templateBytes);
  if (failed) {
    io.err(failed);
    return 2;
  }
  io.err(`Templat lima tabel ditulis ke ${args.out}.`);
  return 0;
}
