// The whole report as one document, for the .docx: the cover's and signature's texts, the chapters (BAB I and
// BAB II around the narrative's sections, in the quarterly structure of the seed or the annual LKjIP's of
// PermenPAN-RB 53/2014: BAB III Akuntabilitas Kinerja, BAB IV Penutup), and, while error findings remain,
// the draft's mark and its review notes. The narrative's sections are the same objects Buat Narasi renders,
// so the report and the Narasi sheet state the same figures.
import { Analysis } from "../types";
import { Block, NarrativeDocument, Section } from "./document";
import { NarrativeOptions, buildNarrativeDocument } from "./build";
import { PeriodWords, periodWords } from "./period";
import {
  ChapterInput,
  chapterText,
  heading,
  pendahuluan,
  perjanjianKinerja,
  tanggapan,
  whoReports,
} from "./report-chapters";
import { ReportTexts } from "./report-texts";
import { para } from "./parts";

export interface ReportDocument {
  kind: "triwulan" | "tahunan";
  period: PeriodWords;
  /** BAB I … BAB III (IV): each a chapter with its headings (1.1, 2.1 …), tables and charts placed. */
  chapters: Section[];
  narrative: NarrativeDocument;
  texts: ReportTexts;
  /** While error findings remain: a draft, marked on every page, its review notes after the signature. */
  draft: { errors: number } | null;
}

/** A narrative section under its own heading (2.2., 3.1. …), or nothing when the tables gave it nothing. */
function narrativeSection(n: NarrativeDocument, id: string): Block[] {
  const s = n.sections.find((x) => x.id === id);
  return s ? [heading(id, `${s.number} ${s.title}`), ...s.blocks] : [];
}

function triwulanChapters(x: ChapterInput, n: NarrativeDocument): Section[] {
  const bab3 = n.sections.find((s) => s.id === "bab3");
  return [
    {
      id: "bab2",
      number: "BAB II",
      title: "PERENCANAAN KINERJA",
      blocks: [
        para(
          `Pada bab ini diuraikan ringkasan Perjanjian Kinerja (PK) ${whoReports(x.texts)}${x.p.year ? ` pada tahun ${x.p.year}` : ""} beserta penganggarannya.`,
        ),
        ...perjanjianKinerja(x, "2.1."),
        ...narrativeSection(n, "2.2"),
        ...narrativeSection(n, "2.3"),
        heading("2.4", "2.4. Rencana Tindak Lanjut"),
        ...chapterText(x.texts, "rtl"),
        ...tanggapan(),
      ],
    },
    {
      id: "bab3",
      number: "BAB III",
      title: "PENUTUP",
      blocks: bab3?.blocks ?? [],
    },
  ];
}

function tahunanChapters(x: ChapterInput, n: NarrativeDocument): Section[] {
  const bab4 = n.sections.find((s) => s.id === "bab3");
  const who = whoReports(x.texts);
  return [
    {
      id: "bab2",
      number: "BAB II",
      title: "PERENCANAAN KINERJA",
      blocks: [
        para(
          `Pada bab ini diuraikan ringkasan Perjanjian Kinerja ${who} ${x.p.title} beserta penganggarannya.`,
        ),
        ...perjanjianKinerja(x, "2.1."),
      ],
    },
    {
      id: "bab3",
      number: "BAB III",
      title: "AKUNTABILITAS KINERJA",
      blocks: [
        para(
          `Pada bab ini diuraikan capaian kinerja ${who} ${x.p.title} terhadap sasaran yang ditetapkan, beserta realisasi anggarannya.`,
        ),
        ...narrativeSection(n, "2.2"),
        ...narrativeSection(n, "2.3"),
      ],
    },
    {
      id: "bab4",
      number: "BAB IV",
      title: "PENUTUP",
      blocks: [
        ...(bab4?.blocks ?? []),
        para(
          "Langkah yang akan dilakukan untuk meningkatkan kinerja pada tahun berikutnya:",
        ),
        ...chapterText(x.texts, "rtl"),
      ],
    },
  ];
}

export function buildReportDocument(
  a: Analysis,
  texts: ReportTexts,
  narrativeTexts: NarrativeOptions["texts"] = {},
): ReportDocument {
  const p = periodWords(a.period);
  // The whole narrative (2.2, 2.3, BAB III) whatever length Buat Narasi is set to.
  const narrative = buildNarrativeDocument(a, {
    panjang: "lengkap",
    texts: narrativeTexts,
  });
  const x: ChapterInput = { a, p, texts };
  const after = p.annual
    ? tahunanChapters(x, narrative)
    : triwulanChapters(x, narrative);
  const errors = a.findings.filter((f) => f.severity === "error").length;
  return {
    kind: p.annual ? "tahunan" : "triwulan",
    period: p,
    chapters: [pendahuluan(x, after), ...after],
    narrative,
    texts,
    draft: errors ? { errors } : null,
  };
}
