// The report's stored texts live with the report document in core (src/core/narrative/report-texts.ts); this
// path stays for the task pane's form.
export {
  BLANK_LABEL,
  CHAPTER_TEXT_KEYS,
  REPORT_TEXT_KEYS,
  formValue,
  reportTexts,
} from "../core/narrative/report-texts";
export type {
  ChapterTextKey,
  ReportText,
  ReportTextKey,
  ReportTexts,
} from "../core/narrative/report-texts";
