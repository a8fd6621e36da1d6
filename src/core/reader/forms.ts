// Forms read by their layout (forms.ts, issue 19): a form is recognised by its numbering row (`12 = 8+9+10+11`) or
// its header labels; each column is placed by its number and the words over it (`7` · `K` · `Volume`), or its
// label. What the layout lists as not used is said with its reason; a cumulative figure keeps the period columns
// it adds up. Applied the same way to every form: the layout is the data, this module has no case per form.
import {
  FormColumn,
  FormLayout,
  FormPlace,
  numberingKey,
  numberingNumber,
} from "../forms";
import { FORM_LAYOUTS } from "../form-layouts";
import { SheetView } from "../grid";
import { displayText } from "../number";
import { PeriodRead } from "../period";
import { ColumnKey, ColumnSpec, TableId } from "../tables";
import { labelMatches, normalizeLabel } from "../text";
import { ColumnChoice } from "./columns";
import { HeaderMatch } from "./header";
import { PeriodColumn } from "./labels";
import { FoundTable, toTable } from "./table";

/** A form found in the workbook: where, and the table it is read as (none for a form with nothing to check). */
export interface FormSeen {
  layout: FormLayout;
  view: SheetView;
  headerRows: number[];
  left: number;
  table: FoundTable | null;
  /** How the report's period was read from the form, when it was (`triwulan II: …`). */
  period?: string;
  /** The year the form's header states (`… Tahun Berjalan Tahun 2025 …`). */
  year?: number;
}

/** What the header band says over one column: its number in the numbering row and its labels, normalised. */
interface HeaderColumn {
  col: number;
  number: number | null;
  words: string[];
  /** The label as the user sees it: the band's texts, top to bottom, joined with ` / ` (long ones cut). */
  shown: string;
  /** The band's texts in full. */
  full: string;
}

const MAX_SCAN_ROWS = 2000;

/** The texts of a row's cells (a merge's text once, at its first column). */
function rowTexts(view: SheetView, row: number): string[] {
  const out: string[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (view.isMergedTail(row, c)) continue;
    const t = displayText(view.raw(row, c)).trim();
    if (t) out.push(t);
  }
  return out;
}

/** The row is the layout's numbering row, or its label row: the header band around it; else null. */
function bandAt(
  view: SheetView,
  row: number,
  layout: FormLayout,
): number[] | null {
  const texts = rowTexts(view, row);
  if (texts.length < 3) return null;
  if (layout.numbering) {
    const keys = new Set(texts.map(numberingKey));
    if (!layout.numbering.every((n) => keys.has(numberingKey(n)))) return null;
  } else if (layout.labels) {
    const labels = new Set(texts.map(normalizeLabel));
    if (!layout.labels.every((l) => labels.has(l))) return null;
  } else return null;
  const top = Math.max(view.firstRow, row - layout.rowsAbove);
  const bottom = Math.min(view.lastRow, row + layout.rowsBelow);
  return Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
}

/** Every column of the band with a header text, left to right. */
function headerColumns(
  view: SheetView,
  band: number[],
  numberingRow: number | null,
): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const texts: string[] = [];
    let number: number | null = null;
    for (const r of band) {
      const t = displayText(view.cell(r, c)).trim();
      if (!t) continue;
      if (r === numberingRow) number = numberingNumber(t);
      else if (!texts.includes(t)) texts.push(t);
    }
    if (texts.length || number !== null)
      out.push({
        col: c,
        number,
        words: texts.map(normalizeLabel),
        shown: shownLabel(texts, number),
        full: texts.join(" "),
      });
  }
  return out;
}

/** `Target kinerja dan anggaran Renja… / K / Volume (kolom 7)`: long labels cut, the form's column number said. */
function shownLabel(texts: string[], number: number | null): string {
  const cut = texts.map((t) =>
    t.length > 45 ? `${t.slice(0, 42).trimEnd()}…` : t,
  );
  const label = cut.join(" / ");
  return number === null
    ? label
    : label
      ? `${label} (kolom ${number})`
      : String(number);
}

