// Tabel 3.1 (Capaian Kinerja): a sasaran per row, or indicators under a sasaran named on its own row (a heading
// row, `Sasaran Strategis 1. …`, or a name row above its indicator row); after `Sasaran Sub-Kegiatan :` the
// indicator rows are sub kegiatan, checked on their own.
import { RowKind } from "../peta";
import { FoundTable } from "../reader";
import { Field } from "./field";
import {
  KindOf,
  Row,
  filledCount,
  firstFilled,
  isPejabatRow,
  isTotalLabel,
  noKinds,
  rowsOf,
  separatorKind,
  text,
} from "./rows";

export interface CapaianRows {
  rows: Row[];
  subs: Row[];
  unplaced: Row[];
}

const SASARAN_PREFIX = /^sasaran\b/i;

const hasFigures = (r: Row) =>
  [r.target, r.realisasi, r.capaian].some((f) => f && f.text !== "");

/** The placing of 3.1's rows, one at a time: a name row waits for the indicator rows under it. */
class CapaianPlacement {
  readonly rows: Row[] = [];
  readonly subs: Row[] = [];
  private mode: "sasaran" | "sub" = "sasaran";
  /** A sasaran name row not yet given an indicator row. */
  private pending: Field | undefined;
  /** A heading (`Sasaran Strategis 1. …`) naming the indicator rows below it. */
  private heading: Field | undefined;

  constructor(private readonly t: FoundTable) {}

  place(r: Row, chosen: RowKind | undefined): void {
    if (chosen === "jumlah" || chosen === "abaikan") return;
    if (chosen) {
      this.flush();
      (chosen === "sub" ? this.subs : this.rows).push(r);
      return;
    }
    const kind = separatorKind(r);
    if (kind) {
      this.flush();
      this.mode = kind === "sub" ? "sub" : "sasaran";
      return;
    }
    if (isPejabatRow(r)) return;
    // `Jumlah …` in the indicator column is an indicator's name (`Jumlah Rancangan Perda …`), not a total.
    if (isTotalLabel(text(r.no) || text(r.sasaran))) return;
    if (!this.nameRow(r)) this.indicatorRow(r);
  }

  /** A name without figures: the sasaran of the indicator rows that follow. */
  private nameRow(r: Row): boolean {
    const only =
      !hasFigures(r) && filledCount(r) === 1 ? firstFilled(r) : undefined;
    if (!only || (only !== r.sasaran && !SASARAN_PREFIX.test(only.text)))
      return false;
    this.flush();
    if (only === r.sasaran) this.pending = only;
    else this.heading = only;
    return true;
  }

  private indicatorRow(r: Row): void {
    const named = text(r.sasaran) !== "";
    const row: Row = named
      ? r
      : { ...r, sasaran: this.pending ?? this.heading };
    if (this.pending && !named) this.pending = undefined;
    else this.flush();
    (this.mode === "sub" ? this.subs : this.rows).push(row);
  }

  /** A name row with no indicator row under it is a sasaran row of its own. */
  flush(): void {
    if (this.pending)
      (this.mode === "sub" ? this.subs : this.rows).push({
        row: this.pending.row,
        table: this.t.id,
        sheet: this.pending.sheet,
        sasaran: this.pending,
      });
    this.pending = undefined;
  }
}

export function capaianRows(
  t: FoundTable | undefined,
  kindOf: KindOf = noKinds,
): CapaianRows {
  const unplaced: Row[] = [];
  if (!t) return { rows: [], subs: [], unplaced };
  const placement = new CapaianPlacement(t);
  for (const r of rowsOf(t, unplaced)) placement.place(r, kindOf(r));
  placement.flush();
  return { rows: placement.rows, subs: placement.subs, unplaced };
}
