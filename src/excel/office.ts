// The Office.js adapter: the only module that calls Excel.run or Office.context.
// Every click is batched: one sync to read the workbook, the engine in between, one sync to write.
import {
  Analysis,
  DerivedCell,
  Finding,
  GridWorkbook,
  Settings,
  analyze,
  narasiParagraf,
  parseA1,
  withDefaults,
} from "../core";
import {
  CellSnapshot,
  NARASI_SHEET,
  PAYLOAD_BUDGET,
  RangeData,
  UNDO_SHEET,
  UndoBatch,
  asCellText,
  decodeUndo,
  encodeUndo,
  estimateReadBytes,
  isOwnSheet,
  newBatch,
  parseArea,
  rangeToGrid,
  restoreValue,
  sheetRef,
  snapshotOf,
} from "./cells";

/** Fluent-style tints: derived cells light green; findings by severity. */
export const FILLS = {
  derived: "#E8F3EC",
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
} as const;
/** Notes the add-in writes start with this, so it never touches a note of the user's. */
export const NOTE_PREFIX = "LKjIP: ";
/** Undo batches kept (one row each in the hidden sheet, newest in row 1). */
export const UNDO_DEPTH = 20;
const UNDO_COLS = "A1:Z1"; // column A: notes added; B…Z: the batch JSON in chunks
const SETTINGS_KEY = "lkjip.settings";

// ---------------------------------------------------------------- capabilities

function supports(set: string, version: string): boolean {
  try {
    return !!Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}
/** getCellProperties: fills are painted only where the previous fill can be read (and so restored). */
const canFill = () => supports("ExcelApi", "1.9");
const canMerged = () => supports("ExcelApi", "1.13");
const canNotes = () => supports("ExcelApi", "1.18");
const canMergeUndo = () => supports("ExcelApi", "1.20");

function run<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  undoGroup = false,
): Promise<T> {
  // One entry in Excel's own undo stack per click where the client supports it; ours works everywhere.
  return undoGroup && canMergeUndo()
    ? Excel.run({ mergeUndoGroup: true }, batch)
    : Excel.run(batch);
}

// ---------------------------------------------------------------- reading

interface SheetInfo {
  name: string;
  visibility: string;
}

/**
 * The sheet list as of the last read. Listing sheets needs a sync of its own before their ranges can be
 * queued; with the list known, the list and every used range travel in the same sync. A stale list
 * (a sheet renamed or deleted) makes that sync fail and the read starts over; a new sheet costs one more sync.
 */
let knownSheets: SheetInfo[] | null = null;

interface PendingSheet {
  name: string;
  range: Excel.Range;
  merged: Excel.RangeAreas | null;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

interface WorkbookRead {
  sheets: SheetInfo[];
  data: Map<string, RangeData>;
  grid: GridWorkbook;
}

const engineSheet = (s: SheetInfo) =>
  !isOwnSheet(s.name) && s.visibility !== "VeryHidden";

function queueSheet(
  context: Excel.RequestContext,
  name: string,
  address?: string,
): PendingSheet {
  const ws = context.workbook.worksheets.getItem(name);
  // valuesOnly=false: formatted empty cells (the derived columns) are inside the range, so their fills are read too.
  const range = address ? ws.getRange(address) : ws.getUsedRange(false);
  range.load("address,values,text,numberFormat,formulas,valueTypes");
  let merged: Excel.RangeAreas | null = null;
  if (canMerged()) {
    merged = range.getMergedAreasOrNullObject();
    merged.load("address");
  }
  const props = canFill()
    ? range.getCellProperties({
        format: { fill: { color: true, pattern: true } },
      })
    : null;
  return { name, range, merged, props };
}

function collect(p: PendingSheet): RangeData {
  return {
    address: p.range.address,
    values: p.range.values,
    text: p.range.text,
    numberFormat: p.range.numberFormat,
    formulas: p.range.formulas,
    valueTypes: p.range.valueTypes as string[][],
    mergedAddress: p.merged && !p.merged.isNullObject ? p.merged.address : null,
    fills: p.props
      ? p.props.value.map((row) =>
          row.map((c) =>
            c.format?.fill &&
            c.format.fill.pattern !== "None" &&
            c.format.fill.color
              ? c.format.fill.color
              : null,
          ),
        )
      : undefined,
  };
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(
    code,
  );
}

/** Reads every sheet the engine needs; one sync when the sheet list is known, chunked only if Excel refuses the size. */
async function readWorkbook(
  context: Excel.RequestContext,
): Promise<WorkbookRead> {
  let list = context.workbook.worksheets;
  list.load("items/name,items/visibility");
  const pending = new Map<string, PendingSheet>();
  if (knownSheets)
    for (const s of knownSheets.filter(engineSheet))
      pending.set(s.name, queueSheet(context, s.name));
  try {
    await context.sync();
  } catch (e) {
    if (!knownSheets && !isPayloadError(e)) throw e;
    // Stale list or too big a response: list the sheets alone, then read below (chunked if needed).
    knownSheets = null;
    pending.clear();
    list = context.workbook.worksheets;
    list.load("items/name,items/visibility");
    await context.sync();
    if (isPayloadError(e))
      return chunkedRead(
        context,
        list.items.map((w) => ({ name: w.name, visibility: w.visibility })),
      );
  }
  const sheets = list.items.map((w) => ({
    name: w.name,
    visibility: w.visibility as string,
  }));
  knownSheets = sheets;
  const missing = sheets.filter((s) => engineSheet(s) && !pending.has(s.name));
  if (missing.length) {
    for (const s of missing) pending.set(s.name, queueSheet(context, s.name));
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadError(e)) return chunkedRead(context, sheets);
      throw e;
    }
  }
  const data = new Map<string, RangeData>();
  for (const s of sheets) {
    const p = pending.get(s.name);
    if (p) data.set(s.name, collect(p));
  }
  return finish(sheets, data);
}

