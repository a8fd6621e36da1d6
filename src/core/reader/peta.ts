// The user's choices (§9 "the user decides"): a table's place and its columns, over the reader's guess.
import { SheetView, parseA1 } from "../grid";
import { displayText } from "../number";
import { PeriodRead } from "../period";
import { Peta, PetaTable, columnIndex } from "../peta";
import { ColumnKey, TABLE_IDS, TABLE_SPECS, TableId } from "../tables";
import { ColumnChoice } from "./columns";
import { bestHeaderAt, matchHeader } from "./header";
import { FoundTable, missingOf, toTable } from "./table";

/** The table whose header the peta places at `sheet!header`, unless the reader already found it there. */
function placedTable(
  views: SheetView[],
  id: TableId,
  p: PetaTable,
  here: FoundTable | undefined,
  period: PeriodRead,
): FoundTable | undefined {
  if (!p.sheet || !p.header) return here;
  const view = views.find((v) => v.name === p.sheet);
  const at = parseA1(p.header);
  if (
    !view ||
    !at ||
    (here && here.view === view && here.headerRows[0] === at.row)
  )
    return here;
  const h =
    bestHeaderAt(view, id, at.row, period, () => true) ??
    matchHeader(view, id, [at.row], period);
  return toTable(
    id,
    view,
    "peta",
    { ...h, left: Math.min(h.left, at.col), right: Math.max(h.right, at.col) },
    new Set(),
  );
}

/** The header label of a column (the lower header row's, else the upper's). */
function headerLabel(t: FoundTable, col: number): string {
  const head = t.headerRows[t.headerRows.length - 1];
  return (
    displayText(t.view.cell(head, col)) ||
    displayText(t.view.cell(t.headerRows[0], col))
  );
}

const mappedColumns = (t: Pick<FoundTable, "columns" | "sums">) =>
  [...Object.values(t.columns), ...Object.values(t.sums).flat()] as number[];

/** The table with the parts the peta names moved to its columns (null: the part is not read). */
function withPetaColumns(
  t: FoundTable,
  id: TableId,
  chosen: Partial<Record<ColumnKey, string | null>>,
): FoundTable {
  const columns = { ...t.columns };
  const sums = { ...t.sums };
  let choices: ColumnChoice[] = t.choices;
  let unused = t.unused;
  for (const [key, letter] of Object.entries(chosen) as [
    ColumnKey,
    string | null,
  ][]) {
    delete sums[key];
    choices = choices.filter((c) => c.key !== key);
    if (letter === null) {
      delete columns[key];
      continue;
    }
    const col = columnIndex(letter);
    if (col === null) continue;
    columns[key] = col;
    unused = unused.filter((u) => u.col !== col);
    choices.push({
      key,
      title: TABLE_SPECS[id].columns.find((s) => s.key === key)!.title,
      col,
      label: displayText(
        t.view.cell(t.headerRows[t.headerRows.length - 1], col),
      ),
      summed: [],
      others: [],
      why: "dipilih pengguna (peta)",
    });
  }
  const cols = mappedColumns({ columns, sums });
  // A column the user took a part from, and gave no other, is shown as not used (never silently dropped).
  for (const c of mappedColumns(t))
    if (!cols.includes(c) && !unused.some((u) => u.col === c))
      unused = [...unused, { col: c, label: headerLabel(t, c) }];
  unused = [...unused].sort((x, y) => x.col - y.col);
  return {
    ...t,
    columns,
    sums,
    choices,
    unused,
    left: Math.min(t.left, ...cols),
    right: Math.max(t.right, ...cols),
    missing: missingOf(id, columns, sums),
  };
}

export function applyPeta(
  views: SheetView[],
  tables: Partial<Record<TableId, FoundTable>>,
  period: PeriodRead,
  peta: Peta,
): void {
  for (const id of TABLE_IDS) {
    const p = peta.tables[id];
    if (!p) continue;
    const t = placedTable(views, id, p, tables[id], period);
    if (t) tables[id] = t;
    if (!t || !p.columns) continue;
    tables[id] = withPetaColumns(t, id, p.columns);
  }
}
