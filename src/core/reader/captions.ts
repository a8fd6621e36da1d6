// Captions: `Tabel 2.1 …` above a table says which table follows; any caption-like line ends the table above it.
import { SheetView } from "../grid";
import { cleanText } from "../number";
import { CAPTION_RE, TableId } from "../tables";

export interface Caption {
  id: TableId;
  view: SheetView;
  row: number;
  col: number;
}

/** How many rows below its caption a table's header may start. */
export const CAPTION_WINDOW = 6;

/** Any caption-like line (`Tabel 19`, `Tabel 3.5`, `Tabel II.1`) also ends the table above it. */
export const ANY_CAPTION =
  /^\s*tabel\s*\.?\s*[\divxl]+(?:\s*[.,]\s*\d+)*\s*\.?(?:\s|$)/i;

export function findCaptions(views: SheetView[]): Caption[] {
  const out: Caption[] = [];
  for (const view of views) {
    const { cells, top, left } = view.sheet;
    for (let i = 0; i < cells.length; i++) {
      const row = cells[i];
      if (!row) continue;
      for (let j = 0; j < row.length; j++) {
        const v = row[j]?.value;
        // Cheap first-letter test before the regex: this loop sees every cell of the workbook.
        if (
          typeof v !== "string" ||
          v.length < 9 ||
          ((v.charCodeAt(0) | 32) !== 116 /* t */ && !/^\s*tabel/i.test(v))
        )
          continue;
        const m = CAPTION_RE.exec(cleanText(v));
        if (m)
          out.push({
            id: `${m[1]}.${m[2]}` as TableId,
            view,
            row: top + i,
            col: left + j,
          });
      }
    }
  }
  return out;
}
