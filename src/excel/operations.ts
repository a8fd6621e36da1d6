// The add-in's actions on the workbook. Each click: one sync to read (the sheet list and protection travel with
// it), the engine in between, then one sync that writes the undo record FIRST and the changes after it, then the
// notes as a step of their own; all in one Excel.run grouped into one Excel undo step where supported.
import {
  Analysis,
  Finding,
  Settings,
  analyze,
  parseA1,
  withDefaults,
} from "../core";
import { canFill, run, userError } from "./capabilities";
import { UNDO_SHEET, UndoBatch, newBatch, snapshotOf } from "./cells";
import { CellFinding, cellFindings, writeNotes } from "./notes";
import { assertWritable } from "./protection";
import {
  WorkbookRead,
  collect,
  listSheets,
  primeSheetList as primeList,
  queueRange,
  readWorkbook,
  rememberSheets,
  sheetInfos,
} from "./read";
import { ensureToolSheets } from "./tools";
import { queueUndo, queueUndoNotes } from "./undo";
import { FILLS, WriteQueue, rangeAt, writeDerived, writeText } from "./write";

export interface HitungResult {
  analysis: Analysis;
  /** Derived cells written. */
  written: number;
  /** Cells marked with a finding's fill. */
  marked: number;
  /** Notes written (0 where Excel has no notes API). */
  notes: number;
  /** Excel refused the notes (its error code); the values and fills stand, with their undo record. */
  notesFailed?: string;
}

/** Periksa: read and analyse, write nothing. */
export async function periksa(settings: Partial<Settings>): Promise<Analysis> {
  return run(async (context) => {
    const wb = await readWorkbook(context);
    return analyze(wb.grid, withDefaults(settings));
  });
}

const idOf = (wb: WorkbookRead, sheet: string) =>
  wb.sheets.find((s) => s.name === sheet)?.id;

/** What Hitung will change: each cell's old state (the undo record) and the finding cells to mark. */
function planHitung(wb: WorkbookRead, analysis: Analysis) {
  const batch = newBatch("Hitung Capaian");
  const seen = new Set<string>();
  const derived = analysis.derived.filter(
    (d) => d.changed && wb.data.has(d.sheet),
  );
  for (const d of derived) {
    batch.cells.push({
      ...snapshotOf(d.sheet, wb.data.get(d.sheet)!, d.row, d.col),
      sheetId: idOf(wb, d.sheet),
    });
    seen.add(`${d.sheet}!${d.address}`);
  }
  const findings = cellFindings(analysis.findings);
  const marks = canFill() ? findings.filter((f) => wb.data.has(f.sheet)) : [];
  for (const f of marks) {
    const k = `${f.sheet}!${f.cell}`;
    if (!seen.has(k))
      batch.cells.push({
        ...snapshotOf(f.sheet, wb.data.get(f.sheet)!, f.row, f.col, "fill"),
        sheetId: idOf(wb, f.sheet),
      });
    seen.add(k);
  }
  return { batch, derived, marks, findings };
}

/** The writes of Hitung, after its undo record: derived values with formats, then fills by severity. */
async function queueHitungWrites(
  context: Excel.RequestContext,
  plan: ReturnType<typeof planHitung>,
): Promise<void> {
  const q = new WriteQueue(context);
  for (const d of plan.derived) {
    writeDerived(context, d, canFill());
    await q.add(400);
  }
  for (const f of plan.marks) {
    rangeAt(context, f.sheet, f.cell).format.fill.color = FILLS[f.severity];
    await q.add(200);
  }
}