function finish(
  sheets: SheetInfo[],
  data: Map<string, RangeData>,
): WorkbookRead {
  const grid: GridWorkbook = {
    sheets: sheets
      .filter((s) => data.has(s.name))
      .map((s) => rangeToGrid(s.name, data.get(s.name)!)),
  };
  return { sheets, data, grid };
}

/** For workbooks whose used ranges exceed Excel on the web's 5 MB per request: row blocks, several per sync within budget. */
async function chunkedRead(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
): Promise<WorkbookRead> {
  const used = sheets.filter(engineSheet).map((s) => {
    const r = context.workbook.worksheets.getItem(s.name).getUsedRange(false);
    r.load("address,rowCount,columnCount");
    return { s, r };
  });
  await context.sync();
  const blocks: {
    sheet: string;
    top: number;
    bottom: number;
    left: number;
    right: number;
  }[] = [];
  for (const { s, r } of used) {
    const a = parseArea(r.address)!;
    const rowsPerBlock = Math.max(
      1,
      Math.floor(PAYLOAD_BUDGET / estimateReadBytes(1, r.columnCount)),
    );
    for (let top = a.top; top <= a.bottom; top += rowsPerBlock)
      blocks.push({
        sheet: s.name,
        top,
        bottom: Math.min(a.bottom, top + rowsPerBlock - 1),
        left: a.left,
        right: a.right,
      });
  }
  const parts = new Map<string, RangeData[]>();
  let batch: { sheet: string; p: PendingSheet }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await context.sync();
    for (const { sheet, p } of batch)
      parts.set(sheet, [...(parts.get(sheet) ?? []), collect(p)]);
    batch = [];
    bytes = 0;
  };
  for (const b of blocks) {
    const size = estimateReadBytes(b.bottom - b.top + 1, b.right - b.left + 1);
    if (bytes + size > PAYLOAD_BUDGET) await flush();
    const address = `${colName(b.left)}${b.top + 1}:${colName(b.right)}${b.bottom + 1}`;
    batch.push({ sheet: b.sheet, p: queueSheet(context, b.sheet, address) });
    bytes += size;
  }
  await flush();
  const data = new Map<string, RangeData>();
  for (const [sheet, list] of parts) data.set(sheet, mergeBlocks(list));
  knownSheets = sheets;
  return finish(sheets, data);
}

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function mergeBlocks(list: RangeData[]): RangeData {
  const first = parseArea(list[0].address)!;
  const last = parseArea(list[list.length - 1].address)!;
  const cat = <T>(pick: (d: RangeData) => T[][]) => list.flatMap(pick);
  const merges = list
    .map((d) => d.mergedAddress)
    .filter((m): m is string => !!m);
  return {
    address: `${colName(first.left)}${first.top + 1}:${colName(last.right)}${last.bottom + 1}`,
    values: cat((d) => d.values),
    text: cat((d) => d.text),
    numberFormat: cat((d) => d.numberFormat),
    formulas: cat((d) => d.formulas),
    valueTypes: cat((d) => d.valueTypes),
    mergedAddress: merges.length ? merges.join(",") : null,
    fills: list.every((d) => d.fills) ? cat((d) => d.fills!) : undefined,
  };
}

