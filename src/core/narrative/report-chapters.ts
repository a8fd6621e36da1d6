// The report's chapters around the narrative: BAB I Pendahuluan and BAB II Perencanaan Kinerja (2.1, and in a
// quarterly report 2.4 Rencana Tindak Lanjut and 2.5 Tanggapan Atasan Langsung), in the officer's own words
// where only they can give them, and the tables in the places the seed has them. One builder per chapter.
import { jumlahKata } from "../format";
import { Analysis } from "../types";
import { Block, HeadingBlock, Section } from "./document";
import { para } from "./parts";
import { PeriodWords } from "./period";
import { CHAPTER_BLANK, ChapterTextKey, ReportTexts } from "./report-texts";
import { blankBlocks, userBlocks, userList } from "./user-text";

export interface ChapterInput {
  a: Analysis;
  p: PeriodWords;
  texts: ReportTexts;
}

export const heading = (id: string, text: string): HeadingBlock => ({
  kind: "heading",
  id,
  text,
});

/** The officer's text for a chapter, or its blank. */
export function chapterText(t: ReportTexts, key: ChapterTextKey): Block[] {
  const text = t.chapters[key];
  return text ? userBlocks(text) : blankBlocks(CHAPTER_BLANK[key]);
}

/** `Kepala Seksi Pemberdayaan Masyarakat Kecamatan Ranuyoso`: who reports, as far as the texts say. */
export function whoReports(t: ReportTexts): string {
  const who = !t.jabatan.blank ? t.jabatan.text : t.unit.text;
  return t.instansi.blank ? who : `${who} ${t.instansi.text}`;
}

const TABLE_NAMES: Record<string, string> = {
  "2.1": "Perjanjian Kinerja",
  "2.2": "Kegiatan dan Anggaran",
  "2.3": "Rincian Sub Kegiatan dan Anggaran",
};

/**
 * Each table that is found, after the sentence that introduces it; the ones the workbook lacks are named in
 * one sentence where they would stand (an empty boxed table says nothing a reader can use).
 */
function tablesOf(x: ChapterInput, list: [string, Block][]): Block[] {
  const found = (id: string) =>
    x.a.tables.find((t) => t.id === id)?.found ?? false;
  const out: Block[] = [];
  for (const [id, intro] of list)
    if (found(id))
      out.push(intro, {
        kind: "table",
        table: id,
        caption: `Tabel ${id} ${TABLE_NAMES[id]}`,
      });
  const missing = list.map(([id]) => id).filter((id) => !found(id));
  if (missing.length) {
    const names = missing.map((id) => `Tabel ${id} (${TABLE_NAMES[id]})`);
    const joined =
      names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
    out.push(
      para(
        `${joined} tidak dimuat dalam laporan ini karena tidak terdapat pada buku kerja.`,
      ),
    );
  }
  return out;
}

/** 2.1 Perjanjian Kinerja: the program (the officer's), the kegiatan (from Tabel 2.3), Tabel 2.1–2.3. */
export function perjanjianKinerja(x: ChapterInput, number: string): Block[] {
  const { a, p, texts: t } = x;
  const kegiatan = [
    ...new Set(a.sasaran.map((s) => s.kegiatan).filter(Boolean)),
  ];
  const year = p.year ? ` Tahun ${p.year}` : "";
  const atasan = t.atasanJabatan.blank
    ? []
    : [` dengan ${t.atasanJabatan.text} selaku atasan langsung`];
  const signed = p.annual
    ? `Perjanjian Kinerja${year} ${whoReports(t)} adalah sebagai berikut:`
    : `Perjanjian Kinerja${year} yang ditandatangani ${whoReports(t)}${atasan.join("")} adalah sebagai berikut:`;
  return [
    heading("2.1", `${number} Perjanjian Kinerja`),
    ...chapterText(t, "program"),
    ...(kegiatan.length
      ? [
          para(
            `Kegiatan yang diampu pada tahun berjalan berjumlah ${jumlahKata(kegiatan.length)}, yaitu:`,
          ),
          {
            kind: "list" as const,
            style: "numbered" as const,
            items: kegiatan.map((k) => [para(k)]),
          },
        ]
      : []),
    ...tablesOf(x, [
      ["2.1", para(signed)],
      [
        "2.2",
        para(
          "Sedangkan data anggaran pada tiap kegiatan dijabarkan pada tabel berikut ini:",
        ),
      ],
      [
        "2.3",
        para(
          "Rincian anggaran tersebut terbagi dalam sub kegiatan sebagaimana dijabarkan dalam tabel berikut:",
        ),
      ],
    ]),
  ];
}

