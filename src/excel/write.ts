// Writing cells: the derived values with their formats, text that stays text, and the sync budget.
import { DerivedCell } from "../core";
import { PAYLOAD_BUDGET, asCellText } from "./cells";

/** Fluent-style tints: derived cells light green; findings by severity. */
export const FILLS = {
  derived: "#E8F3EC",
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
} as const;

/** Payload of the write sync; split into more syncs only past the budget (thousands of cells). */
export class WriteQueue {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(approxBytes: number): Promise<void> {
    this.bytes += approxBytes;
    if (this.bytes > PAYLOAD_BUDGET) {
      await this.context.sync();
      this.bytes = 0;
    }
  }
}

export function rangeAt(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRange(address);
}

/** A derived cell: format first, then the number (a percent is a fraction shown with a percent format, never text). */
export function writeDerived(
  context: Excel.RequestContext,
  d: DerivedCell,
  paint: boolean,
): void {
  const r = rangeAt(context, d.sheet, d.address);
  if (d.value === null) {
    r.values = [[""]];
    return;
  }
  r.numberFormat = [[d.numFmt]];
  r.values = [[d.value]];
  if (paint) r.format.fill.color = FILLS.derived;
}

/**
 * Text that must arrive as text, whatever it looks like (`45%`, `1,234`, `=SUM(A1)`): the cell is formatted `@`
 * first, so Excel stores the entry as typed; `keepFormat` then puts the cell's own format back, which does not
 * convert text already stored.
 */
export function writeText(
  range: Excel.Range,
  rows: string[],
  keepFormat?: string,
): void {
  range.numberFormat = rows.map(() => ["@"]);
  range.values = rows.map((t) => [asCellText(t)]);
  if (keepFormat && keepFormat !== "@")
    range.numberFormat = rows.map(() => [keepFormat]);
}
