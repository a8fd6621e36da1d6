// Sub kegiatan rows that do not say whose they are: in the seed's layout all sasaran rows come first, then the
// `Kegiatan` separator, then the sub kegiatan. Numbered `1.a`, `2.a`, they say; numbered `1)`, `2)`, `1)` or `a`,
// `b`, `a` their numbering starts again at each sasaran; unnumbered, only Tabel 2.3's groups can tell (by order,
// spec §3). What none of these settles is not placed, and said.
import { OwnerlessRun, SubEntry } from "./cost";
import { subIndices } from "./numbering";
import { Row } from "./rows";

/** The run cut where its own numbering starts again; null when a row has no number. */
function byRestart(run: OwnerlessRun): SubEntry[][] | null {
  if (run.entries.some((e) => e.token === null)) return null;
  const indices = subIndices(run.entries.map((e) => e.token!));
  const parts: SubEntry[][] = [];
  run.entries.forEach((e, i) => {
    if (i === 0 || (indices[i] ?? 0) <= (indices[i - 1] ?? 0)) parts.push([]);
    parts[parts.length - 1].push(e);
  });
  return parts;
}

/** The run cut by the sizes of the sasaran's Tabel 2.3 groups, by order (their numbers, if any, then say nothing). */
function bySizes(
  run: OwnerlessRun,
  sizes: (number | undefined)[],
): SubEntry[][] | null {
  if (sizes.some((n) => n === undefined)) return null;
  if (sizes.reduce((a, b) => a! + b!, 0) !== run.entries.length) return null;
  const parts: SubEntry[][] = [];
  let at = 0;
  for (const n of sizes) {
    parts.push(
      run.entries.slice(at, at + n!).map((e) => ({ row: e.row, token: null })),
    );
    at += n!;
  }
  return parts;
}

/**
 * Gives each ownerless run's rows to their sasaran in `entries`; rows linked by order go to `byOrder`, rows that
 * cannot be given to any sasaran to `unplaced` with the reason.
 */
export function distributeOwnerless(
  runs: OwnerlessRun[],
  entries: Map<number, SubEntry[]>,
  groupSize: (owner: number) => number | undefined,
  unplaced: Row[],
): void {
  for (const run of runs) {
    const restart = byRestart(run);
    const parts =
      restart && restart.length === run.owners.length
        ? restart
        : bySizes(run, run.owners.map(groupSize));
    if (!parts) {
      for (const e of run.entries)
        unplaced.push({
          ...e.row,
          why: `baris sub kegiatan ini tidak bernomor sasaran (1.a, 2.a …) dan urutannya tidak dapat dicocokkan dengan Tabel 2.3, jadi tidak diketahui milik sasaran ${run.owners.join(" atau ")}`,
        });
      continue;
    }
    parts.forEach((list, k) => {
      const owner = run.owners[k];
      entries.set(owner, [...(entries.get(owner) ?? []), ...list]);
    });
  }
}
