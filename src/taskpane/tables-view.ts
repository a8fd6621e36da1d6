// Tabel dan kolom yang dibaca: each table (where, how found, under which caption) with a part chooser per header
// column, and the rows whose kind the user may choose. Choices are saved by a button, never on change, so keyboard
// users can walk a list without a check on every arrow.
import {
  Analysis,
  ColumnChange,
  ColumnKey,
  ROW_KINDS,
  RowKind,
  TABLE_SPECS,
  rowKey,
} from "../core";
import { actions, state, strings } from "../addin";
import { $, el } from "./dom";

type TableInfo = Analysis["tables"][number];
type Spec = (typeof TABLE_SPECS)[keyof typeof TABLE_SPECS];
interface Entry {
  col: string;
  label: string;
  title: string;
  part: ColumnKey | null;
}

function options(sel: HTMLSelectElement, list: [string, string][]): void {
  for (const [value, label] of list) {
    const o = el("option", undefined, label);
    o.value = value;
    sel.append(o);
  }
}

/** Every header column the reader saw: the ones with a part, then the unused ones, in sheet order. */
function entriesOf(info: TableInfo): Entry[] {
  return [
    ...(info.columns ?? []).map((c) => ({ ...c, part: c.key as ColumnKey })),
    ...(info.unused ?? []).map((u) => ({ ...u, title: "", part: null })),
  ].sort((x, y) => x.col.length - y.col.length || x.col.localeCompare(y.col));
}

/** One column's line and its part chooser (a figure summed over period columns is shown without one). */
function columnItem(info: TableInfo, spec: Spec, c: Entry): HTMLLIElement {
  const t = strings();
  const titleOf = (key: string) =>
    spec.columns.find((x) => x.key === key)?.title ?? key;
  const li = el("li", "column");
  li.dataset.col = c.col;
  const text = c.part
    ? `${c.title} ← ${c.col} "${c.label}"`
    : `${t.notUsed}: ${c.col} "${c.label}"`;
  li.append(el("span", "column-text", text));
  if (c.col.includes("+")) {
    li.append(el("span", "subtle", ` (${t.summed})`));
    return li;
  }
  const sel = el("select", "part");
  sel.id = `part-${info.id.replace(".", "-")}-${c.col}`;
  sel.dataset.focusKey = sel.id;
  sel.dataset.col = c.col;
  sel.dataset.previous = c.part ?? "";
  sel.setAttribute("aria-label", t.partOf(c.col, c.label, info.id));
  options(sel, [
    ["", t.notUsed],
    ...spec.columns.map((x) => [x.key, titleOf(x.key)] as [string, string]),
  ]);
  sel.value = c.part ?? "";
  li.append(sel);
  return li;
}

function saveColumns(info: TableInfo, spec: Spec, ul: HTMLElement): void {
  const t = strings();
  const changes: ColumnChange[] = [];
  ul.querySelectorAll<HTMLSelectElement>("select.part").forEach((x) =>
    changes.push({
      letter: x.dataset.col!,
      part: (x.value || null) as ColumnKey | null,
      previous: (x.dataset.previous || null) as ColumnKey | null,
    }),
  );
  const chosen = changes.map((c) => c.part).filter((p) => p);
  const twice = chosen.find((p, i) => chosen.indexOf(p) !== i);
  if (twice) {
    const title = spec.columns.find((x) => x.key === twice)?.title ?? twice;
    actions.notify("error", t.samePart(title, info.id));
    return;
  }
  void actions.chooseColumns(info.id, changes);
}

/** One table: where it was found, how, under which caption, and a part chooser per header column. */
function tableBlock(info: TableInfo): HTMLElement {
  const t = strings();
  const spec = TABLE_SPECS[info.id];
  const box = el("div", "table-info");
  box.dataset.table = info.id;
  const h = el("h3", undefined, `Tabel ${info.id} — ${spec.title}`);
  h.id = `table-${info.id.replace(".", "-")}`;
  box.append(h);
  if (!info.found || !info.sheet || !info.header) {
    box.append(el("p", "where", t.tableNotFound));
    return box;
  }
  const by = t.foundBy[info.foundBy ?? "sheet"] ?? "";
  box.append(
    el("p", "where", t.tableWhere(info.sheet, info.header, by, info.rows)),
    el(
      "p",
      "caption",
      info.caption ? t.underCaption(info.caption) : t.noCaption,
    ),
  );
  const ul = el("ul", "columns");
  ul.setAttribute("aria-labelledby", h.id);
  for (const c of entriesOf(info)) ul.append(columnItem(info, spec, c));
  const save = el("button", "btn small save-columns", t.saveColumns(info.id));
  save.type = "button";
  save.dataset.focusKey = `save-columns-${info.id}`;
  save.disabled = state.busy;
  save.addEventListener("click", () => saveColumns(info, spec, ul));
  box.append(ul, save);
  return box;
}

