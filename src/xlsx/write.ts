// Hitung's output: the input package with the derived cells (and settings store rows) patched in. Parts not
// written are copied raw; a patched part keeps every byte outside the cells written.
import {
  DerivedCell,
  GridSheet,
  SETTINGS_SHEET,
  displayText,
  storeRows,
} from "../core";
import { AddedParts, addSheet } from "./add-sheet";
import { OpenedWorkbook } from "./read";
import { CellPatch, StyleFor, patchSheet } from "./sheet-patch";
import { StyleWriter } from "./style-patch";
import { writeZip } from "./zip";

export interface Patched {
  bytes: Uint8Array;
  /** Derived cells written (a cell holding a formula is never written). */
  written: number;
  /** Parts rewritten or added, e.g. `/xl/worksheets/sheet4.xml`. */
  parts: string[];
}

const encoder = new TextEncoder();

/**
 * Store rows to write into an existing store sheet: a key's value where it differs, a new key after the last row, and
 * a key given as `undefined` removed (its row's cells emptied).
 */
function storePatches(
  sheet: GridSheet,
  values: Record<string, unknown>,
): CellPatch[] {
  const patches: CellPatch[] = [];
  const text = (text: string) => ({ kind: "text" as const, text });
  const rows = new Map<string, number>();
  let last = -1;
  sheet.cells.forEach((row, r) => {
    if (!row || row.every((c) => !c || c.value === null)) return;
    last = r;
    const key = displayText(row[0] ?? undefined).trim();
    if (r > 0 && key && !rows.has(key)) rows.set(key, r);
  });
  if (last < 0) {
    storeRows({})[0].forEach((h, c) =>
      patches.push({ row: 0, col: c, content: text(h) }),
    );
    last = 0;
  }
  for (const key of Object.keys(values).sort()) {
    const r = rows.get(key);
    if (values[key] === undefined) {
      if (r !== undefined)
        sheet.cells[r]?.forEach((c, col) => {
          if (c && c.value !== null)
            patches.push({ row: r, col, content: { kind: "blank" } });
        });
      continue;
    }
    const json = JSON.stringify(values[key]);
    if (r === undefined) {
      last++;
      patches.push(
        { row: last, col: 0, content: text(key) },
        { row: last, col: 1, content: text(json) },
      );
    } else if (displayText(sheet.cells[r]?.[1] ?? undefined) !== json)
      patches.push({ row: r, col: 1, content: text(json) });
  }
  return patches;
}

/** A cell to write on a sheet named: the user's own choice (Terapkan in the web page), or a sheet the tool keeps. */
export interface SheetCellPatch extends CellPatch {
  sheet: string;
}

/** The cells to write, by sheet: the derived cells that change, and the settings rows where the store sheet is. */
function cellsBySheet(
  opened: OpenedWorkbook,
  derived: DerivedCell[],
  store: Record<string, unknown> | null,
  cells: SheetCellPatch[],
): Map<string, CellPatch[]> {
  const bySheet = new Map<string, CellPatch[]>();
  const add = (sheet: string, p: CellPatch) => {
    const list = bySheet.get(sheet);
    if (list) list.push(p);
    else bySheet.set(sheet, [p]);
  };
  for (const d of derived)
    if (d.changed && d.value !== null)
      add(d.sheet, {
        row: d.row,
        col: d.col,
        content: { kind: "number", value: d.value, numFmt: d.numFmt },
      });
  const sheet = store
    ? opened.grid.sheets.find((s) => s.name === SETTINGS_SHEET)
    : undefined;
  if (store && sheet)
    for (const p of storePatches(sheet, store)) add(SETTINGS_SHEET, p);
  for (const { sheet: name, ...p } of cells) add(name, p);
  return bySheet;
}

/** Each sheet's XML with its cells written; the new text of the parts that changed, and the derived cells written. */
function patchSheets(
  opened: OpenedWorkbook,
  bySheet: Map<string, CellPatch[]>,
  style: StyleFor,
  replace: Map<string, string>,
): number {
  const { pkg, workbook } = opened;
  let written = 0;
  for (const [name, patches] of bySheet) {
    const part = workbook.sheets.find((s) => s.name === name)?.part;
    if (!part) continue;
    const result = patchSheet(pkg.text(part), patches, style);
    if (name !== SETTINGS_SHEET) written += result.written;
    if (result.xml !== pkg.text(part)) replace.set(part, result.xml);
  }
  return written;
}

/**
 * The package with the derived cells written and, when `store` is given, those settings kept in the
 * settings sheet (patched when it exists, added very hidden when it does not); `cells` are further cells to write.
 */
export function patchXlsx(
  opened: OpenedWorkbook,
  derived: DerivedCell[],
  store: Record<string, unknown> | null = null,
  cells: SheetCellPatch[] = [],
): Patched {
  const { pkg, workbook } = opened;
  const kept = store
    ? Object.keys(store).filter((k) => store[k] !== undefined)
    : [];
  const hasStore = opened.grid.sheets.some((s) => s.name === SETTINGS_SHEET);
  // A removal needs a sheet to remove from; a store with nothing to keep adds none.
  const useStore =
    store && (hasStore ? Object.keys(store).length : kept.length)
      ? store
      : null;
  const added =
    useStore && !hasStore
      ? addSheet(pkg, workbook, SETTINGS_SHEET, storeRows(useStore))
      : null;
  const styles =
    workbook.styles && pkg.has(workbook.styles)
      ? new StyleWriter(pkg.text(workbook.styles), opened.styles)
      : null;
  const style: StyleFor = styles
    ? (old, code) => styles.styleFor(old, code)
    : (old) => old;
  const replace = new Map<string, string>(added?.replace ?? []);
  const written = patchSheets(
    opened,
    cellsBySheet(opened, derived, useStore, cells),
    style,
    replace,
  );
  const newStyles = styles?.result();
  if (newStyles) replace.set(workbook.styles!, newStyles);
  return { ...repackage(opened, replace, added), written };
}

/** The package with parts replaced (by text) and one part added; every other entry copied raw. */
export function repackage(
  opened: OpenedWorkbook,
  replace: Map<string, string>,
  added: AddedParts | null,
): Omit<Patched, "written"> {
  const { pkg, workbook } = opened;
  const bytes = new Map<string, Uint8Array>();
  for (const [part, text] of replace)
    bytes.set(pkg.entry(part)!.name, pkg.encode(part, text));
  const adds = added
    ? [
        {
          name: added.part.slice(1),
          data: encoder.encode(added.text),
          like: pkg.entry(workbook.part),
        },
      ]
    : [];
  return {
    bytes:
      bytes.size || adds.length
        ? writeZip(pkg.zip, bytes, adds)
        : pkg.zip.bytes,
    parts: [...replace.keys(), ...(added ? [added.part] : [])],
  };
}