/** Hitung Capaian: derived cells, fills by severity and notes, with the undo record, in one Excel undo step. */
export async function hitungCapaian(
  settings: Partial<Settings>,
): Promise<HitungResult> {
  await ensureToolSheets();
  return run(async (context) => {
    const wb = await readWorkbook(context);
    const analysis = analyze(wb.grid, withDefaults(settings));
    const plan = planHitung(wb, analysis);
    // Every sheet the click writes, the undo record's included: refused here, before anything is written.
    const targets = new Set(plan.batch.cells.map((c) => c.sheet));
    if (targets.size || plan.findings.length) targets.add(UNDO_SHEET);
    assertWritable(wb.sheets, wb.structure, targets);
    const pushed = plan.batch.cells.length > 0;
    if (pushed) {
      queueUndo(context, plan.batch);
      await queueHitungWrites(context, plan);
      await context.sync();
    }
    const notes = await notesStep(context, plan.findings, plan.batch, pushed);
    return {
      analysis,
      written: plan.derived.length,
      marked: plan.marks.length,
      notes: notes.written,
      notesFailed: notes.failed,
    };
  }, true);
}

/** The notes of Hitung: their undo record (in the batch's row, or a row of their own) goes in before them. */
function notesStep(
  context: Excel.RequestContext,
  findings: CellFinding[],
  batch: UndoBatch,
  pushed: boolean,
) {
  return writeNotes(context, findings, (added) => {
    if (pushed) queueUndoNotes(context, added);
    else queueUndo(context, { ...batch, notes: added });
  });
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
    throw userError(
      "NoValue",
      "Temuan ini tidak memiliki nilai yang dapat diterapkan.",
    );
  }
  const { sheet, cell, row, col, expected } = f;
  await ensureToolSheets();
  await run(async (context) => {
    const list = listSheets(context);
    const p = queueRange(context, sheet, cell, false);
    await context.sync();
    const infos = sheetInfos(list);
    rememberSheets(infos);
    const data = collect(p);
    if (!data)
      throw userError("Unreadable", `Sel ${sheet}!${cell} tidak dapat dibaca.`);
    assertWritable(infos, false, [sheet, UNDO_SHEET]);
    const snap = {
      ...snapshotOf(sheet, data, row, col),
      sheetId: infos.find((s) => s.name === sheet)?.id,
    };
    queueUndo(context, {
      ...newBatch(`Terapkan ${sheet}!${cell}`),
      cells: [snap],
    });
    const r = rangeAt(context, sheet, cell);
    if (typeof expected === "number") {
      r.numberFormat = [[f.expectedKind === "persen" ? "0.00%" : "#,##0"]];
      r.values = [[expected]];
    } else writeText(r, [expected]);
    await context.sync();
  }, true);
}

function hiddenSheetError(sheet: string, address: string, v: string): Error {
  if (v === "VeryHidden")
    return userError(
      "HiddenSheet",
      `Sel ${address} ada di lembar "${sheet}", yang sangat tersembunyi: Excel tidak dapat membukanya dari daftar Tampilkan (Unhide). Pindahkan tabelnya ke lembar yang terlihat, lalu periksa lagi.`,
    );
  return userError(
    "HiddenSheet",
    `Sel ${address} ada di lembar tersembunyi "${sheet}". Tampilkan lembar itu dulu (klik kanan tab lembar mana saja › Tampilkan/Unhide › ${sheet}), lalu klik temuan ini lagi.`,
  );
}

/**
 * Selects a finding's cell (activating its sheet), in one sync. A hidden sheet cannot be activated and Excel says
 * only that the request failed; then the sheet's visibility is read and the user told where the cell is and how to
 * show the sheet.
 */
export async function selectCell(
  sheet: string,
  address: string,
): Promise<void> {
  if (!parseA1(address)) return;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    try {
      await context.sync();
    } catch (e) {
      const w = context.workbook.worksheets.getItemOrNullObject(sheet);
      w.load("visibility");
      await context.sync();
      if (!w.isNullObject && String(w.visibility) !== "Visible")
        throw hiddenSheetError(sheet, address, String(w.visibility));
      throw e;
    }
  });
}

/** Lists the sheets once when the pane loads, so the first click reads everything in a single sync. */
export async function primeSheetList(): Promise<void> {
  await run((context) => primeList(context));
}
