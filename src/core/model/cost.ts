// Tabel 3.2 (Cost per outcome): its rows placed top to bottom as sasaran (or program), kegiatan headings under a
// program, and sub kegiatan, by the user's choice (peta), a level label row, the row's number (`1.`, `1.a`) or
// its name's prefix (`Program`, `Kegiatan`, `Sub Kegiatan`).
import { RowKind } from "../peta";
import { FoundTable } from "../reader";
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

/** A kegiatan heading between a program and its sub kegiatan (Tabel 3.2 role): a group, not a sub kegiatan. */
export interface KegiatanGroup {
  row: Row;
  /** 0-based sasaran (program) index and the indices of its sub kegiatan under this heading. */
  owner: number;
  subs: number[];
}

export interface CostRows {
  /** By 1-based sasaran number. */
  sasaran: Map<number, Row>;
  subs: Map<number, Row[]>;
  groups: KegiatanGroup[];
  unplaced: Row[];
}

// `1.`, `1`, `1)` → sasaran 1; `1.a`, `1a`, `1.a.` → sub kegiatan of sasaran 1.
const SASARAN_NO = /^(\d+)\s*[.)]?$/;
const SUB_NO = /^(\d+)\s*[.)]?\s*([a-z])\s*[.)]?$/i;
// Name prefixes of the program → kegiatan → sub kegiatan hierarchy (`1. Sub Kegiatan …` numbered inside the cell).
const PROGRAM_PREFIX = /^program\b/i;
const KEGIATAN_PREFIX = /^kegiatan\b/i;
const SUB_PREFIX = /^(?:\d+\s*[.)]\s*)?sub[\s-]*kegiatan\b/i;

/** The placing of 3.2's rows, one row at a time; what the rows above said decides what the next one is. */
class CostPlacement implements CostRows {
  readonly sasaran = new Map<number, Row>();
  readonly subs = new Map<number, Row[]>();
  readonly groups: KegiatanGroup[] = [];
  private mode: "sasaran" | "group" | "sub" = "sasaran";
  private lastSasaran = 0;
  private lastSubOwner = 0;
  private program = false;
  private group: KegiatanGroup | null = null;

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

  private addSub(owner: number, r: Row): void {
    if (!this.subs.has(owner)) this.subs.set(owner, []);
    this.subs.get(owner)!.push(r);
    this.lastSubOwner = owner;
    if (this.group && this.group.owner === owner - 1)
      this.group.subs.push(this.subs.get(owner)!.length - 1);
  }

  private openSasaran(r: Row, program: boolean): void {
    this.sasaran.set(++this.lastSasaran, r);
    this.program = program;
    this.group = null;
    this.mode = "sasaran";
  }

  /** Under a program, a kegiatan is a group of sub kegiatan; without one, it is the sasaran row itself. */
  private openKegiatan(r: Row): void {
    if (this.program) {
      this.group = { row: r, owner: this.lastSasaran - 1, subs: [] };
      this.groups.push(this.group);
    } else this.sasaran.set(++this.lastSasaran, r);
  }

  private byChoice(r: Row, chosen: RowKind): void {
    if (chosen === "jumlah" || chosen === "abaikan") return;
    if (chosen === "program" || chosen === "sasaran")
      this.openSasaran(r, chosen === "program");
    else if (chosen === "kegiatan") this.openKegiatan(r);
    else if (this.lastSasaran || this.lastSubOwner)
      this.addSub(this.lastSubOwner || this.lastSasaran, r);
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
    const sub = SUB_NO.exec(no);
    if (sub) {
      this.addSub(Number(sub[1]), r);
      this.mode = "sub";
    } else if (PROGRAM_PREFIX.test(name)) this.openSasaran(r, true);
    else if (SUB_PREFIX.test(name)) {
      if (this.lastSasaran) this.addSub(this.lastSasaran, r);
      else this.unplaced.push(r);
    } else if (KEGIATAN_PREFIX.test(name)) this.openKegiatan(r);
    else this.byNumber(r, no, name);
  }

  private byNumber(r: Row, no: string, name: string): void {
    const m = SASARAN_NO.exec(no);
    if (m && this.mode !== "sub") {
      this.lastSasaran = Number(m[1]);
      this.sasaran.set(this.lastSasaran, r);
    } else if (no === "" && name !== "") this.unnumbered(r);
    else this.unplaced.push(r);
  }

  /** Unnumbered: a sasaran (or a kegiatan after its label row), or after the separator a sub kegiatan. */
  private unnumbered(r: Row): void {
    if (this.mode !== "sub") this.sasaran.set(++this.lastSasaran, r);
    else if (this.lastSubOwner || (this.hasSubLabel && this.lastSasaran))
      this.addSub(this.lastSubOwner || this.lastSasaran, r);
    else this.unplaced.push(r);
  }
}

export function costRows(
  t: FoundTable | undefined,
  kindOf: KindOf = noKinds,
): CostRows {
  const unplaced: Row[] = [];
  if (!t) return { sasaran: new Map(), subs: new Map(), groups: [], unplaced };
  const rows = rowsOf(t, unplaced);
  const kinds = rows.map(separatorKind);
  const placement = new CostPlacement(unplaced, kinds.includes("sub"));
  rows.forEach((r, i) => placement.place(r, kindOf(r), kinds[i]));
  const { sasaran, subs, groups } = placement;
  return { sasaran, subs, groups, unplaced };
}
