// The five report tables as printable rows, in the seed's column order, from the workbook's own cells with the
// cells Hitung Capaian computes put in and the figures the checks put right marked (cells.ts). Platform-neutral
// data: the .docx renderer sets it, tests read it. One builder per table: tables-rencana.ts (2.1–2.3),
// tables-capaian.ts (3.1, 3.2).
import { GridWorkbook } from "../core/grid";
import { buildReport } from "../core/model";
import { readTables } from "../core/reader";
import { PETA_KEY, Peta, parsePeta } from "../core/peta";
import { readStore } from "../core/store";
import { TableId } from "../core/tables";
import { Analysis } from "../core/types";
import { CellText } from "./cells";
import { TableParts } from "./table-parts";
import { t21, t22, t23 } from "./tables-rencana";
import { t31, t32 } from "./tables-capaian";

export type { Align, ReportCell, ReportTable } from "./table-parts";

/** The five tables; `unit` (`Kepala Seksi … Kecamatan …`) completes the titles as the seed writes them. */
export function reportTables(
  grid: GridWorkbook,
  a: Analysis,
  unit = "",
  periodTitle = "",
  peta?: Peta,
) {
  // The tables as analyze() read them: the given peta, else the one stored in the workbook.
  const read = readTables(
    grid,
    peta ?? parsePeta(readStore(grid).values[PETA_KEY]).peta,
  );
  const parts: TableParts = {
    report: buildReport(read),
    a,
    cells: new CellText(a),
    found: (id: TableId) => a.tables.find((t) => t.id === id)?.found ?? false,
    withUnit: (t: string) => (unit ? `${t} ${unit}` : t),
    periodTitle,
  };
  const tables = [t21(parts), t22(parts), t23(parts), t31(parts), t32(parts)];
  for (const t of tables) {
    if (!t.found || t.body.length === 0) t.found = false;
    const note = parts.cells.noteFor(t.id);
    if (note) t.note = note;
  }
  return tables;
}
