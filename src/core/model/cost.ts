// Tabel 3.2 (Cost per outcome): its rows placed top to bottom as sasaran (or program), kegiatan headings under a
// program, and sub kegiatan, by the user's choice (peta), a level label row, the row's number (`1.`, `1.a`, `1.1`,
// `1.i`, `a)`) or its name's prefix (`Program`, `Kegiatan`, `Sub Kegiatan`). A sub kegiatan is placed by its
// number where it carries one (`1.c` is 1.c even when 1.b is missing), by its order within its sasaran where not.
import { RowKind } from "../peta";
import { FoundTable } from "../reader";
import { sasaranNumber, subNumber } from "./numbering";
import {
  KindOf,
  Row,
  isPejabatRow,
  isTotalLabel,
  noKinds,
  rowsOf,
  separatorKind,
  text,
} from "./rows";
import { SubEntry, resolveSubs } from "./sub-entries";

export type { SubEntry } from "./sub-entries";

/** A kegiatan heading between a program and its sub kegiatan (Tabel 3.2 role): a group, not a sub kegiatan. */
export interface KegiatanGroup {
  row: Row;
  /** 0-based sasaran (program) index and the indices of its sub kegiatan under this heading. */
  owner: number;
  subs: number[];
  /** Why its sub kegiatan look incomplete (a number missing from `1.`, `3.`), when they do. */
  gap?: string;
}

/** Sub kegiatan rows after several sasaran rows with no number naming their sasaran (the seed's layout, unnumbered). */
export interface OwnerlessRun {
  /** The sasaran they belong to, in order; which rows belong to which is decided with Tabel 2.3 (model/index.ts). */
  owners: number[];
  entries: SubEntry[];
}

export interface CostRows {
  /** By 1-based sasaran number. */
  sasaran: Map<number, Row>;
  /** Sub kegiatan rows whose sasaran is known, by 1-based sasaran number, in table order. */
  entries: Map<number, SubEntry[]>;
  ownerless: OwnerlessRun[];
  groups: { row: Row; owner: number; entries: SubEntry[] }[];
  unplaced: Row[];
}

// Name prefixes of the program → kegiatan → sub kegiatan hierarchy (`1. Sub Kegiatan …` numbered inside the cell).
const PROGRAM_PREFIX = /^program\b/i;
const KEGIATAN_PREFIX = /^kegiatan\b/i;
const SUB_PREFIX = /^(?:\d+\s*[.)]\s*)?sub[\s-]*kegiatan\b/i;
const NUMBER_IN_NAME = /^(\d+)\s*[.)]/;

/** The placing of 3.2's rows, one row at a time; what the rows above said decides what the next one is. */
class CostPlacement {
  readonly sasaran = new Map<number, Row>();
  readonly entries = new Map<number, SubEntry[]>();
  readonly ownerless: OwnerlessRun[] = [];
  readonly groups: CostRows["groups"] = [];
  private mode: "sasaran" | "group" | "sub" = "sasaran";
  private lastSasaran = 0;
  /** The sasaran the last sub kegiatan row went to. */
  private current = 0;
  /** Sasaran rows opened since the last sub kegiatan row. */
  private opened: number[] = [];
  private run: OwnerlessRun | null = null;
  private program = false;
  private group: CostRows["groups"][number] | null = null;

  constructor(
    readonly unplaced: Row[],
    /** With a `Sub-Kegiatan` label row, a `Kegiatan` label row introduces the kegiatan itself (a web export). */
    private readonly hasSubLabel: boolean,
  ) {}

  place(
    r: Row,
    chosen: RowKind | undefined,
    kind: ReturnType<typeof separatorKind>,
  ): void {
    // The user's word on what this row is comes before every rule below.
    if (chosen) this.byChoice(r, chosen);
    else if (kind) this.bySeparator(kind);
    else this.byNumberOrName(r);
  }

  private setSasaran(n: number, r: Row): void {
    this.sasaran.set(n, r);
    this.lastSasaran = n;
    this.opened.push(n);
    this.run = null;
  }

  /** A sub kegiatan row: under the sasaran its number names, else under the sasaran the rows above say. */
  private addSub(
    r: Row,
    owner: number | null,
    token: string | null,
    nameNo?: number,
  ): void {
    const entry: SubEntry = nameNo
      ? { row: r, token, nameNo }
      : { row: r, token };
    const fresh = this.opened;
    this.opened = [];
    if (owner === null && fresh.length > 1 && !this.run) {
      // Several sasaran rows, then sub kegiatan rows that do not say whose: decided with Tabel 2.3 later.
      this.run = { owners: fresh, entries: [] };
      this.ownerless.push(this.run);
    }
    if (owner === null && this.run) {
      this.run.entries.push(entry);
      return;
    }
    this.run = null;
    // Under the sasaran row just above, else the one the last sub kegiatan went to.
    const o =
      owner ??
      (fresh.length === 1 ? fresh[0] : this.current || this.lastSasaran);
    if (!o) {
      this.unplaced.push(r);
      return;
    }
    if (!this.entries.has(o)) this.entries.set(o, []);
    this.entries.get(o)!.push(entry);
    this.current = o;
    if (this.group && this.group.owner === o - 1)
      this.group.entries.push(entry);
  }

  private openSasaran(r: Row, program: boolean): void {
    this.setSasaran(this.lastSasaran + 1, r);
    this.current = 0;
    this.program = program;
    this.group = null;
    this.mode = "sasaran";
  }

  /** Under a program, a kegiatan is a group of sub kegiatan; without one, it is the sasaran row itself. */
  private openKegiatan(r: Row): void {
    if (this.program) {
      this.group = { row: r, owner: this.lastSasaran - 1, entries: [] };
      this.groups.push(this.group);
    } else this.setSasaran(this.lastSasaran + 1, r);
  }