function fits(h: HeaderColumn, p: FormPlace): boolean {
  if (p.number !== undefined && h.number !== p.number) return false;
  if (p.under && !p.under.every((w) => h.words.includes(w))) return false;
  if (
    p.label !== undefined &&
    !h.words.some((w) => w === p.label || labelMatches(w, p.label!))
  )
    return false;
  return p.number !== undefined || p.label !== undefined;
}

/** The one column a place names; with two candidates the first (each place names one column of its form). */
const columnAt = (cols: HeaderColumn[], p: FormPlace, taken: Set<number>) =>
  cols.find((h) => !taken.has(h.col) && fits(h, p));

interface Placed {
  columns: Partial<Record<ColumnKey, number>>;
  choices: ColumnChoice[];
  unused: { col: number; label: string }[];
  missing: ColumnSpec[];
  used: Set<number>;
}

/** A cumulative figure and the period columns it adds up, as a column choice (said, and checked to add up). */
function periodChoice(
  layout: FormLayout,
  cols: HeaderColumn[],
  taken: Set<number>,
  p: FormLayout["periods"][number],
  total: HeaderColumn,
): ColumnChoice {
  const parts: PeriodColumn[] = [];
  for (const x of p.parts) {
    const h = columnAt(cols, x, taken);
    if (!h) continue;
    taken.add(h.col);
    parts.push({ col: h.col, label: h.shown, kind: p.kind, n: x.n });
  }
  return {
    key: p.part,
    title: p.title,
    col: total.col,
    label: total.shown,
    summed: [],
    others: parts.map((x) => ({ col: x.col, label: x.label })),
    why: p.why,
    cumulative: true,
    parts,
  };
}

/** Each column of the layout placed on the header; the layout's columns not found are missing. */
function placeColumns(layout: FormLayout, cols: HeaderColumn[]): Placed {
  const taken = new Set<number>();
  const columns: Partial<Record<ColumnKey, number>> = {};
  const missing: ColumnSpec[] = [];
  const spec = (c: Pick<FormColumn, "part" | "title">): ColumnSpec => ({
    key: c.part,
    aliases: [],
    required: true,
    title: c.title,
  });
  for (const c of layout.columns) {
    const h = columnAt(cols, c, taken);
    if (h) {
      taken.add(h.col);
      columns[c.part] = h.col;
    } else if (c.required) missing.push(spec(c));
  }
  const choices: ColumnChoice[] = [];
  for (const p of layout.periods) {
    const total = cols.find((h) => !taken.has(h.col) && fits(h, p));
    if (!total) continue;
    taken.add(total.col);
    columns[p.part] = total.col;
    choices.push(periodChoice(layout, cols, taken, p, total));
  }
  // The code columns are read for each row's level.
  for (const n of layout.codes?.columns ?? [])
    for (const h of cols) if (h.number === n) taken.add(h.col);
  const unused: Placed["unused"] = [];
  for (const h of cols) {
    if (taken.has(h.col)) continue;
    const why = layout.notUsed.find((n) => fits(h, n))?.why;
    unused.push({ col: h.col, label: why ? `${h.shown} (${why})` : h.shown });
  }
  return { columns, choices, unused, missing, used: taken };
}

