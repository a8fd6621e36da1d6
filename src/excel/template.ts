// Siapkan Tabel: the engine's template (core/template.ts, the one `templat -o` writes) put into new sheets of the
// open workbook. A sheet that already holds something is never written over; an empty one of that name is used.
// One undo step: Urungkan empties the sheets again (it never deletes a sheet, see undo.ts).
import { columnLetters, templateSheets } from "../core";
import { run, userError } from "./capabilities";
import { UNDO_SHEET, newBatch } from "./cells";
import {
  assertWritable,
  queueStructure,
  structureProtected,
} from "./protection";
import { listSheets, rememberSheets, sheetInfos } from "./read";
import { ensureToolSheets } from "./tools";
import { queueUndo } from "./undo";

export interface SiapkanResult {
  /** Sheets the tables were written into. */
  written: string[];
  /** Sheets of those names that already hold something: left as they were. */
  kept: string[];
}

/** Excel column width in points for a width in characters (ExcelJS's unit, the one the template gives). */
const POINTS_PER_CHAR = 7;

type Template = ReturnType<typeof templateSheets>[number];

/** One template's sheet: formats first (the body's text columns "@", so a typed 1.a or 0001 stays as typed), then the captions and labels, merges and widths. */
function writeTemplate(ws: Excel.Worksheet, t: Template): void {
  const width = Math.max(...t.rows.map((r) => r.length));
  const last = columnLetters(width - 1);
  const body = ws.getRange(`A${t.bodyRow + 1}:${last}${t.rows.length}`);
  body.numberFormat = t.rows
    .slice(t.bodyRow)
    .map(() =>
      Array.from({ length: width }, (_, c) => t.formats[c] ?? "General"),
    );
  // The caption and header labels are the template's own constants (never a formula).
  ws.getRange(`A1:${last}${t.rows.length}`).values = t.rows.map((r) =>
    Array.from({ length: width }, (_, c) => r[c] ?? ""),
  );
  ws.getRange(`A1:${last}${t.bodyRow}`).format.font.bold = true;
  for (const m of t.merges)
    ws.getRange(
      `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`,
    ).merge();
  t.widths.forEach((w, c) => {
    ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth =
      w * POINTS_PER_CHAR;
  });
}

export async function siapkanTabel(emptyRows = 5): Promise<SiapkanResult> {
  await ensureToolSheets();
  return run(async (context) => {
    const list = listSheets(context);
    const book = queueStructure(context);
    await context.sync();
    const infos = sheetInfos(list);
    const templates = templateSheets(emptyRows);
    // Sheet names are case-insensitive in Excel: "tabel 2.1" is the same sheet as "Tabel 2.1".
    const existing = (name: string) =>
      infos.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const used = templates.map((t) => {
      const s = existing(t.name);
      if (!s) return null;
      const r = context.workbook.worksheets.getItem(s.name).getUsedRange(true);
      r.load("values");
      return r;
    });
    if (used.some((u) => u)) await context.sync();
    const isEmpty = (values: unknown[][]) =>
      values.every((row) => row.every((v) => v === "" || v === null));
    const written: string[] = [];
    const kept: string[] = [];
    const batch = newBatch("Siapkan Tabel");
    const chosen = templates.flatMap((t, i) => {
      const u = used[i];
      if (u && !isEmpty(u.values ?? [])) {
        kept.push(existing(t.name)!.name);
        return [];
      }
      const name = u ? existing(t.name)!.name : t.name;
      batch.createdSheets.push(name);
      written.push(name);
      return [{ t, name, add: !u }];
    });
    if (!written.length) {
      throw userError(
        "SheetsExist",
        `Lembar ${kept.map((k) => `"${k}"`).join(", ")} sudah ada dan berisi; Siapkan Tabel tidak menimpa lembar yang ada. Ganti nama atau kosongkan lembar itu bila ingin tabel kosong yang baru.`,
      );
    }
    const adds = chosen.filter((c) => c.add).map((c) => c.name);
    assertWritable(
      infos,
      structureProtected(book),
      [...written, UNDO_SHEET],
      adds,
    );
    queueUndo(context, batch);
    for (const c of chosen)
      writeTemplate(
        c.add
          ? context.workbook.worksheets.add(c.name)
          : context.workbook.worksheets.getItem(c.name),
        c.t,
      );
    context.workbook.worksheets.getItem(written[0]).activate();
    await context.sync();
    rememberSheets([
      ...infos,
      ...written
        .filter((n) => !existing(n))
        .map((name) => ({ name, visibility: "Visible", protected: false })),
    ]);
    return { written, kept };
  }, true);
}
