// The workbook part: its sheets (name, state, part), its date system, and where its strings and styles are.
import { Package, isRelType } from "./package";
import { runText } from "./sheet";
import { Tag, attrs, nextTag } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part; null for a chart sheet, dialog sheet or macro sheet (no cells of a report). */
  part: string | null;
  /** The relationship's target is missing from the package. */
  missing: boolean;
}

export interface WorkbookEntry {
  part: string;
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** The package holds no workbook this reader understands. */
export class NotAWorkbookError extends Error {}

/** The workbook part: the package's officeDocument relationship, or `/xl/workbook.xml` when the rels say none. */
export function workbookPart(pkg: Package): string {
  const rel = pkg
    .rels("/")
    .find((r) => isRelType(r.type, "officeDocument") && !r.external);
  if (rel && pkg.has(rel.target)) return rel.target;
  if (pkg.has("/xl/workbook.xml")) return "/xl/workbook.xml";
  throw new NotAWorkbookError("no workbook part");
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

export function readWorkbookEntry(pkg: Package): WorkbookEntry {
  const part = workbookPart(pkg);
  const xml = pkg.text(part);
  const rels = new Map(pkg.rels(part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close") continue;
    if (t.name === "workbookPr") date1904 = isTrue(attrs(xml, t).date1904);
    else if (t.name === "sheet")
      sheets.push(sheetEntry(pkg, attrs(xml, t), rels));
  }
  const first = (kind: string) =>
    [...rels.values()].find((r) => isRelType(r.type, kind) && !r.external)
      ?.target ?? null;
  return {
    part,
    sheets,
    date1904,
    sharedStrings: first("sharedStrings"),
    styles: first("styles"),
  };
}

function sheetEntry(
  pkg: Package,
  a: Record<string, string>,
  rels: Map<string, { type: string; target: string; external: boolean }>,
): SheetEntry {
  const rel = rels.get(a.id ?? "");
  const isWorksheet =
    !!rel && !rel.external && isRelType(rel.type, "worksheet");
  const state =
    a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
  return {
    name: a.name ?? "",
    sheetId: Number(a.sheetId ?? 0),
    relId: a.id ?? "",
    state,
    part: isWorksheet ? rel.target : null,
    missing: !rel || (!rel.external && !pkg.has(rel.target)),
  };
}

/** The shared string table: each `<si>` as its text (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let t: Tag | null = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.name !== "si" || t.kind === "close") continue;
    const r = runText(xml, t);
    out.push(r.text);
    t = { ...t, end: r.end };
  }
  return out;
}
