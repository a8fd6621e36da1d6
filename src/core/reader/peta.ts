// The user's choices (§9 "the user decides"): a table's place and its columns, over the reader's guess. A choice
// that cannot apply (a sheet, row or column that is not there, one column given two parts, a computed part given
// to a column that holds input) is not applied and is said: no peta ever makes Hitung write over an input cell.
import { CellAt } from "../cell";
import { SheetView, a1, columnLetters, parseA1 } from "../grid";
import { displayText, parseCell } from "../number";
import { PeriodRead } from "../period";
import { Peta, PetaTable, columnIndex } from "../peta";
import { ColumnKey, TABLE_IDS, TABLE_SPECS, TableId } from "../tables";
import { normalizeLabel } from "../text";
import { ColumnChoice } from "./columns";
import { bestHeaderAt, matchHeader } from "./header";
import { aliasMatch } from "./labels";
import { FoundTable, missingOf, toTable } from "./table";

/** A peta choice that could not be applied, with the cell it is about when there is one. */
export interface PetaProblem {
  message: string;
  at: CellAt | null;
}

/** The parts Hitung computes: a peta may give them only a column that holds no input. */
const COMPUTED: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "capaian",
  "kinerja",
  "efisiensi",
]);
/** Excel's last column, XFD. */
const LAST_COLUMN = 16383;

const headerCell = (t: FoundTable, col: number): CellAt => {
  const row = t.headerRows[0];
  return {
    sheet: t.view.name,
    row,
    col,
    address: a1(row, col),
    text: displayText(t.view.cell(row, col)),
    table: t.id,
  };
};

