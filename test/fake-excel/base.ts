// The batching every proxy shares: requests are queued and applied at context.sync(), properties throw until loaded,
// and the type checks that keep the fake from offering what real Excel lacks.
import { FakeError, Op } from "./model";
import type { FakeHost } from "./host";

/** Each member the fake offers exists on the real interface T, with a compatible type (objects compared by name only). */
export type Surface<T> = {
  [K in keyof T]?: T[K] extends (...a: infer A) => unknown ? (...a: A) => unknown : T[K] extends object ? unknown : T[K];
};
/** true only when the class C has no public member that the real interface T lacks (internals start with "_"). */
export type RealOnly<C, T> = [Exclude<keyof C, keyof T | `_${string}`>] extends [never] ? true : Exclude<keyof C, keyof T | `_${string}`>;
export type Assert<T extends true> = T;

/** How a context makes its workbook (set by sheets.ts, so this module needs no import of it). */
let makeWorkbook: (ctx: Ctx) => unknown = () => {
  throw new Error("workbook factory not set");
};
export function setWorkbookFactory(f: (ctx: Ctx) => unknown): void {
  makeWorkbook = f;
}

export class Ctx implements Surface<Excel.RequestContext> {
  _queue: Op[] = [];
  /** Bytes this sync's loads return (JSON), for Excel on the web's 5 MB limit. */
  _bytes = 0;
  constructor(
    readonly _host: FakeHost,
    readonly _grouped: boolean,
  ) {}
  get workbook(): Excel.Workbook {
    return makeWorkbook(this) as Excel.Workbook;
  }
  async sync(): Promise<void> {
    const host = this._host;
    host.syncs++;
    const ops = this._queue;
    this._queue = [];
    await Promise.resolve();
    // A grouped run with a request that has no undo on this platform is refused whole (UndoNotSupported).
    const refused = this._grouped ? ops.find((op) => op.noUndo) : undefined;
    if (refused) throw new FakeError("UndoNotSupported", `${refused.noUndo} tidak dapat di-undo dalam satu grup`);
    this._bytes = 0;
    for (const op of ops) {
      if (op.noUndo) host.undoStackCleared.push(op.noUndo);
      op(); // the first failing op rejects the sync; the ones before it stay applied, later ones are dropped, like Excel
    }
    if (this._bytes > host.payloadLimit) throw new FakeError("ResponsePayloadSizeLimitExceeded", `respons ${this._bytes} byte melebihi ${host.payloadLimit}`);
  }
}

export abstract class Proxy {
  protected loaded: Record<string, unknown> | null = null;
  protected isNull = false;
  protected nullable = false;
  protected nullChecked = false;
  constructor(readonly context: Ctx) {}
  get isNullObject(): boolean {
    if (this.loaded === null && !this.nullChecked) throw new FakeError("PropertyNotLoaded", "isNullObject dibaca sebelum sync");
    return this.isNull;
  }
  protected prop<T>(name: string): T {
    if (this.isNull) throw new FakeError("InvalidObjectPath", `${name} pada objek null`);
    if (!this.loaded || !(name in this.loaded)) throw new FakeError("PropertyNotLoaded", `${name} belum dimuat (load + sync)`);
    return this.loaded[name] as T;
  }
  protected q(op: () => void, noUndo?: string): void {
    const o: Op = op;
    if (noUndo) o.noUndo = noUndo;
    this.context._queue.push(o);
  }
}

/** A result read after the sync (ClientResult): getCellProperties, getXml. */
export function clientResult<T>(what: string): { set(v: T): void; result: { readonly value: T } } {
  const box: { v: T | undefined; set: boolean } = { v: undefined, set: false };
  return {
    set(v: T) {
      box.v = v;
      box.set = true;
    },
    result: {
      get value(): T {
        if (!box.set) throw new FakeError("PropertyNotLoaded", `${what} dibaca sebelum sync`);
        return box.v as T;
      },
    },
  };
}
