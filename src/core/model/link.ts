// How the rows of two tables are linked (spec §3): by number where rows carry one, by position only where they do
// not. Names never link rows; they show when a row linked by position belongs to another row (a row missing or
// out of order), and such a row is left unlinked and reported: no check ever compares it with another row's
// figures, so no finding proposes a value taken from another row.
import { nameSimilarity, normalizeLabel, sameName } from "../text";
import { Field } from "./field";
import { sasaranNumber } from "./numbering";
import { Row, text } from "./rows";

/** A row linked by position whose name says it is another row's. */
export interface Misplaced {
  row: Row;
  /** The row's name cell, and the cell of the row it is named like. */
  name: Field;
  like: Field;
  /** 0-based place the row was at, and the 0-based place of the row it is named like. */
  at: number;
  likeAt: number;
  level: "sasaran" | "sub";
}

/** Rows by their sasaran number (`1.`, `2`) where every row carries a distinct one; else in table order. */
export function byNumber(rows: Row[]): {
  rows: (Row | undefined)[];
  numbered: boolean;
} {
  const numbers = rows.map((r) => sasaranNumber(text(r.no)));
  if (
    rows.length === 0 ||
    numbers.some((n) => n === null) ||
    new Set(numbers).size !== numbers.length
  )
    return { rows, numbered: false };
  const out: (Row | undefined)[] = [];
  rows.forEach((r, i) => (out[numbers[i]! - 1] = r));
  return { rows: out, numbered: true };
}

const NAMED_ALIKE = 0.8;

/** The same figure in two cells, both read as numbers. */
export function sameFigure(
  a: Field | undefined,
  b: Field | undefined,
): boolean {
  const x = a?.parsed;
  const y = b?.parsed;
  return x?.kind === "number" && y?.kind === "number" && x.value.eq(y.value);
}

/** Two names of one row: equal once normalised, or nearly all their words shared. */
const alike = (a: string, b: string) =>
  sameName(a, b) || nameSimilarity(a, b) >= NAMED_ALIKE;

/** Beyond this many places, another place is found by its exact name only (no pairwise similarity: quadratic). */
const SIMILARITY_PLACES = 200;

/** The names of each place, with an index of exact names, so that a row's name is looked up, not searched for. */
export class PlaceNames {
  private readonly byName = new Map<string, number[]>();
  /** Each place's names as normalised once (a row's name is compared with them many times). */
  private readonly normal: string[][];

  constructor(readonly names: string[][]) {
    this.normal = names.map((list) => list.map((n) => normalizeLabel(n)));
    this.normal.forEach((list, j) => {
      for (const k of list)
        if (k !== "") this.byName.set(k, [...(this.byName.get(k) ?? []), j]);
    });
  }

  private best(name: string, norm: string, j: number): number {
    let b = 0;
    const list = this.names[j] ?? [];
    for (let i = 0; i < list.length; i++) {
      if (this.normal[j][i] === "") continue;
      if (this.normal[j][i] === norm) return 1;
      b = Math.max(b, nameSimilarity(name, list[i]));
    }
    return b;
  }

  /**
   * The place of another row whose name this row carries, when its own place's names are all less like it; -1
   * when the row may be where it is (its name is like its place's, or no other row's, or there are no names).
   */
  elsewhere(name: string, at: number): number {
    if (name === "") return -1;
    const norm = normalizeLabel(name);
    const own = this.best(name, norm, at);
    if (own >= NAMED_ALIKE) return -1;
    const exact = this.byName.get(norm)?.find((j) => j !== at);
    if (exact !== undefined) return exact;
    if (this.names.length > SIMILARITY_PLACES) return -1;
    return this.names.findIndex((_, j) => {
      if (j === at) return false;
      const b = this.best(name, norm, j);
      return b >= NAMED_ALIKE && b > own;
    });
  }
}

/** The name cells of one row, per place: what a row linked by position is compared with. */
export type NamesAt = (Field | undefined)[][];

/**
 * Takes out of `rows` (linked by position) each row whose name belongs to another place; the rows taken out are
 * returned, with the cell they are named like.
 */
export function unlinkMisplaced(
  rows: (Row | undefined)[],
  nameOf: (r: Row) => Field | undefined,
  reference: NamesAt,
  level: Misplaced["level"],
  /** The row's figures agree with its place's (only its name is elsewhere): it stays, its name is reported. */
  agrees: (r: Row, at: number) => boolean = () => false,
): Misplaced[] {
  const places = new PlaceNames(
    reference.map((list) => list.map((f) => (f ? text(f) : ""))),
  );
  const out: Misplaced[] = [];
  rows.forEach((r, i) => {
    const name = r && nameOf(r);
    if (!r || !name) return;
    const j = places.elsewhere(text(name), i);
    if (j < 0 || agrees(r, i)) return;
    const like = reference[j].find((f) => f && alike(text(name), text(f)))!;
    out.push({ row: r, name, like, at: i, likeAt: j, level });
    rows[i] = undefined;
  });
  return out;
}
