// What a report may judge for its period, decided once for every output (spec §8, efisiensi.md): a
// predikat rates the year (Permendagri 86/2017), so a quarterly report states none; an efisiensi verdict
// judges a budget's use, so it waits for the year's end (an annual report or triwulan IV) and reads
// "belum dapat dinilai" before. The narrative and the .docx read these fields and nothing else.
import { BELUM_DINILAI } from "./capaian";
import { Period, SasaranFigures } from "./types";

/** Whether the period allows an efisiensi verdict: a year, triwulan IV, or a period not stated. */
export const judgesBudget = (p: Period): boolean =>
  p.triwulan === null || p.triwulan === 4;

/** Whether the period allows a predikat: a report that is not quarterly. */
export const judgesYear = (p: Period): boolean => p.triwulan === null;

/** Sets the verdicts the report states: predikatResolved and every efisiensi's verdict. */
export function applyVerdicts(figs: SasaranFigures[], p: Period): void {
  const budget = judgesBudget(p);
  const year = judgesYear(p);
  for (const s of figs) {
    if (!year) s.predikatResolved = null;
    for (const e of [s.efisiensi, s.efisiensiResolved])
      if (e && e.value !== null && !budget) e.verdict = BELUM_DINILAI;
  }
}
