// Ranges: values, formulas, formats and fills with Excel's entry semantics, loads that count their payload, merged
// areas as office-js#3611 reports them, and the row inserts/deletes the undo record uses.
import { Ctx, Proxy, Surface, clientResult } from "./base";
import { Area, FakeCell, FakeError, Sheet, areaA1, displayText, key, sheetPrefix } from "./model";

class FillProxy implements Surface<Excel.RangeFill> {
  constructor(readonly _range: RangeProxy) {}
  set color(c: string) {
    this._range._each((s, r, col) => this._range.context._host.patch(s, r, col, { fill: c }, "fill", "RangeFill.color"));
  }
  clear(): void {
    this._range._each((s, r, col) => this._range.context._host.patch(s, r, col, { fill: null }, "fill", "RangeFill.clear"));
  }
}

class FormatProxy implements Surface<Excel.RangeFormat> {
  constructor(readonly _range: RangeProxy) {}
  get fill(): FillProxy {
    return new FillProxy(this._range);
  }
  set wrapText(_v: boolean) {}
  get font(): { bold: boolean } {
    const range = this._range;
    return {
      set bold(b: boolean) {
        range._each((s, r, col) => range.context._host.patch(s, r, col, { bold: b }, "bold", "RangeFont.bold"));
      },
      get bold(): boolean {
        return false;
      },
    };
  }
  set verticalAlignment(_v: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed") {}
  set columnWidth(_v: number) {}
}

type CellProps = { format: { fill: { color: string; pattern: string } } };

const valueOf = (c: FakeCell) => (c.error ? c.error : (c.value ?? ""));
function typeOf(c: FakeCell): string {
  if (c.error) return "Error";
  if (c.value === null || c.value === undefined || c.value === "") return "Empty";
  return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
}

export class RangeProxy extends Proxy implements Surface<Excel.Range> {
  constructor(
    context: Ctx,
    readonly _resolve: () => { sheet: Sheet; area: Area },
  ) {
    super(context);
  }
  /** Queues a per-cell write over the range (bounded to real cells for whole rows/columns). */
  _each(fn: (s: Sheet, r: number, c: number) => void): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const used = this.context._host.usedArea(sheet, false);
      const bottom = Math.min(area.bottom, Math.max(area.top, used?.bottom ?? area.top) + 1);
      const right = Math.min(area.right, Math.max(area.left, used?.right ?? area.left) + 1);
      for (let r = area.top; r <= bottom; r++) for (let c = area.left; c <= right; c++) fn(sheet, r, c);
    });
  }
  private grid(fn: (s: Sheet, r: number, c: number, i: number, j: number) => void, values: unknown[][]): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (values.length !== rows || values.some((v) => v.length !== cols)) throw new FakeError("InvalidArgument", `ukuran ${values.length}x${values[0]?.length} tidak cocok dengan ${areaA1(area)}`);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) fn(sheet, area.top + i, area.left + j, i, j);
    });
  }
  get format(): FormatProxy {
    return new FormatProxy(this);
  }
  set values(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.writeValue(s, r, c, v[i][j], false), v);
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set formulas(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.writeValue(s, r, c, v[i][j], true), v);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.grid((s, r, c, i, j) => this.context._host.patch(s, r, c, { numFmt: String(v[i][j]) }, "numberFormat", "Range.numberFormat"), v);
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  /** Loads the properties asked for (all of them when none are named), and counts what the response carries. */
  load(props?: unknown): this {
    const asked = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? (props as string[]) : null;
    this.q(() => {
      const host = this.context._host;
      const { sheet, area: a } = this._resolve();
      const cellCount = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      const want = (p: string) => !asked || asked.includes(p);
      const perCell = ["values", "text", "numberFormat", "formulas", "valueTypes"].some(want);
      if (perCell && cellCount > host.cellLimit) throw new FakeError("GeneralException", `rentang ${areaA1(a)} (${cellCount} sel) terlalu besar untuk dibaca`);
      const rows: FakeCell[][] = [];
      if (perCell)
        for (let r = a.top; r <= a.bottom; r++) {
          const row: FakeCell[] = [];
          for (let c = a.left; c <= a.right; c++) row.push(sheet.cells.get(key(r, c)) ?? {});
          rows.push(row);
        }
      const tooMany = cellCount > host.valuesNullAbove;
      const each = <T>(f: (c: FakeCell) => T) => (tooMany ? null : rows.map((r) => r.map(f)));
      const all: Record<string, () => unknown> = {
        address: () => `${sheetPrefix(sheet.name)}!${areaA1(a)}`,
        values: () => each(valueOf),
        text: () => each((c) => displayText(c, host.locale)),
        numberFormat: () => each((c) => c.numFmt ?? "General"),
        formulas: () => each((c) => c.formula ?? valueOf(c)),
        valueTypes: () => each(typeOf),
        rowCount: () => a.bottom - a.top + 1,
        columnCount: () => a.right - a.left + 1,
      };
      const loaded: Record<string, unknown> = {};
      for (const [p, f] of Object.entries(all)) if (want(p)) loaded[p] = f();
      this.loaded = { ...(this.loaded ?? {}), ...loaded };
      this.context._bytes += tooMany && perCell ? 100 : JSON.stringify(loaded).length;
    });
    return this;
  }
  /**
   * Only the merged areas whose top-left cell lies inside this range (office-js#3611, open: "The getMergedAreasOrNullObject
   * method will only return merged areas whose top left cell exists in the range passed"); more than 512 fail
   * (the method's reference remarks).
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      this.context._host.requireApi(13, "getMergedAreasOrNullObject");
      const { sheet, area } = this._resolve();
      const list = sheet.merges
        .filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right)
        .map((m) => `${sheetPrefix(sheet.name)}!${areaA1(m)}`);
      if (list.length > 512) throw new FakeError("GeneralException", `${list.length} area gabungan (batas 512)`);
      return list;
    });
  }
  getCellProperties(_opts: unknown): { value: CellProps[][] } {
    const r = clientResult<CellProps[][]>("getCellProperties");
    this.q(() => {
      this.context._host.requireApi(9, "getCellProperties");
      const { sheet, area } = this._resolve();
      const out: CellProps[][] = [];
      for (let row = area.top; row <= area.bottom; row++) {
        const cells = [];
        for (let c = area.left; c <= area.right; c++) {
          const f = sheet.cells.get(key(row, c))?.fill;
          cells.push({ format: { fill: f ? { color: f, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" } } });
        }
        out.push(cells);
      }
      r.set(out);
      this.context._bytes += out.length * (out[0]?.length ?? 0) * 50;
    });
    return r.result;
  }
  select(): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.selection = { sheet: sheet.name, address: areaA1(area) };
    });
  }
  insert(_dir: Excel.InsertShiftDirection | "Down" | "Right"): RangeProxy {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.guardSheet(sheet, "Range.insert");
      const n = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        moved.set(r >= area.top ? key(r + n, col) : k, c);
      }
      sheet.cells = moved;
    });
    return this;
  }
  delete(_dir: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.guardSheet(sheet, "Range.delete");
      const n = area.bottom - area.top + 1;
      const moved = new Map<string, FakeCell>();
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        if (r >= area.top && r <= area.bottom) continue;
        moved.set(r > area.bottom ? key(r - n, col) : k, c);
      }
      sheet.cells = moved;
    });
  }
  clear(what?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.guardSheet(sheet, "Range.clear");
      for (const [k, c] of [...sheet.cells]) {
        const [r, col] = k.split(",").map(Number);
        if (r < area.top || r > area.bottom || col < area.left || col > area.right) continue;
        if (what === "Contents") sheet.cells.set(k, { ...c, value: null, formula: undefined, error: undefined });
        else if (what === "Formats") sheet.cells.set(k, { value: c.value, formula: c.formula, error: c.error });
        else sheet.cells.delete(k);
      }
      // Clearing everything also unmerges, as in Excel.
      if (what === undefined || what === "All")
        sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right);
    });
  }
  merge(_across?: boolean): void {
    this.q(() => {
      const { sheet, area } = this._resolve();
      this.context._host.guardSheet(sheet, "Range.merge");
      sheet.merges.push({ ...area });
    });
  }
}

export class RangeAreasProxy extends Proxy implements Surface<Excel.RangeAreas> {
  constructor(
    context: Ctx,
    readonly _resolve: () => string[],
  ) {
    super(context);
  }
  get address(): string {
    return this.prop("address");
  }
  load(_p?: unknown): this {
    this.q(() => {
      const list = this._resolve();
      this.nullChecked = true;
      this.isNull = list.length === 0;
      this.loaded = this.isNull ? {} : { address: list.join(",") };
    });
    return this;
  }
}

export type { FormatProxy, FillProxy };
