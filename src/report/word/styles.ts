// styles.xml and numbering.xml: Times New Roman 12 pt at 1,5 lines, the language Indonesian (id-ID) in the
// document defaults so Word checks the spelling as Indonesian, headings that keep with what follows, and one
// numbering definition per list style whose levels count on their own (%1, %2, %3).
import {
  AlignmentType,
  INumberingOptions,
  IStylesOptions,
  LevelFormat,
  LineRuleType,
} from "docx";
import { ListBlock } from "../../core/narrative/document";
import { FONT, SIZE, mm } from "./text";

export const LANGUAGE = "id-ID";

function heading(id: "Heading1" | "Heading2", size: number) {
  return {
    id,
    name: id === "Heading1" ? "Heading 1" : "Heading 2",
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: "000000" },
    paragraph: { keepNext: true, keepLines: true },
  };
}

export function styles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: SIZE,
          language: { value: LANGUAGE, eastAsia: LANGUAGE },
        },
        paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      heading("Heading1", 28),
      heading("Heading2", SIZE),
      {
        id: "Caption",
        name: "Caption",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: FONT, size: SIZE, bold: true },
        paragraph: {
          keepNext: true,
          keepLines: true,
          alignment: AlignmentType.CENTER,
        },
      },
    ],
  };
}

/** Each style's number format and its text at level 0; deeper levels count their own number (%2, %3). */
const LIST_FORMATS: Record<
  ListBlock["style"],
  {
    format: (typeof LevelFormat)[keyof typeof LevelFormat];
    text: (level: number) => string;
  }
> = {
  numbered: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  lettered: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  parenthesized: { format: LevelFormat.DECIMAL, text: (l) => `(%${l + 1})` },
  bullet: { format: LevelFormat.BULLET, text: () => "\u2022" },
};

export function numbering(): INumberingOptions {
  return {
    config: (Object.keys(LIST_FORMATS) as ListBlock["style"][]).map(
      (style) => ({
        reference: `list-${style}`,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LIST_FORMATS[style].format,
          text: LIST_FORMATS[style].text(level),
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: {
              indent: { left: mm(7.5 + 7.5 * level), hanging: mm(7.5) },
            },
          },
        })),
      }),
    ),
  };
}
