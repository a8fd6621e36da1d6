// Cell notes (ExcelApi 1.18) in the forms Microsoft documents, and no others:
// - Workbook.notes.add(Range, content) ("excel-note-basics" sample; NoteCollection.add: "a Range object or a string
//   such as "A1". If the string is invalid, or the range is not a single cell, an InvalidCellAddress error is thrown");
// - Worksheet.notes.add("A2", …), Worksheet.notes.getItem("A1") / getItemOrNullObject (the same sample).
// A sheet-qualified string ("'Tabel 2.1'!D5") is not a documented form: the fake refuses it (InvalidCellAddress), and a
// bare address on the workbook's collection names no sheet, so it is refused too.
import { Ctx, Proxy, Surface } from "./base";
import { FakeError, Sheet, areaA1, parseCell } from "./model";
import type { RangeProxy } from "./range";

type Where = { sheet: string; address: string };

export class NoteCollectionProxy implements Surface<Excel.NoteCollection> {
  constructor(
    readonly _ctx: Ctx,
    /** The worksheet this collection belongs to; null for Workbook.notes. */
    readonly _sheet: (() => Sheet) | null,
  ) {}
  /** Resolved when the request runs (inside the sync), so a bad address fails the sync as Excel does. */
  private where(k: string | RangeProxy): Where {
    if (typeof k !== "string") {
      const { sheet, area } = k._resolve();
      if (area.top !== area.bottom || area.left !== area.right) throw new FakeError("InvalidArgument", `catatan hanya untuk satu sel, bukan ${areaA1(area)}`);
      if (this._sheet && this._sheet() !== sheet) throw new FakeError("InvalidArgument", "rentang dari lembar lain");
      return { sheet: sheet.name, address: areaA1(area) };
    }
    if (!this._sheet || k.includes("!") || !parseCell(k)) throw new FakeError("InvalidCellAddress", `alamat catatan tidak didukung: ${k}`);
    return { sheet: this._sheet().name, address: k.replace(/\$/g, "").toUpperCase() };
  }
  add(cellAddress: string | Excel.Range, content: unknown): NoteProxy {
    const at: { w: Where | null } = { w: null };
    this._ctx._queue.push(() => {
      const host = this._ctx._host;
      host.requireApi(18, "Workbook.notes");
      const w = this.where(cellAddress as string | RangeProxy);
      host.guardSheet(host.sheet(w.sheet), "NoteCollection.add");
      const id = `${w.sheet}!${w.address}`;
      if (host.notes.has(id)) throw new FakeError("InvalidOperation", `sel ${id} sudah memiliki catatan`);
      host.notes.set(id, { ...w, content: String(content) });
      at.w = w;
    });
    return new NoteProxy(this._ctx, () => at.w ?? { sheet: "", address: "" });
  }
  getItem(key: string): NoteProxy {
    return new NoteProxy(this._ctx, () => this.where(key));
  }
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this._ctx, () => this.where(key), true);
  }
}

export class NoteProxy extends Proxy implements Surface<Excel.Note> {
  constructor(
    context: Ctx,
    readonly _at: () => Where,
    nullable = false,
  ) {
    super(context);
    this.nullable = nullable;
  }
  private id(): string {
    const w = this._at();
    return `${w.sheet}!${w.address}`;
  }
  get content(): string {
    return this.prop("content");
  }
  set content(v: string) {
    this.q(() => {
      const n = this.context._host.notes.get(this.id());
      if (!n) throw new FakeError("ItemNotFound", this.id());
      n.content = v;
    });
  }
  load(_p?: unknown): this {
    this.q(() => {
      this.context._host.requireApi(18, "Workbook.notes");
      const n = this.context._host.notes.get(this.id());
      if (!n && !this.nullable) throw new FakeError("ItemNotFound", `tidak ada catatan di ${this.id()}`);
      this.nullChecked = true;
      this.isNull = !n;
      this.loaded = n ? { content: n.content } : {};
    });
    return this;
  }
  delete(): void {
    this.q(() => {
      this.context._host.notes.delete(this.id());
    });
  }
}
