// Where each table was found, for the pane and the command line: its sheet and header cell, how it was found,
// the caption above it, and which column plays which part (§1, §9).
import { shortName } from "./findings";
import { a1, columnLetters } from "./grid";
import { displayText } from "./number";
import { ANY_CAPTION, CAPTION_WINDOW, FoundTable, ReadResult } from "./reader";
import { TABLE_IDS, TABLE_SPECS } from "./tables";
import { Analysis } from "./types";

/** The caption line written above a table's header (any number or none), for the pane: `Tabel 19 …`. */
function captionAbove(t: FoundTable): string | null {
  const top = t.headerRows[0];
  for (let r = top - 1; r >= Math.max(0, top - CAPTION_WINDOW); r--)
    for (let c = t.view.firstCol; c <= t.view.lastCol; c++) {
      const text = displayText(t.view.cell(r, c)).trim();
      if (text && ANY_CAPTION.test(text)) return shortName(text, 80);
    }
  return null;
}

/** The columns' parts and the unused columns of a found table, for the pane and the command line. */
function tableColumns(
  t: FoundTable,
): Pick<
  Analysis["tables"][number],
  "foundBy" | "caption" | "columns" | "unused"
> {
  const head = t.headerRows[t.headerRows.length - 1];
  const label = (c: number) =>
    displayText(t.view.cell(head, c)) ||
    displayText(t.view.cell(t.headerRows[0], c));
  const title = (k: string) =>
    TABLE_SPECS[t.id].columns.find((s) => s.key === k)?.title ?? k;
  const columns = [
    ...Object.entries(t.columns).map(([key, c]) => ({
      key,
      title: title(key),
      col: columnLetters(c!),
      label: label(c!),
    })),
    ...Object.entries(t.sums).map(([key, cs]) => ({
      key,
      title: title(key),
      col: cs!.map(columnLetters).join("+"),
      label: cs!.map(label).join(" + "),
    })),
  ].sort((x, y) => x.col.length - y.col.length || x.col.localeCompare(y.col));
  const caption = captionAbove(t);
  return {
    foundBy: t.foundBy,
    ...(caption ? { caption } : {}),
    columns,
    unused: t.unused.map((u) => ({
      col: columnLetters(u.col),
      label: u.label,
    })),
  };
}

export function foundTables(read: ReadResult): Analysis["tables"] {
  return TABLE_IDS.map((id) => {
    const t = read.tables[id];
    return {
      id,
      found: !!t,
      sheet: t ? t.view.name : null,
      header: t ? a1(t.headerRows[0], t.left) : null,
      rows: t ? t.rows.length : 0,
      ...(t ? tableColumns(t) : {}),
    };
  });
}
