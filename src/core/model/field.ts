// One cell of a found table as the checks read it: parsed and shown on first use (most name cells never are).
import { GridCell, a1 } from "../grid";
import { NumberParsed, Parsed, displayText, parseCell } from "../number";
import { TableId } from "../tables";

/** One cell of a table; parsed and formatted on first use (most name cells are never parsed). */
export class Field {
  private _parsed?: Parsed;
  private _text?: string;
  private _address?: string;

  constructor(
    readonly table: TableId,
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly cell: GridCell | undefined,
    /**
     * Realisasi with no total column: the period cells summed up to the report's period (§9). Such a figure
     * is read, never written (one class for both keeps the hot getters monomorphic).
     */
    readonly parts?: Field[],
  ) {}

  get address(): string {
    return (this._address ??= this.parts
      ? rangeOf(this.row, this.parts)
      : a1(this.row, this.col));
  }
  get parsed(): Parsed {
    return (this._parsed ??= this.parts
      ? sumOf(this.parts)
      : parseCell(this.cell));
  }
  /** What the user sees in the cell. */
  get text(): string {
    return (this._text ??= this.parts
      ? this.parts
          .filter((p) => p.text !== "")
          .map((p) => p.text)
          .join(" + ")
      : displayText(this.cell));
  }
  /** False for a figure made of several cells (months summed): nothing is ever written to it. */
  get writable(): boolean {
    return !this.parts;
  }
}

function rangeOf(row: number, parts: Field[]): string {
  const cols = parts.map((p) => p.col);
  return parts.length > 1
    ? `${a1(row, Math.min(...cols))}:${a1(row, Math.max(...cols))}`
    : a1(row, cols[0] ?? 0);
}

function sumOf(parts: Field[]): Parsed {
  const nums: NumberParsed[] = [];
  for (const p of parts) {
    const q = p.parsed;
    if (q.kind === "empty" || q.kind === "dash") continue;
    if (q.kind !== "number") return q;
    nums.push(q);
  }
  return nums.length
    ? nums.reduce((x, y) => ({
        kind: "number" as const,
        value: x.value.plus(y.value),
        unit: x.unit || y.unit,
        decimals: Math.max(x.decimals, y.decimals),
        // A part read through its unit word (`1,2 juta`) is said, at the sum's cells.
        ...(x.scale || y.scale ? { scale: x.scale ?? y.scale } : {}),
      }))
    : { kind: "empty" };
}