// ---------------------------------------------------------------- writing helpers

/** Payload of the write sync; split into more syncs only past the budget (thousands of cells). */
class WriteQueue {
  private bytes = 0;
  syncs = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(approxBytes: number): Promise<void> {
    this.bytes += approxBytes;
    if (this.bytes > PAYLOAD_BUDGET) {
      await this.context.sync();
      this.syncs++;
      this.bytes = 0;
    }
  }
}

function rangeAt(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRange(address);
}

function applySnapshot(context: Excel.RequestContext, s: CellSnapshot): void {
  const r = rangeAt(context, s.sheet, s.address);
  if (s.kind === "cell") {
    r.numberFormat = [[s.numFmt ?? "General"]];
    if (s.formula) r.formulas = [[s.formula]];
    else r.values = [[restoreValue(s)]];
  }
  if (s.fill === null) r.format.fill.clear();
  else if (typeof s.fill === "string") r.format.fill.color = s.fill;
}

/** Pushes a batch onto the hidden undo sheet (row 1 = newest), creating the sheet when needed. */
function queueUndo(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  batch: UndoBatch,
): void {
  let ws: Excel.Worksheet;
  if (sheets.some((s) => s.name === UNDO_SHEET))
    ws = context.workbook.worksheets.getItem(UNDO_SHEET);
  else {
    ws = context.workbook.worksheets.add(UNDO_SHEET);
    // veryHidden: not listed in Excel's Unhide dialog, so users do not edit it by accident.
    ws.visibility = Excel.SheetVisibility.veryHidden;
    knownSheets = [...sheets, { name: UNDO_SHEET, visibility: "VeryHidden" }];
  }
  ws.getRange("1:1").insert(Excel.InsertShiftDirection.down);
  const parts = encodeUndo(batch);
  if (parts.length > 25)
    throw new Error(
      "Perubahan terlalu besar untuk disimpan sebagai satu langkah urungkan.",
    );
  const row = ws.getRange(`A1:${colName(parts.length)}1`);
  row.numberFormat = [Array(parts.length + 1).fill("@")];
  row.values = [[JSON.stringify(batch.notes), ...parts]];
  ws.getRange(`${UNDO_DEPTH + 1}:${UNDO_DEPTH + 1}`).delete(
    Excel.DeleteShiftDirection.up,
  );
}

// ---------------------------------------------------------------- the operations

export interface HitungResult {
  analysis: Analysis;
  /** Derived cells written. */
  written: number;
  /** Cells marked with a finding's fill. */
  marked: number;
  notes: number;
}

/** Periksa: read and analyse, write nothing. */
export async function periksa(settings: Partial<Settings>): Promise<Analysis> {
  return run(async (context) => {
    const wb = await readWorkbook(context);
    return analyze(wb.grid, withDefaults(settings));
  });
}

/** Hitung Capaian: one sync to read, one to write the derived cells, the fills and the undo record. */
export async function hitungCapaian(
  settings: Partial<Settings>,
): Promise<HitungResult> {
  const result = await run(async (context) => {
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
    if (paint) {
      for (const f of cellFindings(analysis.findings)) {
        const data = wb.data.get(f.sheet!);
        if (!data) continue;
        const key = `${f.sheet}!${f.cell}`;
        if (!seen.has(key))
          batch.cells.push(snapshotOf(f.sheet!, data, f.row!, f.col!, "fill"));
        seen.add(key);
        rangeAt(context, f.sheet!, f.cell!).format.fill.color =
          FILLS[f.severity];
        marked++;
        await q.add(200);
      }
    }
    if (batch.cells.length) {
      queueUndo(context, wb.sheets, batch);
      await context.sync();
    }
    return { analysis, written: changed.length, marked, notes: 0 };
  }, true);
  if (canNotes())
    result.notes = await addNotes(cellFindings(result.analysis.findings));
  return result;
}

function writeDerived(
  context: Excel.RequestContext,
  d: DerivedCell,
  paint: boolean,
): void {
  const r = rangeAt(context, d.sheet, d.address);
  if (d.value === null) {
    r.values = [[""]];
    return;
  }
  // Format first, then the number: a percent is a fraction shown with a percent format, never text.
  r.numberFormat = [[d.numFmt]];
  r.values = [[d.value]];
  if (paint) r.format.fill.color = FILLS.derived;
}

type CellFinding = Finding & {
  sheet: string;
  cell: string;
  row: number;
  col: number;
};
function cellFindings(list: Finding[]): CellFinding[] {
  return list.filter(
    (f): f is CellFinding =>
      !!f.sheet &&
      !!f.cell &&
      typeof f.row === "number" &&
      typeof f.col === "number",
  );
}

