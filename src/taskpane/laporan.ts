// Unduh Laporan in the task pane. This module and what it imports (docx, echarts) form their own webpack
// chunk, loaded on the first click of the button, so the pane's first load stays as small as before.
import type { GridWorkbook } from "../core/grid";
import type { Settings } from "../core/capaian";
import type { Analysis } from "../core/types";
import { buildLaporan, Rasterize } from "../report";
import {
  CHAPTER_TEXT_KEYS,
  ChapterTextKey,
  REPORT_TEXT_KEYS,
  ReportTextKey,
  formValue,
} from "../report/texts";
import { offerDownload } from "./download";

export const DOCX_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Pixels per CSS pixel of the chart pictures (sharp when Word prints them 13 cm wide). */
const SCALE = 2;

/** The browser's rasteriser: the SVG drawn on a canvas (a data: URL, which the pane's CSP allows for images). */
export const rasterizeWithCanvas: Rasterize = async (svg, width, height) => {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext("2d");
  if (!ctx)
    throw new Error("Grafik tidak dapat digambar (canvas tidak tersedia).");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((ok, fail) =>
    canvas.toBlob(
      (b) =>
        b ? ok(b) : fail(new Error("Grafik tidak dapat disimpan sebagai PNG.")),
      "image/png",
    ),
  );
  return new Uint8Array(await blob.arrayBuffer());
};

/** `Laporan-Kinerja-TW1-2024.docx`; the parts not found in the workbook are left out. */
export function laporanFileName(a: Analysis): string {
  const { triwulan, tahun } = a.period;
  return [
    "Laporan-Kinerja",
    triwulan ? `TW${triwulan}` : "",
    tahun ? String(tahun) : "",
  ]
    .filter(Boolean)
    .join("-")
    .concat(".docx");
}

export interface UnduhResult {
  fileName: string;
  /** The workbook's analysis, so the pane lists the findings the officer should look at. */
  analysis: Analysis;
  /** Error findings: the report is made, but these figures need a look before signing. */
  errors: number;
}

/** Builds the report from the workbook read by the adapter and offers it as a download. */
export async function unduhLaporan(input: {
  grid: GridWorkbook;
  store: Record<string, unknown>;
  settings: Partial<Settings>;
}): Promise<UnduhResult> {
  const laporan = await buildLaporan(input.grid, {
    rasterize: rasterizeWithCanvas,
    settings: input.settings,
    store: input.store,
  });
  const fileName = laporanFileName(laporan.analysis);
  offerDownload(laporan.bytes, fileName, DOCX_TYPE);
  return {
    fileName,
    analysis: laporan.analysis,
    errors: laporan.analysis.findings.filter((f) => f.severity === "error")
      .length,
  };
}

/** The cover and signature texts, in the order the form asks for them, with an example as placeholder. */
export const TEXT_FIELDS: [ReportTextKey, string, string][] = [
  ["unit", "Unit kerja", "Seksi Pemberdayaan Masyarakat"],
  ["instansi", "Instansi (perangkat daerah)", "Kecamatan Ranuyoso"],
  ["pemda", "Pemerintah daerah", "Pemerintah Kabupaten Lumajang"],
  ["nama", "Nama penyusun", "DINA P. RINI, S.Pd"],
  ["jabatan", "Jabatan penyusun", "Kepala Seksi Pemberdayaan Masyarakat"],
  ["nip", "NIP penyusun", "19840514 201001 2 031"],
  ["atasanNama", "Nama atasan langsung", "MASRUHIN, S.Sos"],
  ["atasanJabatan", "Jabatan atasan langsung", "CAMAT RANUYOSO"],
  ["atasanNip", "NIP atasan langsung", "19690303 199303 1 009"],
  ["tempat", "Tempat penandatanganan", "Ranuyoso"],
  ["tanggal", "Tanggal penandatanganan", "01 April 2024"],
];

/** The chapter texts (several lines each; a line starting `a.`, `1.` or `-` is a list item). */
export const CHAPTER_FIELDS: [ChapterTextKey, string, string][] = [
  [
    "pendahuluan",
    "BAB I: dasar kewajiban pelaporan",
    "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018 …",
  ],
  [
    "dasarHukum",
    "1.1 Dasar hukum pembentukan",
    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan …",
  ],
  [
    "tugas",
    "1.2 Uraian tugas (satu tugas per baris)",
    "menyusun rencana kegiatan …",
  ],
  [
    "program",
    "2.1 Program dan nomenklaturnya",
    "Program Pemberdayaan Masyarakat Desa dan Kelurahan (Kepmendagri 050-5889 Tahun 2021) …",
  ],
  [
    "rtl",
    "2.4 Rencana tindak lanjut",
    "Sub kegiatan yang belum terlaksana akan …",
  ],
];

/** One labelled field: an input, or a textarea for a text of several lines; the value as typed, never HTML. */
function field(
  body: HTMLElement,
  storeKey: string,
  label: string,
  example: string,
  values: Record<string, unknown>,
  multiline: boolean,
): HTMLInputElement | HTMLTextAreaElement {
  const id = `isian-${storeKey.replace(/\./g, "-")}`;
  const l = document.createElement("label");
  l.htmlFor = id;
  l.textContent = label;
  const input = document.createElement(multiline ? "textarea" : "input");
  if (input instanceof HTMLInputElement) input.type = "text";
  else input.rows = 4;
  input.id = id;
  input.placeholder = `misalnya ${example}`;
  input.value = formValue(values, storeKey);
  body.append(l, input);
  return input;
}

/**
 * Fills `body` with one labelled text field per text (values as typed, never as HTML) and a Simpan button;
 * `save` gets every key of the store with its text, an empty text as undefined (the key is removed).
 */
export function renderTeksForm(
  body: HTMLElement,
  values: Record<string, unknown>,
  save: (values: Record<string, string | undefined>) => void,
): void {
  body.replaceChildren();
  const inputs: [string, HTMLInputElement | HTMLTextAreaElement][] = [];
  for (const [key, label, example] of TEXT_FIELDS)
    inputs.push([
      REPORT_TEXT_KEYS[key],
      field(body, REPORT_TEXT_KEYS[key], label, example, values, false),
    ]);
  for (const [key, label, example] of CHAPTER_FIELDS)
    inputs.push([
      CHAPTER_TEXT_KEYS[key],
      field(body, CHAPTER_TEXT_KEYS[key], label, example, values, true),
    ]);
  const button = document.createElement("button");
  button.type = "button";
  button.id = "btn-simpan-laporan-teks";
  button.className = "btn save";
  button.textContent = "Simpan teks";
  button.addEventListener("click", () =>
    save(
      Object.fromEntries(
        inputs.map(([k, i]) => [k, i.value.trim() || undefined]),
      ),
    ),
  );
  body.append(button);
}