/** 2.5 Tanggapan Atasan Langsung: boxes to tick and lines to write on, as the seed has them. */
export const tanggapan = (): Block[] => [
  heading("2.5", "2.5. Tanggapan Atasan Langsung"),
  {
    kind: "checklist",
    items: [
      "Laporan sudah baik",
      "Laporan kurang baik",
      "Laporan segera diperbaiki",
      "Target dan realisasi diteliti ulang",
      "Capaian diteliti ulang",
      "Lain-lain",
    ],
  },
  { kind: "lines", count: 3 },
];

/** BAB I: why the report is made, what it holds, the legal basis and the duties (1.1, 1.2). */
export function pendahuluan(x: ChapterInput, after: Section[]): Section {
  const { p, texts: t } = x;
  const who = whoReports(t);
  const akuntabilitas = p.annual
    ? `Laporan Kinerja ${p.title} merupakan perwujudan akuntabilitas ${who} atas pencapaian sasaran yang telah ditetapkan dalam Perjanjian Kinerja ${p.title}, serta memberikan gambaran mengenai efisiensi dan efektivitas penggunaan anggaran sebagai upaya perbaikan berkesinambungan untuk meningkatkan kinerja.`
    : `Pelaporan kinerja ${p.name} merupakan perwujudan akuntabilitas ${who} dalam mengidentifikasi hal-hal yang telah dicapai maupun yang belum dapat dicapai, serta memberikan gambaran mengenai efisiensi dan efektivitas antara perencanaan kegiatan dan anggaran dengan pelaksanaannya, sebagai upaya perbaikan berkesinambungan untuk meningkatkan kinerja.`;
  const bab1 = ["Dasar Hukum Pembentukan", "Uraian Tugas Pokok dan Fungsi"];
  const outline = [
    `BAB I Pendahuluan, memuat ${bab1[0]} dan ${bab1[1]}`,
    ...after.map((s) => outlineOf(s)),
  ];
  const tugas = userList(t.chapters.tugas);
  return {
    id: "bab1",
    number: "BAB I",
    title: "PENDAHULUAN",
    blocks: [
      ...chapterText(t, "pendahuluan"),
      para(akuntabilitas),
      para(
        "Sistematika penyusunan Laporan Kinerja ini disesuaikan dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, yang terdiri atas:",
      ),
      { kind: "list", style: "numbered", items: outline.map((o) => [para(o)]) },
      heading("1.1", "1.1. Dasar Hukum Pembentukan"),
      ...chapterText(t, "dasarHukum"),
      heading("1.2", "1.2. Uraian Tugas Pokok dan Fungsi"),
      ...(tugas
        ? [
            para(
              `Tugas ${t.jabatan.blank ? who : t.jabatan.text} adalah sebagai berikut:`,
            ),
            tugas,
          ]
        : blankBlocks(CHAPTER_BLANK.tugas)),
    ],
  };
}

const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/(^|\s)\S/g, (m) => m.toUpperCase())
    .replace(/\bDan\b/g, "dan");

/** `BAB II Perencanaan Kinerja, memuat Perjanjian Kinerja, …` for the outline in BAB I. */
function outlineOf(s: Section): string {
  const subs = s.blocks
    .filter((b): b is HeadingBlock => b.kind === "heading")
    .map((h) => h.text.replace(/^[\d.]+\s*/, ""));
  const head = `${s.number} ${titleCase(s.title)}`;
  if (!subs.length) return head;
  const list =
    subs.length === 1
      ? subs[0]
      : `${subs.slice(0, -1).join(", ")}, dan ${subs[subs.length - 1]}`;
  return `${head}, memuat ${list}`;
}
