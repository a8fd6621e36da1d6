// Rows placed by their SIPD code (a form's layout says where the code is and what each length means, forms.ts):
// `7.01.02` a program, `7.01.02.2.01` a kegiatan, `7.01.02.2.01.0001` a sub kegiatan, `7`/`7.01` an urusan or
// bidang whose figures add up the programs under it. The code decides where a form's own numbering cannot
// (wp-sipd's `No` counters are never reset: `2.2.3`). A row whose code is not under the rows above it is reported.
import { CodeLevel } from "../forms";
import { displayText, noCachedResult } from "../number";
import { RowKind } from "../peta";
import { FoundTable } from "../reader";
import { isTotalLabel } from "./rows";

export interface CodedRows {
  /** Body row → what its code says it is. */
  kinds: Map<number, RowKind>;
  /** Body row → its code (`7.01.02`), for the rows a total covers. */
  codes: Map<number, string>;
  /** Rows whose code is not under the program or kegiatan above them: not placed, with the reason. */
  misplaced: { row: number; why: string; col: number }[];
}

const CODE = /^[0-9Xx]+(?:\.[0-9Xx]+)*$/;
/** `[7.01.02] PROGRAM …`: a code at the start of the name. */
const CODE_IN_NAME = /^\[\s*([0-9Xx]+(?:\.[0-9Xx]+)*)\s*\]/;

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * The row's code as its layout keeps it: code columns joined with `.`, or the bracketed code of its name. `""` when
 * the row has none; the text as written when it is not a code (`#REF!`, a note typed over it).
 */
export function codeOf(t: FoundTable, row: number): string {
  const form = t.form;
  if (!form || form.codeCols.length === 0) return "";
  const texts = form.codeCols.map((c) =>
    t.view.isMergedTail(row, c) ? "" : clean(displayText(t.view.raw(row, c))),
  );
  if (form.layout.codes?.inName) return CODE_IN_NAME.exec(texts[0])?.[1] ?? "";
  return texts.filter((x) => x !== "").join(".");
}

/** Whether a row holds a figure in a column other than its name and code (a total with no label, Monev's footer). */
function hasFigures(t: FoundTable, row: number): boolean {
  const skip = new Set([
    t.columns.sasaran,
    t.columns.no,
    t.columns.indikator,
    ...(t.form?.codeCols ?? []),
  ]);
  for (let c = t.left; c <= t.right; c++) {
    if (skip.has(c) || t.view.isMergedTail(row, c)) continue;
    if (clean(displayText(t.view.raw(row, c))) !== "") return true;
  }
  return false;
}

const KIND: Record<CodeLevel, RowKind> = {
  program: "program",
  kegiatan: "kegiatan",
  sub: "sub",
  jumlah: "jumlah",
};

/** The first words of a row in its label columns (`TOTAL dan CATATAN …` may sit in a code column); figures are no label. */
function labelOf(t: FoundTable, row: number): string {
  for (const c of [
    ...(t.form?.codeCols ?? []),
    t.columns.no,
    t.columns.sasaran,
  ])
    if (c !== undefined && !t.view.isMergedTail(row, c)) {
      const s = clean(displayText(t.view.raw(row, c)));
      if (/[a-z]/i.test(s)) return s;
    }
  return "";
}

/** Tracks the program and kegiatan above, so that a row filed under the wrong parent is seen. */
class Parents {
  program: string | null = null;
  kegiatan: string | null = null;

  /** Why the row is not under its parent, or null when it is (and it becomes the parent of what follows). */
  enter(level: CodeLevel, code: string): string | null {
    if (level === "program") {
      this.program = code;
      this.kegiatan = null;
    } else if (level === "kegiatan") {
      if (!this.program || !code.startsWith(this.program + "."))
        return `kode ${code} bukan kegiatan program ${this.program ?? "mana pun"} di atasnya`;
      this.kegiatan = code;
    } else if (level === "sub") {
      if (!this.kegiatan || !code.startsWith(this.kegiatan + "."))
        return `kode ${code} bukan sub kegiatan dari kegiatan ${this.kegiatan ?? "mana pun"} di atasnya`;
    }
    return null;
  }
}

/** What one row is by its code: its kind, its code, and why it is not placed when it is not. */
interface Classified {
  kind?: RowKind;
  code?: string;
  why?: string;
}

function classify(t: FoundTable, row: number, parents: Parents): Classified {
  const levels = t.form!.layout.codes!.levels;
  // A code that is a formula with no saved result is unknown, not empty (spec §4).
  if (t.form!.codeCols.some((c) => noCachedResult(t.view.raw(row, c))))
    return {
      kind: "abaikan",
      why: "kodenya rumus yang tersimpan tanpa hasil, jadi tingkatnya (program, kegiatan, sub kegiatan) tidak diketahui",
    };
  const code = codeOf(t, row);
  const coded = CODE.test(code);
  const label = coded ? "" : labelOf(t, row);
  const footer =
    code === "" &&
    label === "" &&
    !!t.form!.layout.unlabelledTotal &&
    hasFigures(t, row);
  if (isTotalLabel(label) || footer) return { kind: "jumlah" };
  if (code === "") return {};
  if (!coded)
    return {
      kind: "abaikan",
      why: `kodenya "${code}" tidak dapat dibaca sebagai kode SIPD, jadi tingkatnya (program, kegiatan, sub kegiatan) tidak diketahui`,
    };
  const level = levels[code.split(".").length];
  if (!level)
    return {
      kind: "abaikan",
      why: `kode ${code} tidak mempunyai jumlah bagian kode program, kegiatan atau sub kegiatan SIPD`,
    };
  const wrong = parents.enter(level, code);
  return wrong
    ? { kind: "abaikan", code, why: wrong }
    : { kind: KIND[level], code };
}

/** The code cell a finding about the row points at: the first that holds anything. */
function codeCell(t: FoundTable, row: number): number {
  const cols = t.form!.codeCols;
  return (
    cols.find(
      (c) =>
        noCachedResult(t.view.raw(row, c)) ||
        displayText(t.view.raw(row, c)).trim() !== "",
    ) ?? cols[0]
  );
}

/** Each body row's kind by its code, for a form whose layout places rows by code; null for any other table. */
export function codedRows(t: FoundTable | undefined): CodedRows | null {
  if (!t?.form?.layout.codes || t.form.codeCols.length === 0) return null;
  const out: CodedRows = { kinds: new Map(), codes: new Map(), misplaced: [] };
  const parents = new Parents();
  for (const row of t.rows) {
    const c = classify(t, row, parents);
    if (c.kind) out.kinds.set(row, c.kind);
    if (c.code) out.codes.set(row, c.code);
    if (c.why) out.misplaced.push({ row, why: c.why, col: codeCell(t, row) });
  }
  return out;
}
