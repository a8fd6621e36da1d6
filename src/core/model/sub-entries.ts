// The sub kegiatan rows of one sasaran given their places: by number where they carry one, by order where not,
// a number used twice left unplaced with the reason (spec §3: `1.c` is 1.c even when 1.b is missing).
import { subIndices } from "./numbering";
import { Row, text } from "./rows";

/** A sub kegiatan row and the token of its number (`c` of `1.c`; null when unnumbered). */
export interface SubEntry {
  row: Row;
  token: string | null;
  /** The number inside the name (`2. Sub Kegiatan …`), counted within its kegiatan. */
  nameNo?: number;
}

/** Each entry's 0-based place among its sasaran's sub kegiatan; an entry left out went to `unplaced`. */
export function resolveSubs(
  owner: number,
  list: SubEntry[],
  unplaced: Row[],
): Map<SubEntry, number> {
  const numbered = list.filter((e) => e.token !== null);
  const indices = subIndices(numbered.map((e) => e.token!));
  const indexOf = new Map(numbered.map((e, i) => [e, indices[i]]));
  const placed = new Map<SubEntry, number>();
  const taken = new Map<number, SubEntry>();
  let next = 0;
  for (const e of list) {
    // Unnumbered rows take the place after the row above them.
    const index = e.token === null ? next : indexOf.get(e);
    if (index === null || index === undefined) {
      unplaced.push({
        ...e.row,
        why: `nomor "${text(e.row.no)}" tidak dapat dibaca sebagai nomor sub kegiatan`,
      });
      continue;
    }
    const twice = taken.get(index);
    if (twice) {
      unplaced.push({
        ...e.row,
        why: `sub kegiatan ke-${index + 1} sasaran ${owner} sudah ada di baris ${twice.row.row + 1}`,
      });
      continue;
    }
    taken.set(index, e);
    placed.set(e, index);
    next = index + 1;
  }
  return placed;
}