/**
 * Notes (ExcelApi 1.18) need to know whether a cell already has a note, which takes a sync of its own, so they are
 * a second, optional pass after the two-sync write: the user's notes are never replaced, ours are updated,
 * and the notes added are recorded with the undo batch just written.
 */
async function addNotes(findings: CellFinding[]): Promise<number> {
  if (!findings.length) return 0;
  return run(async (context) => {
    const byCell = new Map<string, CellFinding[]>();
    for (const f of findings)
      byCell.set(`${sheetRef(f.sheet)}!${f.cell}`, [
        ...(byCell.get(`${sheetRef(f.sheet)}!${f.cell}`) ?? []),
        f,
      ]);
    const existing = [...byCell.keys()].map((key) => {
      const n = context.workbook.notes.getItemOrNullObject(key);
      n.load("content");
      return { key, n };
    });
    const undoRow = context.workbook.worksheets
      .getItem(UNDO_SHEET)
      .getRange("A1");
    undoRow.load("values");
    await context.sync();
    const added: { sheet: string; address: string }[] = [];
    for (const { key, n } of existing) {
      const list = byCell.get(key)!;
      const text = NOTE_PREFIX + list.map((f) => f.message).join("\n\n");
      if (n.isNullObject) {
        context.workbook.notes.add(key, text);
        added.push({ sheet: list[0].sheet, address: list[0].cell });
      } else if (n.content.startsWith(NOTE_PREFIX)) n.content = text;
    }
    if (added.length) {
      let prev: { sheet: string; address: string }[] = [];
      try {
        prev = JSON.parse(String(undoRow.values[0][0] || "[]"));
      } catch {
        prev = [];
      }
      undoRow.values = [[JSON.stringify([...prev, ...added])]];
    }
    await context.sync();
    return (
      added.length +
      existing.filter(
        (e) => !e.n.isNullObject && e.n.content.startsWith(NOTE_PREFIX),
      ).length
    );
  });
}

export interface NarasiResult {
  analysis: Analysis;
  text: string;
  paragraphs: string[];
}

