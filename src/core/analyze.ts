// The engine: checks every sum and cross-table figure, computes the derived cells (Hitung Capaian),
// and gathers the figures the narrative is written from. Pure: grid in, findings and cells out.
import { Settings, withDefaults } from "./capaian";
import { checkAnggaran } from "./checks/anggaran";
import { Ctx } from "./checks/context";
import { checkGroups, checkSubCapaian } from "./checks/hierarchy";
import { checkKinerja } from "./checks/kinerja";
import { names } from "./checks/names";
import { checkTexts } from "./checks/texts";
import {
  duplicateTables,
  petaChoices,
  storedSettings,
  structure,
} from "./checks/structure";
import { attachDoubts, sasaranFigures } from "./figures";
import { sortFindings } from "./findings";
import { foundTables } from "./found-tables";
import { GridWorkbook } from "./grid";
import { Field, Report, Row, buildReport } from "./model";
import { anyNoResult, reportNoResult } from "./checks/no-result";
import { PETA_KEY, Peta, parsePeta } from "./peta";
import { ReadResult, readTables } from "./reader";
import { readStore, settingsFromStore } from "./store";
import { Analysis } from "./types";
import { applyVerdicts } from "./verdicts";

export { detectPeriod } from "./reader";

/** Every input cell the report placed, for a sweep over the whole workbook's figures. */
function* reportFields(report: Report): Iterable<Field> {
  const rows: (Row | undefined)[] = [
    ...report.subCapaian,
    ...report.groups.map((g) => g.row),
  ];
  for (const s of report.sasaran) {
    rows.push(s.pk, s.anggaran, s.jumlah, s.capaian, s.cost);
    for (const x of s.subs) rows.push(x.rincian, x.cost);
  }
  for (const r of rows)
    if (r) for (const v of Object.values(r)) if (v instanceof Field) yield v;
}

/** A report whose titles state no year but whose columns are headed by year: the year read. */
function yearOfColumns(read: ReadResult): number | null {
  for (const t of Object.values(read.tables))
    for (const c of t!.choices) {
      const y = /\b(20\d\d)\b/.exec(c.label);
      if (y && c.col !== null) return Number(y[1]);
    }
  return null;
}

/** Realisasi read from a column that runs from the start of the year (`s.d. TW II`, `Kumulatif`), §9. */
function cumulativeRealisasi(read: ReadResult): boolean {
  for (const t of Object.values(read.tables))
    for (const c of t!.choices)
      if ((c.key === "realisasi" || c.key === "r") && c.cumulative) return true;
  return false;
}

export interface AnalyzeOptions {
  /** The user's column and row choices; absent: the workbook's own (settings store, key `peta`). */
  peta?: Peta;
}

/** Settings the engine uses: the workbook's own store (LKjIP_Pengaturan), then the caller's overrides. */
export function effectiveSettings(
  wb: GridWorkbook,
  overrides?: Partial<Settings>,
): { settings: Settings; unreadable: string[] } {
  const store = readStore(wb);
  const { settings, invalid } = settingsFromStore(store.values);
  const defined = Object.fromEntries(
    Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined),
  );
  return {
    settings: withDefaults({ ...settings, ...defined }),
    unreadable: [...store.unreadable, ...invalid],
  };
}

/** The engine: reader, model, checks, figures. Grid in; findings, derived cells and figures out. */
export function analyze(
  wb: GridWorkbook,
  settingsIn?: Partial<Settings>,
  options: AnalyzeOptions = {},
): Analysis {
  const { settings, unreadable } = effectiveSettings(wb, settingsIn);
  const stored = options.peta
    ? null
    : parsePeta(readStore(wb).values[PETA_KEY]);
  const read = readTables(wb, options.peta ?? stored!.peta);
  const report = buildReport(read);
  const ctx = new Ctx();
  structure(ctx, report);
  duplicateTables(ctx, read);
  storedSettings(ctx, unreadable, stored?.problems ?? []);
  petaChoices(ctx, read);
  // The checks below may fault the same cell; which finding it keeps is decided by ROOT_CAUSE_STAGE (findings.ts),
  // the earliest cause winning, so the order they run in here never changes the result.
  const figs = report.sasaran.map((s) => {
    const ang = checkAnggaran(ctx, s);
    return sasaranFigures(
      s,
      settings,
      ang,
      checkKinerja(ctx, s, settings, ang),
    );
  });
  checkGroups(ctx, report);
  checkSubCapaian(ctx, report);
  if (anyNoResult(wb)) reportNoResult(ctx, report);
  checkTexts(ctx, report);
  ctx.sweepMalformed();
  ctx.sweepAmbiguous(() => reportFields(report));
  ctx.reportEnglish();
  names(ctx, report);
  const findings = sortFindings(ctx.findings);
  attachDoubts(figs, report, findings);
  const period = {
    triwulan: read.period.triwulan,
    tahun: read.period.tahun ?? yearOfColumns(read),
    // Said only where it changes the words: after the first quarter of a quarterly report.
    ...((read.period.triwulan ?? 0) > 1 && cumulativeRealisasi(read)
      ? { cumulative: true }
      : {}),
  };
  // What the period lets the report judge (predikat, efisiensi verdict), once for every output.
  applyVerdicts(figs, period);
  return {
    findings,
    derived: ctx.derived,
    sasaran: figs,
    period,
    settings,
    tables: foundTables(read),
  };
}