/** The table whose header the peta places at `sheet!header`, unless the reader already found it there. */
function placedTable(
  views: SheetView[],
  id: TableId,
  p: PetaTable,
  here: FoundTable | undefined,
  period: PeriodRead,
  problems: PetaProblem[],
): FoundTable | undefined {
  if (!p.sheet && !p.header) return here;
  const view = views.find((v) => v.name === p.sheet);
  const at = p.header ? parseA1(p.header) : null;
  const fail = (why: string) => {
    problems.push({ message: `Tabel ${id}: ${why}`, at: null });
    return here;
  };
  if (!p.sheet || !at)
    return fail("peta harus menyebut lembar dan sel judul kolom sekaligus");
  if (!view) return fail(`lembar "${p.sheet}" tidak ada di buku kerja`);
  if (here && here.view === view && here.headerRows[0] === at.row) return here;
  const h =
    bestHeaderAt(view, id, at.row, period, () => true) ??
    matchHeader(view, id, [at.row], period);
  if (h.matched === 0)
    return fail(
      `sel ${p.header} lembar "${p.sheet}" bukan judul kolom Tabel ${id} (tidak ada judul kolom yang dikenali di baris ${at.row + 1})`,
    );
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

/** A column whose header names an input part, or whose body holds words: Hitung must never write there. */
function holdsInput(t: FoundTable, col: number): boolean {
  const labels = t.headerRows.map((r) =>
    normalizeLabel(displayText(t.view.cell(r, col))),
  );
  const inputPart = TABLE_SPECS[t.id].columns.some(
    (s) => !COMPUTED.has(s.key) && labels.some((l) => l && aliasMatch(s, l)),
  );
  return (
    inputPart ||
    t.rows.some((r) => parseCell(t.view.raw(r, col)).kind === "text")
  );
}

const partTitle = (id: TableId, key: ColumnKey) =>
  TABLE_SPECS[id].columns.find((s) => s.key === key)!.title;

/** The peta's column choices for a table that can apply; each one that cannot is said in `problems`. */
function applicableColumns(
  t: FoundTable,
  chosen: Partial<Record<ColumnKey, string | null>>,
  problems: PetaProblem[],
): Partial<Record<ColumnKey, number | null>> {
  const out: Partial<Record<ColumnKey, number | null>> = {};
  const refuse = (col: number, why: string) =>
    problems.push({
      message: `Tabel ${t.id}: ${why}`,
      at: headerCell(t, Math.min(col, LAST_COLUMN)),
    });
  for (const [key, letter] of Object.entries(chosen) as [
    ColumnKey,
    string | null,
  ][]) {
    if (letter === null) {
      out[key] = null;
      continue;
    }
    const col = columnIndex(letter);
    if (col === null || col > LAST_COLUMN || col > t.view.lastCol)
      refuse(
        t.left,
        `kolom ${letter} untuk ${partTitle(t.id, key)} tidak ada di lembar "${t.view.name}" (isinya sampai kolom ${columnLetters(t.view.lastCol)})`,
      );
    else if (COMPUTED.has(key) && holdsInput(t, col))
      refuse(
        col,
        `kolom ${letter} ("${headerLabel(t, col)}") berisi masukan, jadi tidak dapat menjadi ${partTitle(t.id, key)} yang diisi Hitung Capaian`,
      );
    else out[key] = col;
  }
  return withoutDoubleParts(t, out, refuse);
}

/** Drops the peta's choices that would give one column two parts (the reader's part stays), and says so. */
function withoutDoubleParts(
  t: FoundTable,
  chosen: Partial<Record<ColumnKey, number | null>>,
  refuse: (col: number, why: string) => void,
): Partial<Record<ColumnKey, number | null>> {
  const partsAt = new Map<number, ColumnKey[]>();
  const add = (key: ColumnKey, col: number) =>
    partsAt.set(col, [...(partsAt.get(col) ?? []), key]);
  for (const [key, col] of Object.entries(t.columns) as [ColumnKey, number][])
    if (!(key in chosen)) add(key, col);
  for (const [key, cols] of Object.entries(t.sums) as [ColumnKey, number[]][])
    if (!(key in chosen)) for (const c of cols) add(key, c);
  for (const [key, col] of Object.entries(chosen) as [
    ColumnKey,
    number | null,
  ][])
    if (col !== null) add(key, col);
  const out = { ...chosen };
  for (const [col, keys] of partsAt) {
    const fromPeta = keys.filter((k) => out[k] === col);
    if (keys.length < 2 || fromPeta.length === 0) continue;
    for (const k of fromPeta) delete out[k];
    refuse(
      col,
      `kolom ${columnLetters(col)} ("${headerLabel(t, col)}") diberi dua bagian sekaligus (${keys.map((k) => partTitle(t.id, k)).join(" dan ")}); pilihan peta untuk kolom itu tidak dipakai`,
    );
  }
  return out;
}

const mappedColumns = (t: Pick<FoundTable, "columns" | "sums">) =>
  [...Object.values(t.columns), ...Object.values(t.sums).flat()] as number[];

/** The table with the parts the peta names moved to its columns (null: the part is not read). */
function withPetaColumns(
  t: FoundTable,
  id: TableId,
  chosen: Partial<Record<ColumnKey, number | null>>,
): FoundTable {
  const columns = { ...t.columns };
  const sums = { ...t.sums };
  let choices: ColumnChoice[] = t.choices;
  let unused = t.unused;
  for (const [key, col] of Object.entries(chosen) as [
    ColumnKey,
    number | null,
  ][]) {
    delete sums[key];
    choices = choices.filter((c) => c.key !== key);
    if (col === null) {
      delete columns[key];
      continue;
    }
    columns[key] = col;
    unused = unused.filter((u) => u.col !== col);
    choices.push({
      key,
      title: partTitle(id, key),
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

/** Applies the peta's tables; what cannot apply is left as the reader found it and returned. */
export function applyPeta(
  views: SheetView[],
  tables: Partial<Record<TableId, FoundTable>>,
  period: PeriodRead,
  peta: Peta,
): PetaProblem[] {
  const problems: PetaProblem[] = [];
  for (const id of TABLE_IDS) {
    const p = peta.tables[id];
    if (!p) continue;
    const t = placedTable(views, id, p, tables[id], period, problems);
    if (t) tables[id] = t;
    if (!p.columns) continue;
    if (!t) {
      problems.push({
        message: `Tabel ${id} tidak ditemukan, jadi pilihan kolomnya tidak dapat dipakai`,
        at: null,
      });
      continue;
    }
    tables[id] = withPetaColumns(
      t,
      id,
      applicableColumns(t, p.columns, problems),
    );
  }
  return problems;
}