/** Buat Narasi: the narrative into the sheet Narasi, one paragraph per row, always as text. */
export async function buatNarasi(
  settings: Partial<Settings>,
  panjang?: "ringkas" | "lengkap",
): Promise<NarasiResult> {
  return run(async (context) => {
    const exists = (knownSheets ?? []).some((s) => s.name === NARASI_SHEET);
    // Queued before the read's sync so the old narrative (for undo) comes back in the same round trip.
    const old = exists
      ? context.workbook.worksheets.getItem(NARASI_SHEET).getUsedRange(true)
      : null;
    old?.load("values,address");
    const wb = await readWorkbook(context);
    const analysis = analyze(wb.grid, withDefaults(settings));
    const paragraphs = narasiParagraf(analysis, { panjang });
    const text = paragraphs.join("\n\n");
    const present = wb.sheets.some((s) => s.name === NARASI_SHEET);
    const batch = newBatch("Buat Narasi");
    let ws: Excel.Worksheet;
    if (present) {
      let rows: unknown[][];
      if (old) rows = old.values;
      else {
        // Narasi appeared since the sheet list was cached: one more read for its old text (kept for undo).
        const o = context.workbook.worksheets
          .getItem(NARASI_SHEET)
          .getUsedRange(true);
        o.load("values");
        await context.sync();
        rows = o.values;
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
      target.numberFormat = paragraphs.map(() => ["@"]);
      target.values = paragraphs.map((p) => [asCellText(p)]);
      target.format.wrapText = true;
      target.format.verticalAlignment = Excel.VerticalAlignment.top;
      ws.getRange("A:A").format.columnWidth = 560;
    }
    ws.activate();
    queueUndo(context, wb.sheets, batch);
    await context.sync();
    if (!present)
      knownSheets = [
        ...(knownSheets ?? []),
        { name: NARASI_SHEET, visibility: "Visible" },
      ];
    return { analysis, text, paragraphs };
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
  await run(async (context) => {
    const list = context.workbook.worksheets;
    list.load("items/name,items/visibility");
    const p = queueSheet(context, sheet, cell);
    await context.sync();
    const sheets = list.items.map((w) => ({
      name: w.name,
      visibility: w.visibility as string,
    }));
    knownSheets = sheets;
    const snap = snapshotOf(sheet, collect(p), row, col);
    const r = rangeAt(context, sheet, cell);
    if (typeof expected === "number") {
      r.numberFormat = [[f.expectedKind === "persen" ? "0.00%" : "#,##0"]];
      r.values = [[expected]];
    } else {
      r.numberFormat = [["@"]];
      r.values = [[asCellText(expected)]];
    }
    queueUndo(context, sheets, {
      ...newBatch(`Terapkan ${sheet}!${cell}`),
      cells: [snap],
    });
    await context.sync();
  }, true);
}

/** Urungkan: restores the newest batch exactly (values, formulas, formats, fills), then drops it. */
export async function urungkan(): Promise<string | null> {
  return run(async (context) => {
    const u = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    u.load("name");
    await context.sync();
    if (u.isNullObject) return null;
    const row = u.getRange(UNDO_COLS);
    row.load("values");
    await context.sync();
    const values = row.values[0];
    const batch = decodeUndo(values.slice(1));
    if (!batch) return null;
    let notes: { sheet: string; address: string }[] = [];
    try {
      notes = JSON.parse(String(values[0] || "[]"));
    } catch {
      notes = [];
    }
    if (notes.length && canNotes()) {
      const found = notes.map((n) => {
        const note = context.workbook.notes.getItemOrNullObject(
          `${sheetRef(n.sheet)}!${n.address}`,
        );
        note.load("content");
        return note;
      });
      await context.sync();
      for (const n of found)
        if (!n.isNullObject && n.content.startsWith(NOTE_PREFIX)) n.delete();
    }
    for (const s of batch.cells) applySnapshot(context, s);
    if (batch.sheetText) {
      const ws = context.workbook.worksheets.getItem(batch.sheetText.sheet);
      ws.getRange("A:A").clear(Excel.ClearApplyTo.contents);
      const rows = batch.sheetText.rows;
      if (rows.length) {
        const target = ws.getRange(`A1:A${rows.length}`);
        target.numberFormat = rows.map(() => ["@"]);
        target.values = rows.map((t) => [asCellText(t)]);
      }
    }
    for (const name of batch.createdSheets)
      context.workbook.worksheets.getItem(name).delete();
    u.getRange("1:1").delete(Excel.DeleteShiftDirection.up);
    await context.sync();
    if (batch.createdSheets.length) knownSheets = null;
    return batch.label;
  });
}

/** How many undo steps are stored (for enabling Urungkan). */
export async function undoDepth(): Promise<number> {
  return run(async (context) => {
    const u = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    u.load("name");
    await context.sync();
    if (u.isNullObject) return 0;
    const col = u.getRange(`B1:B${UNDO_DEPTH}`);
    col.load("values");
    await context.sync();
    let depth = 0;
    for (const r of col.values) if (r[0] !== "" && r[0] !== null) depth++;
    return depth;
  });
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
  await run(async (context) => {
    const list = context.workbook.worksheets;
    list.load("items/name,items/visibility");
    await context.sync();
    knownSheets = list.items.map((w) => ({
      name: w.name,
      visibility: w.visibility as string,
    }));
  });
}

/** For tests: forget the cached sheet list. */
export function resetSheetCache(): void {
  knownSheets = null;
}

// ---------------------------------------------------------------- settings (stored in the workbook)

export function loadSettings(): Partial<Settings> {
  try {
    const raw = Office.context.document.settings.get(SETTINGS_KEY);
    if (typeof raw === "string") return JSON.parse(raw) as Partial<Settings>;
    if (raw && typeof raw === "object") return raw as Partial<Settings>;
  } catch {
    /* unreadable settings fall back to the defaults */
  }
  return {};
}

export function saveSettings(s: Settings): Promise<void> {
  Office.context.document.settings.set(SETTINGS_KEY, JSON.stringify(s));
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(
            new Error(r.error?.message || "Pengaturan tidak dapat disimpan."),
          ),
    ),
  );
}

export function displayLanguage(): string {
  try {
    return Office.context.displayLanguage || "id-ID";
  } catch {
    return "id-ID";
  }
}

/** Opens the pane (shared runtime) so a ribbon click's result is visible. */
export async function showPane(): Promise<void> {
  try {
    if (supports("SharedRuntime", "1.1")) await Office.addin.showAsTaskpane();
  } catch {
    /* the pane may already be open or the client may refuse; the message is still in the pane */
  }
}

export function onReady(): Promise<{ host: Office.HostType | null }> {
  return Office.onReady().then((info) => ({ host: info.host ?? null }));
}

export function associate(
  id: string,
  handler: (event: Office.AddinCommands.Event) => void,
): void {
  Office.actions.associate(id, handler);
}
