// One document, one renderer per output; one registry entry per finding code, read by every output.
import {
  buildNarrativeDocument,
  cellNoteText,
  expectedText,
  FINDING_CODES,
  findingsJson,
  findingsTable,
  NOTES_HEADING,
  renderText,
  reportRows,
  SEVERITY,
  sheetRows,
  TITLE,
} from "../src/core";
import {
  DocumentLike,
  ElementLike,
  renderNarrativeDom,
  renderReviewNotesDom,
} from "../src/core/render/dom";
import { seedAnalysis } from "./helpers/grid";

/** A tiny DOM: elements keep their children; setting innerHTML is an error (the pane never builds HTML). */
class FakeElement implements ElementLike {
  children: (FakeElement | string)[] = [];
  className = "";
  title = "";
  attrs: Record<string, string> = {};
  private own: string | null = null;
  constructor(readonly tag: string) {}
  get textContent(): string | null {
    return (
      this.own ??
      this.children
        .map((c) => (typeof c === "string" ? c : c.textContent))
        .join("")
    );
  }
  set textContent(v: string | null) {
    this.own = v;
  }
  set innerHTML(_v: string) {
    throw new Error("innerHTML used");
  }
  append(...nodes: (ElementLike | string)[]): void {
    this.children.push(...(nodes as (FakeElement | string)[]));
  }
  setAttribute(name: string, value: string): void {
    this.attrs[name] = value;
  }
  all(tag: string): FakeElement[] {
    return this.children.flatMap((c) =>
      typeof c === "string"
        ? []
        : [...(c.tag === tag ? [c] : []), ...c.all(tag)],
    );
  }
}
const fakeDocument: DocumentLike = {
  createElement: (tag) => new FakeElement(tag),
};

const TEXTS = {
  tupoksi:
    "Tugas pokok dan fungsi <img src=x onerror=alert(1)> telah dilaksanakan.",
  strategi: "Strategi:\na. Satu;\nb. Dua.",
};

describe("the narrative's renderers", () => {
  const a = seedAnalysis();
  const doc = buildNarrativeDocument(a, { texts: TEXTS });

  test("the pane shows the same paragraphs as the plain text, built from text nodes only", () => {
    const root = renderNarrativeDom(fakeDocument, doc) as FakeElement;
    const shown = [...root.all("h3"), ...root.all("p"), ...root.all("li")].map(
      (e) => e.textContent,
    );
    const plain = reportRows(doc).map((r) =>
      r.replace(/^\s*(\d+|[a-z])\. /, ""),
    );
    for (const row of plain)
      expect(shown.some((s) => s!.includes(row))).toBe(true);
    // Workbook and user text stays text: the tag is a string child, never markup.
    expect(root.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(root.all("img")).toEqual([]);
    // Figures say which cell they come from.
    const fig = root.all("span").find((s) => s.textContent === "Rp 5.995.000")!;
    expect(fig.title).toBe("Tabel 3.2!D9");
    // Numbered BAB III; lettered sub-lists: the sub kegiatan still to come, and the strategy.
    expect(root.all("ol").map((o) => o.attrs.type ?? "1")).toEqual(["1", "a", "a"]);
  });

  test("review notes are rendered apart, never inside a section", () => {
    const root = renderNarrativeDom(fakeDocument, doc) as FakeElement;
    expect(root.textContent).not.toContain("sel D9");
    const notes = renderReviewNotesDom(
      fakeDocument,
      doc.reviewNotes,
    ) as FakeElement;
    expect(notes.all("h3")[0].textContent).toBe(NOTES_HEADING);
    expect(
      notes.all("li").some((li) => li.attrs["data-cell"] === "Tabel 3.2!D9"),
    ).toBe(true);
  });

  test("the Narasi sheet: one row per paragraph, then a blank row and the notes under their heading", () => {
    const rows = sheetRows(doc);
    const body = reportRows(doc);
    expect(rows.slice(0, body.length)).toEqual(body);
    expect(rows[body.length]).toBe("");
    expect(rows[body.length + 1]).toBe(NOTES_HEADING);
    expect(rows.slice(body.length + 2).every((r) => /^\d+\. /.test(r))).toBe(
      true,
    );
    expect(renderText(doc)).toBe(
      [...body, NOTES_HEADING, ...rows.slice(body.length + 2)].join("\n\n"),
    );
  });
});

describe("one registry entry per finding code", () => {
  const a = seedAnalysis();
  const d9 = a.findings.find((f) => f.cell === "D9")!;

  test("every code has its severity, title, advice and narrative wording in one place", () => {
    for (const [code, e] of Object.entries(FINDING_CODES)) {
      expect(SEVERITY[code as keyof typeof SEVERITY]).toBe(e.severity);
      expect(TITLE[code as keyof typeof TITLE]).toBe(e.title);
      expect(typeof e.advice).toBe("string");
    }
  });

  test("the terminal table, JSON, cell note and review note say the same about Tabel 3.2!D9", () => {
    expect(expectedText(d9)).toBe("5.995.000");
    const table = findingsTable(a);
    expect(table).toMatch(
      /GALAT\s+PAGU_TIDAK_SESUAI\s+Tabel 3\.2!D9\s+5\.955\.000\s+5\.995\.000/,
    );
    expect(table.replace(/\s+/g, " ")).toContain(
      `${FINDING_CODES.PAGU_TIDAK_SESUAI.title}: ${d9.message}`,
    );
    const json = JSON.parse(findingsJson("x.xlsx", a.findings));
    expect(
      json.findings.find((f: { cell: string }) => f.cell === "D9"),
    ).toEqual({
      code: "PAGU_TIDAK_SESUAI",
      severity: "error",
      sheet: "Tabel 3.2",
      cell: "D9",
      actual: "5.955.000",
      expected: 5995000,
      message: d9.message,
    });
    const note = cellNoteText([d9], "LKjIP: ");
    expect(note).toBe(
      `LKjIP: ${FINDING_CODES.PAGU_TIDAK_SESUAI.title}: ${d9.message} ${FINDING_CODES.PAGU_TIDAK_SESUAI.advice}`,
    );
    const review = buildNarrativeDocument(a).reviewNotes.find(
      (n) => n.source?.cell === "D9",
    )!;
    expect(review.text).toBe(
      `${d9.message} ${FINDING_CODES.PAGU_TIDAK_SESUAI.advice} ${FINDING_CODES.PAGU_TIDAK_SESUAI.narrative}`,
    );
  });
});