/** The form at this band, read as its table (or seen only, for a form with nothing to check). */
function readForm(
  view: SheetView,
  layout: FormLayout,
  band: number[],
  stops: Set<number>,
): FormSeen | null {
  const numberingRow = layout.numbering
    ? (band[layout.rowsAbove] ?? null)
    : null;
  const cols = headerColumns(view, band, numberingRow);
  if (cols.length === 0) return null;
  const placed = placeColumns(layout, cols);
  const left = cols[0].col;
  const yearText = layout.yearAt
    ? cols.find((h) => fits(h, layout.yearAt!))?.full
    : undefined;
  const year = /\b(20\d\d)\b/.exec(yearText ?? "");
  const seen: FormSeen = {
    layout,
    view,
    headerRows: band,
    left,
    table: null,
    ...(year ? { year: Number(year[1]) } : {}),
  };
  if (!layout.role) return seen;
  if (placed.missing.length) return null;
  const h: HeaderMatch = {
    rows: band,
    columns: placed.columns,
    sums: {},
    choices: placed.choices,
    unused: placed.unused,
    matched: Object.keys(placed.columns).length,
    requiredMatched: Object.keys(placed.columns).length,
    left,
    right: cols[cols.length - 1].col,
    grouped: false,
  };
  const table = toTable(layout.role as TableId, view, "form", h, stops);
  // What the form lacks is not missing: only the layout's own required columns are (none, once it is read).
  table.missing = [];
  table.form = { layout, codeCols: codeColumns(layout, cols, placed.columns) };
  return { ...seen, table };
}

function codeColumns(
  layout: FormLayout,
  cols: HeaderColumn[],
  columns: Partial<Record<ColumnKey, number>>,
): number[] {
  if (layout.codes?.inName)
    return columns.sasaran === undefined ? [] : [columns.sasaran];
  return (layout.codes?.columns ?? [])
    .map((n) => cols.find((h) => h.number === n)?.col)
    .filter((c): c is number => c !== undefined);
}

/** Every form in the workbook, each sheet scanned top to bottom; a form's rows are not scanned again. */
export function findForms(
  views: SheetView[],
  stopsOf: (v: SheetView) => Set<number>,
): FormSeen[] {
  const out: FormSeen[] = [];
  for (const view of views) {
    const last = Math.min(view.lastRow, view.firstRow + MAX_SCAN_ROWS);
    for (let r = view.firstRow; r <= last; r++) {
      for (const layout of FORM_LAYOUTS) {
        const band = bandAt(view, r, layout);
        const form = band && readForm(view, layout, band, stopsOf(view));
        if (!form) continue;
        out.push(form);
        const t = form.table;
        r =
          t && t.rows.length
            ? t.rows[t.rows.length - 1]
            : band![band!.length - 1];
        break;
      }
    }
  }
  return out;
}

/** Triwulan I–IV by the last period column with a figure in any row. */
function lastFilled(t: FoundTable, choice: ColumnChoice): number | null {
  let last: number | null = null;
  for (const p of choice.parts ?? [])
    for (const r of t.rows) {
      const text = displayText(t.view.raw(r, p.col)).trim();
      if (text && !/^[-0.,\s]*$/.test(text) && (last === null || p.n! > last))
        last = p.n;
    }
  return last;
}

/**
 * A form that states no period (Monev Renja): its triwulan is the last one filled. Used when the titles state
 * none; said either way (a title that states another is PERIODE_BERBEDA, as for any two statements).
 */
export function periodFromForms(forms: FormSeen[], period: PeriodRead): void {
  for (const f of forms) {
    // The year the form evaluates is the report's, whatever year another header (the Renstra's) states first.
    if (f.year) period.tahun = f.year;
    const t = f.table;
    const givesPeriod = f.layout.periods.find((p) => p.givesPeriod);
    if (!t || !givesPeriod) continue;
    const choice = t.choices.find((c) => c.key === givesPeriod.part);
    const tw = choice ? lastFilled(t, choice) : null;
    if (!tw || !choice) continue;
    const at = choice.parts!.find((p) => p.n === tw)!;
    const text = `realisasi triwulan ${["", "I", "II", "III", "IV"][tw]} terisi (kolom ${at.label})`;
    period.mentions.push({
      triwulan: tw,
      sheet: t.view.name,
      row: t.headerRows[0],
      col: at.col,
      text,
    });
    period.triwulan ??= tw;
    f.period =
      period.triwulan === tw
        ? `triwulan ${["", "I", "II", "III", "IV"][tw]}, dari triwulan terakhir yang terisi`
        : undefined;
  }
}
