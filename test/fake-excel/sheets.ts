// The workbook and its worksheets: lists, add, visibility, activate, delete, protection and notes.
import { Ctx, Proxy, Surface } from "./base";
import { FakeError, Sheet, newSheetId, parseAddress } from "./model";
import { NoteCollectionProxy } from "./notes";
import { RangeProxy } from "./range";

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class WorkbookProtectionProxy extends Proxy implements Surface<Excel.WorkbookProtection> {
  get protected(): boolean {
    return this.prop("protected");
  }
  load(_p?: unknown): this {
    this.q(() => {
      this.context._host.requireApi(7, "Workbook.protection");
      this.loaded = { protected: this.context._host.workbookProtected };
    });
    return this;
  }
}

/** Worksheet.protection (ExcelApi 1.2). */
export class WorksheetProtectionProxy extends Proxy implements Surface<Excel.WorksheetProtection> {
  constructor(
    context: Ctx,
    readonly _sheet: () => Sheet,
  ) {
    super(context);
  }
  _fill(): void {
    this.loaded = { protected: !!this._sheet().protected };
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  load(_p?: unknown): this {
    this.q(() => this._fill());
    return this;
  }
}

export class WorkbookProxy implements Surface<Excel.Workbook> {
  constructor(readonly _ctx: Ctx) {}
  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this._ctx);
  }
  /** Workbook.notes: absent from the frozen npm office.js; in the CDN script, but the host needs ExcelApi 1.18. */
  get notes(): NoteCollectionProxy {
    return (this._ctx._host.officeJs === "npm-1.1.110" ? undefined : new NoteCollectionProxy(this._ctx, null)) as NoteCollectionProxy;
  }
  get protection(): WorkbookProtectionProxy {
    return new WorkbookProtectionProxy(this._ctx);
  }
}

export class WorksheetCollectionProxy extends Proxy implements Surface<Excel.WorksheetCollection> {
  private _list: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._list) throw new FakeError("PropertyNotLoaded", "items belum dimuat");
    return this._list;
  }
  /** Loads every sheet's id, name, visibility and protection (whatever was asked: the fake loads them all). */
  load(_props?: unknown): this {
    this.q(() => {
      this._list = this.context._host.sheets.map((s) => {
        const w = new WorksheetProxy(this.context, () => s);
        w._fill();
        return w;
      });
    });
    return this;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context._host.sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context._host.sheet(name), true);
  }
  add(name?: string): WorksheetProxy {
    const n = name ?? `Sheet${this.context._host.sheets.length + 1}`;
    this.q(() => {
      const h = this.context._host;
      h.guardStructure("WorksheetCollection.add");
      if (h.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new FakeError("ItemAlreadyExists", n);
      h.sheets.push({ name: n, id: newSheetId(), visibility: "Visible", cells: new Map(), merges: [] });
    });
    return this.getItem(n);
  }
}

export class WorksheetProxy extends Proxy implements Surface<Excel.Worksheet> {
  private _protection: WorksheetProtectionProxy;
  constructor(
    context: Ctx,
    readonly _resolve: () => Sheet,
    nullable = false,
  ) {
    super(context);
    this.nullable = nullable;
    this._protection = new WorksheetProtectionProxy(context, _resolve);
  }
  _fill(): void {
    const s = this._resolve();
    this.loaded = { name: s.name, id: s.id, visibility: s.visibility };
    this._protection._fill();
  }
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  get protection(): WorksheetProtectionProxy {
    return this._protection;
  }
  /** Worksheet.notes (ExcelApi 1.18); absent from the frozen npm office.js. */
  get notes(): NoteCollectionProxy {
    return (this.context._host.officeJs === "npm-1.1.110" ? undefined : new NoteCollectionProxy(this.context, this._resolve)) as NoteCollectionProxy;
  }
  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    this.q(
      () => {
        this.context._host.guardStructure("Worksheet.visibility");
        this._resolve().visibility = v;
      },
      this.context._host.undoable("visibility") ? undefined : "Worksheet.visibility",
    );
  }
  load(_props?: unknown): this {
    this.q(() => {
      this.nullChecked = true;
      try {
        this._fill();
      } catch (e) {
        if (this.nullable && (e as FakeError).code === "ItemNotFound") {
          this.isNull = true;
          this.loaded = {};
        } else throw e;
      }
    });
    return this;
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this._resolve(), area: parseAddress(address ?? "A1:XFD1048576") }));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this._resolve();
      return { sheet: s, area: this.context._host.usedArea(s, !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  /** A hidden sheet cannot be the active one: activating it fails with a generic error (the report). */
  activate(): void {
    this.q(() => {
      const s = this._resolve();
      if (s.visibility !== "Visible") throw new FakeError("GeneralException", "There was an internal error while processing the request.");
      this.context._host.active = s.name;
    });
  }
  /** A very hidden sheet cannot be deleted (office-js#365, by design: make it hidden or visible first). */
  delete(): void {
    this.q(() => {
      const h = this.context._host;
      const s = this._resolve();
      h.guardStructure("Worksheet.delete");
      if (s.visibility === "VeryHidden") throw new FakeError("GeneralException", "There was an internal error while processing the request.");
      h.sheets = h.sheets.filter((x) => x !== s);
    }, "Worksheet.delete");
  }
}