/** Rows the reader could not place, and rows whose kind is already chosen: address → the row's text. */
function choosableRows(a: Analysis): Map<string, string> {
  const rows = new Map<string, string>();
  for (const f of a.findings)
    if (f.code === "BARIS_TIDAK_DIKENALI" && f.sheet && f.row !== undefined)
      rows.set(rowKey(f.sheet, f.row), f.actual ?? "");
  for (const key of Object.keys(state.peta.rows))
    if (!rows.has(key)) rows.set(key, "");
  return rows;
}

function kindList(): [string, string][] {
  const t = strings();
  return ROW_KINDS.map((k) => [k, t.rowKinds[k] ?? k] as [string, string]);
}

function rowItem(key: string, text: string, i: number): HTMLLIElement {
  const t = strings();
  const li = el("li", "row-kind");
  li.dataset.row = key;
  li.append(el("span", "row-text", text ? `${key} "${text}"` : key));
  const sel = el("select", "kind");
  sel.id = `kind-${i}`;
  sel.dataset.focusKey = `kind:${key}`;
  sel.dataset.row = key;
  sel.setAttribute("aria-label", t.rowOf(key, text));
  options(sel, [["", t.rowGuess], ...kindList()]);
  sel.value = state.peta.rows[key] ?? "";
  li.append(sel);
  return li;
}

/** Any other body row, by its address (`Tabel 3.2!12`), and its kind. */
function otherRow(): {
  box: HTMLElement;
  input: HTMLInputElement;
  kind: HTMLSelectElement;
} {
  const t = strings();
  const box = el("div", "row-other");
  const input = el("input");
  input.type = "text";
  input.id = "row-other";
  input.dataset.focusKey = "row-other";
  input.placeholder = t.rowOtherExample;
  input.autocomplete = "off";
  const inputLabel = el("label", undefined, t.rowOther);
  inputLabel.htmlFor = input.id;
  const kind = el("select", "kind-other");
  kind.id = "row-other-kind";
  kind.dataset.focusKey = "row-other-kind";
  const kindLabel = el("label", undefined, t.rowOtherKind);
  kindLabel.htmlFor = kind.id;
  options(kind, kindList());
  box.append(inputLabel, input, kindLabel, kind);
  return { box, input, kind };
}

function saveRows(ul: HTMLElement, other: ReturnType<typeof otherRow>): void {
  const kinds: { key: string; kind: RowKind | null }[] = [];
  ul.querySelectorAll<HTMLSelectElement>("select.kind").forEach((x) =>
    kinds.push({
      key: x.dataset.row!,
      kind: (x.value || null) as RowKind | null,
    }),
  );
  const typed = other.input.value.trim();
  if (typed) {
    if (!/^.+!\d+$/.test(typed)) {
      actions.notify("error", strings().rowOtherInvalid(typed));
      return;
    }
    kinds.push({ key: typed, kind: other.kind.value as RowKind });
  }
  void actions.chooseRowKinds(kinds);
}

/** The rows whose kind the user may choose: those the reader could not place, and those already chosen. */
function rowBlock(a: Analysis): HTMLElement {
  const t = strings();
  const box = el("div", "row-kinds");
  const h = el("h3", undefined, t.rowsTitle);
  h.id = "rows-title";
  box.append(h, el("p", "subtle", t.rowsHint));
  const rows = choosableRows(a);
  if (!rows.size) box.append(el("p", "empty", t.rowsNone));
  const ul = el("ul", "rows");
  ul.setAttribute("aria-labelledby", h.id);
  [...rows].forEach(([key, text], i) => ul.append(rowItem(key, text, i)));
  const other = otherRow();
  const save = el("button", "btn small save-rows", t.saveRows);
  save.type = "button";
  save.dataset.focusKey = "save-rows";
  save.disabled = state.busy;
  save.addEventListener("click", () => saveRows(ul, other));
  if (rows.size) box.append(ul);
  box.append(other.box, save);
  return box;
}

export function renderTables(): void {
  const t = strings();
  const body = $("tables-body");
  body.replaceChildren();
  const a = state.analysis;
  if (!a) {
    body.append(el("p", "empty", t.tablesEmpty));
    return;
  }
  for (const info of a.tables) body.append(tableBlock(info));
  body.append(rowBlock(a));
}
