// Runs and paragraphs as the report sets its text: Times New Roman 12 pt, justified body, foreign terms in
// italics (*time schedule*, *cost per outcome*), `Rp` bound to its amount by a no-break space, and a text the
// officer has not entered yet printed as its label and a dotted line to write on.
import {
  AlignmentType,
  ParagraphChild,
  Paragraph,
  TextRun,
  UnderlineType,
  convertMillimetersToTwip,
} from "docx";
import { Inline } from "../../core/narrative/document";
import { ReportText } from "../../core/narrative/report-texts";

export const FONT = "Times New Roman";
/** Half-points, as Word counts: 24 = 12 pt. */
export const SIZE = 24;
export const mm = convertMillimetersToTwip;

/** Foreign terms the seed sets in italics, wherever a fixed text or a title has them. */
export const FOREIGN_TERMS = [
  "time schedule",
  "cost per outcome",
  "disclosure",
  "networking",
];
const TERMS = new RegExp(`(${FOREIGN_TERMS.join("|")})`, "gi");

/** `Rp 600.000` → `Rp\u00a0600.000`: the amount never starts a line without its `Rp`. */
export const bindRp = (t: string) =>
  t.replace(/\bRp\.? (?=-?\d)/g, (m) => m.replace(" ", "\u00a0"));

export type RunOptions = Record<string, unknown>;

export const run = (text: string, extra: RunOptions = {}) =>
  new TextRun({ text: bindRp(text), ...extra });

/** A plain text's runs: its foreign terms in italics. */
export function runs(text: string, extra: RunOptions = {}): TextRun[] {
  const parts = text.split(TERMS).filter((x) => x !== "");
  return parts.map((p) =>
    FOREIGN_TERMS.includes(p.toLowerCase())
      ? run(p, { ...extra, italics: true })
      : run(p, extra),
  );
}

/** Width of a blank's dotted line, in no-break spaces (a quarter em each). */
export const DOTS = 40;
export const SHORT_DOTS = 24;

/** A dotted line to write on: no-break spaces with a dotted underline, so it never breaks apart. */
export const dotted = (n: number, extra: RunOptions = {}) =>
  new TextRun({
    text: "\u00a0".repeat(n),
    ...extra,
    bold: false,
    underline: { type: UnderlineType.DOTTED },
  });

/** A whole line to write on. */
export const writingLine = (keepNext = false) =>
  new Paragraph({
    keepNext: keepNext || undefined,
    spacing: { before: 120, after: 0 },
    children: [dotted(126)],
  });

/** A text the user enters once; a blank shows its label and a dotted line to write on. */
export function filled(
  t: ReportText,
  extra: RunOptions = {},
  dots = DOTS,
): TextRun[] {
  if (!t.blank) return [run(t.text, extra)];
  const label = run(t.text, { ...extra, bold: false, underline: undefined });
  return dots ? [label, run(" "), dotted(dots, extra)] : [label];
}

/** The narrative's runs: figures as written, foreign terms in italics, a blank as its label. */
export function inlineRuns(content: Inline[]): ParagraphChild[] {
  return content.flatMap((c) => {
    if (c.kind === "emphasis") return [run(c.text, { italics: true })];
    if (c.kind === "blank") return [run(c.text, { italics: true })];
    if (c.kind === "figure") return [run(c.text)];
    return runs(c.text);
  });
}

export interface BodyOptions {
  indent?: boolean;
  keepNext?: boolean;
}

export const body = (
  children: ParagraphChild[] | string,
  o: BodyOptions = {},
) =>
  new Paragraph({
    children: typeof children === "string" ? runs(children) : children,
    alignment: AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: mm(12.5) },
    keepNext: o.keepNext || undefined,
    spacing: { after: 120 },
  });
