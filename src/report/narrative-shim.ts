// TEMPORARY: until the narrative builder (src/core/narrative/build.ts) lands, today's paragraphs of
// Buat Narasi are cut into the document model here: sections at their headings, `1. …` lines as a
// numbered list, and the "perlu diperiksa" remarks moved out of the text into review notes.
import { narasiParagraf } from "../core/narasi";
import { Analysis } from "../core/types";
import {
  Block,
  NarrativeDocument,
  ReviewNote,
  Section,
} from "../core/narrative/document";
import { periodTexts } from "./texts";

const HEADINGS: { re: RegExp; id: string; number: string; title: string }[] = [
  {
    re: /^2\.2\.? Capaian Kinerja$/,
    id: "2.2",
    number: "2.2.",
    title: "Capaian Kinerja",
  },
  {
    re: /^2\.3\.? Evaluasi dan Analisis Kinerja$/,
    id: "2.3",
    number: "2.3.",
    title: "Evaluasi dan Analisis Kinerja",
  },
  { re: /^BAB III PENUTUP$/, id: "bab3", number: "BAB III", title: "PENUTUP" },
];

const para = (text: string): Block => ({
  kind: "paragraph",
  content: [{ kind: "text", text }],
});

export function shimNarrativeDocument(a: Analysis): NarrativeDocument {
  const { triwulan, tahun } = periodTexts(a);
  const reviewNotes: ReviewNote[] = a.findings
    .filter((f) => f.severity === "error")
    .map((f) => ({
      code: f.code,
      severity: f.severity,
      source: f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : null,
      text: f.message,
    }));
  const sections: Section[] = [];
  let cur: Section | null = null;
  for (let text of narasiParagraf(a, { panjang: "lengkap" })) {
    const h = HEADINGS.find((x) => x.re.test(text));
    if (h) {
      cur = { id: h.id, number: h.number, title: h.title, blocks: [] };
      sections.push(cur);
      continue;
    }
    if (!cur) continue;
    // Remarks for the officer, not for the camat: they stay in the review notes.
    text = text
      .replace(
        / Angka ini perlu diperiksa karena .*?\(lihat catatan pada Bab III\)\./,
        "",
      )
      .replace(/; perlu diperiksa: .*?(?=; (?:dan )?\(\d+\) |\.$)/g, "");
    const item = /^(\d+)\. (.*)$/.exec(text);
    if (item) {
      if (/^Catatan:/.test(item[2])) continue;
      const last = cur.blocks[cur.blocks.length - 1];
      const list =
        last && last.kind === "list"
          ? last
          : ({ kind: "list", style: "numbered", items: [] } as Extract<
              Block,
              { kind: "list" }
            >);
      if (list !== last) cur.blocks.push(list);
      list.items.push([para(item[2])]);
    } else cur.blocks.push(para(text));
  }
  return {
    title: `Laporan Kinerja Triwulan ${triwulan} Tahun ${tahun}`,
    sections,
    reviewNotes,
  };
}
