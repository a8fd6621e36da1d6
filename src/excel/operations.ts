// The add-in's actions on the workbook. Each click: one sync to read, the engine in between, one sync to write
// (plus one for notes where Excel has them), all in one Excel.run grouped into one Excel undo step where supported.
import {
  Analysis,
  Finding,
  NarrativeDocument,
  NarrativeTexts,
  Settings,
  analyze,
  buildNarrativeDocument,
  narasiParagraf,
  parseA1,
  withDefaults,
} from "../core";
import { canFill, run } from "./capabilities";
import { NARASI_SHEET, UNDO_SHEET, newBatch, snapshotOf } from "./cells";
import { cellFindings, queueNoteLookups, queueNotes } from "./notes";
import {
  cachedSheets,
  collect,
  listSheets,
  primeSheetList as primeList,
  queueRange,
  readWorkbook,
  rememberSheets,
  sheetInfos,
} from "./read";
import { ensureToolSheet, queueUndo, queueUndoNotes } from "./undo";
import { FILLS, WriteQueue, rangeAt, writeDerived, writeText } from "./write";

export interface HitungResult {
  analysis: Analysis;
  /** Derived cells written. */
  written: number;
  /** Cells marked with a finding's fill. */
  marked: number;
  /** Notes written (0 where Excel has no notes API). */
  notes: number;
}

/** Periksa: read and analyse, write nothing. */
export async function periksa(settings: Partial<Settings>): Promise<Analysis> {
  return run(async (context) => {
    const wb = await readWorkbook(context);
    return analyze(wb.grid, withDefaults(settings));
  });
}

/** Hitung Capaian: derived cells, fills by severity and notes, with the undo record, in one Excel undo step. */
export async function hitungCapaian(
  settings: Partial<Settings>,
): Promise<HitungResult> {
  await ensureToolSheet(UNDO_SHEET);
  return run(async (context) => {
    const wb = await readWorkbook(context);
    const analysis = analyze(wb.grid, withDefaults(settings));
    const changed = analysis.derived.filter((d) => d.changed);
    const paint = canFill();
    const batch = newBatch("Hitung Capaian");
    const seen = new Set<string>();
    const q = new WriteQueue(context);
    for (const d of changed) {
      const data = wb.data.get(d.sheet);
      if (!data) continue;
      batch.cells.push(snapshotOf(d.sheet, data, d.row, d.col));
      seen.add(`${d.sheet}!${d.address}`);
      writeDerived(context, d, paint);
      await q.add(400);
    }
    let marked = 0;
    const findings = cellFindings(analysis.findings);
    if (paint) {
      for (const f of findings) {
        const data = wb.data.get(f.sheet);
        if (!data) continue;
        const key = `${f.sheet}!${f.cell}`;
        if (!seen.has(key))
          batch.cells.push(snapshotOf(f.sheet, data, f.row, f.col, "fill"));
        seen.add(key);
        rangeAt(context, f.sheet, f.cell).format.fill.color = FILLS[f.severity];
        marked++;
        await q.add(200);
      }
    }
    const pushed = batch.cells.length > 0;
    if (pushed) queueUndo(context, batch);
    // Whether each finding cell already has a note travels with the writes; the notes follow in the same run.
    const lookups = queueNoteLookups(context, findings);
    if (pushed || lookups) await context.sync();
    let notes = 0;
    if (lookups) {
      const n = queueNotes(context, lookups);
      notes = n.written;
      if (n.added.length) {
        if (pushed) queueUndoNotes(context, n.added);
        else queueUndo(context, { ...batch, notes: n.added });
      }
      if (notes) await context.sync();
    }
    return { analysis, written: changed.length, marked, notes };
  }, true);
}

export interface NarasiResult {
  analysis: Analysis;
  text: string;
  paragraphs: string[];
  /** The narrative as a document, for the pane (text and review notes apart). */
  document: NarrativeDocument;
}

/** Buat Narasi: the narrative into the sheet Narasi, one paragraph per row, always as text. */
export async function buatNarasi(
  settings: Partial<Settings>,
  panjang?: "ringkas" | "lengkap",
  texts?: Partial<NarrativeTexts>,
): Promise<NarasiResult> {
  await ensureToolSheet(UNDO_SHEET);
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
    const text = paragraphs.join("\n\n");
    const present = wb.sheets.some((x) => x.name === NARASI_SHEET);
    const batch = newBatch("Buat Narasi");
    let ws: Excel.Worksheet;
    if (present) {
      let rows: unknown[][];
      if (old) rows = old.values ?? [];
      else {
        // Narasi appeared since the sheet list was cached: one more read for its old text (kept for undo).
        const o = context.workbook.worksheets
          .getItem(NARASI_SHEET)
          .getUsedRange(true);
        o.load("values");
        await context.sync();
        rows = o.values ?? [];
      }
      ws = context.workbook.worksheets.getItem(NARASI_SHEET);
      batch.sheetText = {
        sheet: NARASI_SHEET,
        rows: rows.map((r) => String(r[0] ?? "")),
      };
      ws.getRange("A:A").clear(Excel.ClearApplyTo.contents);
    } else {
      ws = context.workbook.worksheets.add(NARASI_SHEET);
      batch.createdSheets.push(NARASI_SHEET);
    }
    if (paragraphs.length) {
      const target = ws.getRange(`A1:A${paragraphs.length}`);
      // Text format first, and the quote prefix for = + - @: a paragraph never becomes a formula.
      writeText(target, paragraphs);
      target.format.wrapText = true;
      target.format.verticalAlignment = Excel.VerticalAlignment.top;
      ws.getRange("A:A").format.columnWidth = 560;
    }
    ws.activate();
    queueUndo(context, batch);
    await context.sync();
    const cached = cachedSheets();
    if (!present && cached)
      rememberSheets([
        ...cached,
        { name: NARASI_SHEET, visibility: "Visible" },
      ]);
    return { analysis, text, paragraphs, document };
  }, true);
}

/** Terapkan: writes a finding's expected value into its cell (a change the user chose), undoable like the rest. */
export async function terapkan(f: Finding): Promise<void> {
  if (
    !f.sheet ||
    !f.cell ||
    f.expected === null ||
    typeof f.row !== "number" ||
    typeof f.col !== "number"
  ) {
    throw new Error("Temuan ini tidak memiliki nilai yang dapat diterapkan.");
  }
  const { sheet, cell, row, col, expected } = f;
  await ensureToolSheet(UNDO_SHEET);
  await run(async (context) => {
    const list = listSheets(context);
    const p = queueRange(context, sheet, cell, false);
    await context.sync();
    rememberSheets(sheetInfos(list));
    const data = collect(p);
    if (!data) throw new Error(`Sel ${sheet}!${cell} tidak dapat dibaca.`);
    const snap = snapshotOf(sheet, data, row, col);
    const r = rangeAt(context, sheet, cell);
    if (typeof expected === "number") {
      r.numberFormat = [[f.expectedKind === "persen" ? "0.00%" : "#,##0"]];
      r.values = [[expected]];
    } else writeText(r, [expected]);
    queueUndo(context, {
      ...newBatch(`Terapkan ${sheet}!${cell}`),
      cells: [snap],
    });
    await context.sync();
  }, true);
}

/** Selects a finding's cell (activating its sheet). */
export async function selectCell(
  sheet: string,
  address: string,
): Promise<void> {
  if (!parseA1(address)) return;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/** Lists the sheets once when the pane loads, so the first click reads everything in a single sync. */
export async function primeSheetList(): Promise<void> {
  await run((context) => primeList(context));
}
