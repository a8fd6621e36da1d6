// The report's texts the numbers cannot give, entered once by the officer and kept in the workbook's settings
// store (LKjIP_Pengaturan), so the add-in and the command line print the same words: cover and signature
// (names, positions, the unit and its government), and the chapter texts (why the report is made, the legal
// basis, the program, the duties, the follow-up plan). An empty text is a visible blank to fill in by hand,
// never a guess and never a title of its own ("Camat") put in its place.

/** One-line texts: cover, table titles and the signature block. */
export const REPORT_TEXT_KEYS = {
  tempat: "ttd.tempat",
  tanggal: "ttd.tanggal",
  nama: "ttd.nama",
  jabatan: "ttd.jabatan",
  nip: "ttd.nip",
  atasanNama: "ttd.atasan.nama",
  atasanJabatan: "ttd.atasan.jabatan",
  atasanNip: "ttd.atasan.nip",
  unit: "laporan.unit",
  instansi: "laporan.instansi",
  pemda: "laporan.pemda",
} as const;

/** Chapter texts, several lines each (a line marked `a.`, `1.` or `-` is a list item). */
export const CHAPTER_TEXT_KEYS = {
  pendahuluan: "teks.pendahuluan",
  dasarHukum: "teks.dasarhukum",
  program: "teks.program",
  tugas: "laporan.tugas",
  rtl: "teks.rtl",
} as const;

/** Keys of earlier versions, still read: `Ranuyoso` → `Kecamatan Ranuyoso`, `Lumajang` → `Pemerintah Kabupaten Lumajang`. */
export const LEGACY_KEYS = {
  kecamatan: "laporan.kecamatan",
  kabupaten: "laporan.kabupaten",
} as const;

export type ReportTextKey = keyof typeof REPORT_TEXT_KEYS;
export type ChapterTextKey = keyof typeof CHAPTER_TEXT_KEYS;

/** One text of the report: what to print, and whether it is a blank to fill in. */
export interface ReportText {
  text: string;
  blank: boolean;
}

export type ReportTexts = Record<ReportTextKey, ReportText> & {
  /** Chapter texts as entered ("" when empty: the chapter prints its blank). */
  chapters: Record<ChapterTextKey, string>;
};

/** What an empty text prints as: a label in brackets the officer sees and fills in. */
export const BLANK_LABEL: Record<ReportTextKey, string> = {
  tempat: "(tempat)",
  tanggal: "(tanggal)",
  nama: "(nama)",
  jabatan: "(jabatan)",
  nip: "(NIP)",
  atasanNama: "(nama atasan)",
  atasanJabatan: "(jabatan atasan)",
  atasanNip: "(NIP)",
  unit: "(unit kerja)",
  instansi: "(instansi)",
  pemda: "(pemerintah daerah)",
};

/** What each empty chapter text asks for, printed in its place with lines to write on. */
export const CHAPTER_BLANK: Record<ChapterTextKey, string> = {
  pendahuluan:
    "(dasar kewajiban penyusunan laporan kinerja ini: peraturan, pasal dan batas waktunya)",
  dasarHukum:
    "(dasar hukum pembentukan unit kerja: undang-undang, peraturan pemerintah dan peraturan kepala daerah beserta nomor dan tahunnya)",
  program:
    "(program yang diampu dan dasar nomenklaturnya, misalnya keputusan menteri beserta nomornya)",
  tugas: "(uraian tugas pokok dan fungsi sesuai peraturan kepala daerah)",
  rtl: "(rencana tindak lanjut: langkah yang akan dilakukan untuk mencapai target pada periode berikutnya)",
};

function asText(v: unknown): string {
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** A chapter text: a string with its lines, or (as `laporan.tugas` was once kept) a list of lines. */
function asLines(v: unknown): string {
  if (Array.isArray(v))
    return v
      .filter((x): x is string => typeof x === "string" && x.trim() !== "")
      .map((x) => x.trim())
      .join("\n");
  return typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : "";
}

/** Texts of earlier versions, in today's words. */
function legacy(values: Record<string, unknown>, k: ReportTextKey): string {
  if (k === "instansi") {
    const kec = asText(values[LEGACY_KEYS.kecamatan]);
    return kec ? `Kecamatan ${kec}` : "";
  }
  if (k === "pemda") {
    const kab = asText(values[LEGACY_KEYS.kabupaten]);
    return kab ? `Pemerintah Kabupaten ${kab}` : "";
  }
  return "";
}

/** The report's texts from the store's values (`readStore(grid).values`). */
export function reportTexts(values: Record<string, unknown>): ReportTexts {
  const out = { chapters: {} } as ReportTexts;
  for (const k of Object.keys(REPORT_TEXT_KEYS) as ReportTextKey[]) {
    const text = asText(values[REPORT_TEXT_KEYS[k]]) || legacy(values, k);
    out[k] = text
      ? { text, blank: false }
      : { text: BLANK_LABEL[k], blank: true };
  }
  for (const k of Object.keys(CHAPTER_TEXT_KEYS) as ChapterTextKey[])
    out.chapters[k] = asLines(values[CHAPTER_TEXT_KEYS[k]]);
  return out;
}

/** A store value as the texts form shows it (today's key, else the earlier one it replaces). */
export function formValue(
  values: Record<string, unknown>,
  storeKey: string,
): string {
  const k = (Object.keys(REPORT_TEXT_KEYS) as ReportTextKey[]).find(
    (x) => REPORT_TEXT_KEYS[x] === storeKey,
  );
  if (k) return asText(values[storeKey]) || legacy(values, k);
  return asLines(values[storeKey]);
}