  private byChoice(r: Row, chosen: RowKind): void {
    if (chosen === "jumlah" || chosen === "abaikan") return;
    if (chosen === "program" || chosen === "sasaran")
      this.openSasaran(r, chosen === "program");
    else if (chosen === "kegiatan") this.openKegiatan(r);
    else if (this.lastSasaran) this.addSub(r, null, null);
    else this.unplaced.push(r);
  }

  /** Without a `Sub-Kegiatan` label row, a `Kegiatan` label row introduces the sub kegiatan rows (the seed's separator). */
  private bySeparator(kind: "kegiatan" | "sub" | "sasaran"): void {
    this.mode =
      kind === "sub"
        ? "sub"
        : kind === "kegiatan"
          ? this.hasSubLabel
            ? "group"
            : "sub"
          : "sasaran";
  }

  private byNumberOrName(r: Row): void {
    const no = text(r.no);
    const name = text(r.sasaran);
    if (isPejabatRow(r) || isTotalLabel(no || name)) return;
    const sub = subNumber(no);
    // `a.`, `ii)` under a sasaran row are its sub kegiatan, with or without a separator row above them.
    if (
      sub &&
      (sub.owner !== null || this.mode === "sub" || this.lastSasaran)
    ) {
      this.addSub(r, sub.owner, sub.token);
      this.mode = "sub";
    } else if (PROGRAM_PREFIX.test(name)) this.openSasaran(r, true);
    else if (SUB_PREFIX.test(name)) {
      // `2. Sub Kegiatan …`: numbered within its kegiatan, placed by order; the number shows a gap (groups()).
      const inName = NUMBER_IN_NAME.exec(name);
      if (this.lastSasaran)
        this.addSub(r, null, null, inName ? Number(inName[1]) : undefined);
      else this.unplaced.push(r);
    } else if (KEGIATAN_PREFIX.test(name)) this.openKegiatan(r);
    else this.byNumber(r, no, name);
  }

  private byNumber(r: Row, no: string, name: string): void {
    const n = sasaranNumber(no);
    if (n !== null && this.mode !== "sub") this.setSasaran(n, r);
    // After the separator, `1)`, `2)` number the sub kegiatan within their sasaran.
    else if (n !== null) this.addSub(r, null, String(n));
    else if (no === "" && name !== "") this.unnumbered(r);
    else this.unplaced.push(r);
  }

  /** Unnumbered: a sasaran (or a kegiatan after its label row), or after the separator a sub kegiatan. */
  private unnumbered(r: Row): void {
    if (this.mode !== "sub") this.setSasaran(this.lastSasaran + 1, r);
    else if (this.lastSasaran) this.addSub(r, null, null);
    else this.unplaced.push(r);
  }
}

export function costRows(
  t: FoundTable | undefined,
  kindOf: KindOf = noKinds,
): CostRows {
  const unplaced: Row[] = [];
  if (!t)
    return {
      sasaran: new Map(),
      entries: new Map(),
      ownerless: [],
      groups: [],
      unplaced,
    };
  const rows = rowsOf(t, unplaced);
  const kinds = rows.map(separatorKind);
  const placement = new CostPlacement(unplaced, kinds.includes("sub"));
  rows.forEach((r, i) => placement.place(r, kindOf(r), kinds[i]));
  const { sasaran, entries, ownerless, groups } = placement;
  return { sasaran, entries, ownerless, groups, unplaced };
}

/** Each sasaran's sub kegiatan rows by their place (a gap where a number is missing), and the groups' places. */
export function placeSubs(
  entries: Map<number, SubEntry[]>,
  groups: CostRows["groups"],
  unplaced: Row[],
): { subs: Map<number, (Row | undefined)[]>; groups: KegiatanGroup[] } {
  const subs = new Map<number, (Row | undefined)[]>();
  const indexOf = new Map<SubEntry, number>();
  for (const [owner, list] of entries) {
    const placed = resolveSubs(owner, list, unplaced);
    const rows: (Row | undefined)[] = [];
    placed.forEach((index, entry) => {
      rows[index] = entry.row;
      indexOf.set(entry, index);
    });
    subs.set(owner, rows);
  }
  return {
    subs,
    groups: groups.map((g) => ({
      row: g.row,
      owner: g.owner,
      subs: g.entries
        .map((e) => indexOf.get(e))
        .filter((i): i is number => i !== undefined),
      ...gapOf(g.entries),
    })),
  };
}

/**
 * A kegiatan's sub kegiatan numbered in their names (`1. Sub Kegiatan …`) run 1, 2, 3 …; a number missing or
 * written twice, or no sub kegiatan at all, means a row is missing or misplaced: said, and its sums not made.
 */
function gapOf(entries: SubEntry[]): { gap?: string } {
  if (entries.length === 0) return { gap: "tidak mempunyai sub kegiatan" };
  const numbers = entries.map((e) => e.nameNo);
  if (numbers.some((n) => n === undefined)) return {};
  const seen = new Set(numbers);
  const max = Math.max(...(numbers as number[]));
  const missing: number[] = [];
  for (let n = 1; n <= max; n++) if (!seen.has(n)) missing.push(n);
  if (missing.length)
    return {
      gap: `sub kegiatannya bernomor ${numbers.join(", ")}: nomor ${missing.join(", ")} tidak ada`,
    };
  if (seen.size !== numbers.length)
    return {
      gap: `sub kegiatannya bernomor ${numbers.join(", ")}: ada nomor yang tertulis dua kali`,
    };
  return {};
}
