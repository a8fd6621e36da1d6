// Buat Narasi: the narrative into the sheet Narasi, one paragraph per row, always as text; the undo record (the old
// text, or the sheet it creates) goes in first, in the same sync as the text.
import {
  Analysis,
  NarrativeDocument,
  NarrativeTexts,
  Settings,
  analyze,
  buildNarrativeDocument,
  narasiParagraf,
  withDefaults,
} from "../core";
import { run } from "./capabilities";
import { NARASI_SHEET, UNDO_SHEET, newBatch } from "./cells";
import { assertWritable } from "./protection";
import { cachedSheets, readWorkbook, rememberSheets } from "./read";
import { ensureToolSheets } from "./tools";
import { queueUndo } from "./undo";
import { writeText } from "./write";

export interface NarasiResult {
  analysis: Analysis;
  text: string;
  paragraphs: string[];
  /** The narrative as a document, for the pane (text and review notes apart). */
  document: NarrativeDocument;
}

/** The Narasi sheet's old text (kept for undo): queued with the read when the sheet was known, else one more read. */
async function oldNarasi(
  context: Excel.RequestContext,
  queued: Excel.Range | null,
): Promise<string[]> {
  let rows: unknown[][];
  if (queued) rows = queued.values ?? [];
  else {
    const o = context.workbook.worksheets
      .getItem(NARASI_SHEET)
      .getUsedRange(true);
    o.load("values");
    await context.sync();
    rows = o.values ?? [];
  }
  return rows.map((r) => String(r[0] ?? ""));
}

function writeParagraphs(ws: Excel.Worksheet, paragraphs: string[]): void {
  if (!paragraphs.length) return;
  const target = ws.getRange(`A1:A${paragraphs.length}`);
  // Text format first, and the quote prefix for = + - @: a paragraph never becomes a formula.
  writeText(target, paragraphs);
  target.format.wrapText = true;
  target.format.verticalAlignment = Excel.VerticalAlignment.top;
  ws.getRange("A:A").format.columnWidth = 560;
}

export async function buatNarasi(
  settings: Partial<Settings>,
  panjang?: "ringkas" | "lengkap",
  texts?: Partial<NarrativeTexts>,
): Promise<NarasiResult> {
  await ensureToolSheets();
  return run(async (context) => {
    const exists = (cachedSheets() ?? []).some((s) => s.name === NARASI_SHEET);
    // Queued before the read's sync so the old narrative (for undo) comes back in the same round trip.
    const old = exists
      ? context.workbook.worksheets.getItem(NARASI_SHEET).getUsedRange(true)
      : null;
    old?.load("values,address");
    const wb = await readWorkbook(context);
    const s = withDefaults(settings);
    const analysis = analyze(wb.grid, s);
    const opts = { panjang: panjang ?? s.narasi, texts };
    const paragraphs = narasiParagraf(analysis, opts);
    const document = buildNarrativeDocument(analysis, opts);
    const present = wb.sheets.some((x) => x.name === NARASI_SHEET);
    assertWritable(
      wb.sheets,
      wb.structure,
      [NARASI_SHEET, UNDO_SHEET],
      present ? [] : [NARASI_SHEET],
    );
    const batch = newBatch("Buat Narasi");
    if (present)
      batch.sheetText = {
        sheet: NARASI_SHEET,
        rows: await oldNarasi(context, old),
      };
    else batch.createdSheets.push(NARASI_SHEET);
    queueUndo(context, batch);
    const ws = present
      ? context.workbook.worksheets.getItem(NARASI_SHEET)
      : context.workbook.worksheets.add(NARASI_SHEET);
    if (present) ws.getRange("A:A").clear(Excel.ClearApplyTo.contents);
    writeParagraphs(ws, paragraphs);
    ws.activate();
    await context.sync();
    const cached = cachedSheets();
    if (!present && cached)
      rememberSheets([
        ...cached,
        { name: NARASI_SHEET, visibility: "Visible", protected: false },
      ]);
    return { analysis, text: paragraphs.join("\n\n"), paragraphs, document };
  }, true);
}
