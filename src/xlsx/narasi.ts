// Buat Narasi in a file (the web page): the paragraphs into the sheet Narasi, one per row of column A, always as text
// (inline strings: never a formula, the shared string table left alone). A workbook without that sheet gets a new
// visible sheet part, touching only the workbook part, its relationships, [Content_Types].xml and styles.xml (one new
// style that wraps the text, as the add-in's Narasi sheet does); a workbook that has it (written by the add-in or an
// earlier download) gets its column A rewritten as the add-in does: the paragraphs, and the old rows below emptied.
import { addSheet } from "./add-sheet";
import { OpenedWorkbook } from "./read";
import { StyleWriter } from "./style-patch";
import { Patched, SheetCellPatch, patchXlsx, repackage } from "./write";

/** The sheet Buat Narasi writes (the add-in's name for it, src/excel/cells.ts). */
export const NARASI_SHEET = "Narasi";

/** Column A's width in characters: about the add-in's 560 pixels. */
const WIDTH = 80;

export class NarasiSheetError extends Error {}

function rewrite(opened: OpenedWorkbook, paragraphs: string[]): Patched {
  const sheet = opened.grid.sheets.find((s) => s.name === NARASI_SHEET);
  const cells: SheetCellPatch[] = paragraphs.map((text, row) => ({
    sheet: NARASI_SHEET,
    row,
    col: 0,
    content: { kind: "text", text },
  }));
  sheet?.cells.forEach((r, i) => {
    const row = i + sheet.top;
    if (row >= paragraphs.length && r?.[0 - sheet.left]?.value != null)
      cells.push({
        sheet: NARASI_SHEET,
        row,
        col: 0,
        content: { kind: "blank" },
      });
  });
  return patchXlsx(opened, [], null, cells);
}

/** The package with the narrative in its Narasi sheet. */
export function writeNarasiSheet(
  opened: OpenedWorkbook,
  paragraphs: string[],
): Patched {
  const { pkg, workbook } = opened;
  const entry = workbook.sheets.find((s) => s.name === NARASI_SHEET);
  if (entry && (!entry.part || entry.missing))
    throw new NarasiSheetError(
      `Lembar "${NARASI_SHEET}" di buku kerja ini bukan lembar kerja biasa (atau bagiannya hilang), jadi narasi tidak ditulis ke sana. Ganti nama lembar itu, lalu coba lagi.`,
    );
  if (entry) return rewrite(opened, paragraphs);
  const styles =
    workbook.styles && pkg.has(workbook.styles)
      ? new StyleWriter(pkg.text(workbook.styles), opened.styles)
      : null;
  const added = addSheet(
    pkg,
    workbook,
    NARASI_SHEET,
    paragraphs.map((p) => [p]),
    { state: "visible", widths: [WIDTH], style: styles?.wrapStyle() },
  );
  const newStyles = styles?.result();
  if (newStyles) added.replace.set(workbook.styles!, newStyles);
  return { ...repackage(opened, added.replace, added), written: 0 };
}
