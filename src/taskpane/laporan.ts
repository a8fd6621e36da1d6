// Unduh Laporan in the task pane. This module and what it imports (docx, echarts) form their own webpack
// chunk, loaded on the first click of the button, so the pane's first load stays as small as before.
import type { GridWorkbook } from "../core/grid";
import type { Settings } from "../core/capaian";
import type { Analysis } from "../core/types";
import { buildLaporan, Rasterize } from "../report";
import { REPORT_TEXT_KEYS, ReportTextKey } from "../report/texts";
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
  ["kecamatan", "Kecamatan", "Ranuyoso"],
  ["kabupaten", "Kabupaten", "Lumajang"],
  ["nama", "Nama penyusun (Kepala Seksi)", "DINA P. RINI, S.Pd"],
  ["jabatan", "Jabatan penyusun", "Kepala Seksi Pemberdayaan Masyarakat"],
  ["nip", "NIP penyusun", "19840514 201001 2 031"],
  ["atasanNama", "Nama atasan (Camat)", "MASRUHIN, S.Sos"],
  ["atasanJabatan", "Jabatan atasan", "CAMAT RANUYOSO"],
  ["atasanNip", "NIP atasan", "19690303 199303 1 009"],
  ["tempat", "Tempat penandatanganan", "Ranuyoso"],
  ["tanggal", "Tanggal penandatanganan", "01 April 2024"],
];

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
  const inputs: [string, HTMLInputElement][] = [];
  for (const [key, label, example] of TEXT_FIELDS) {
    const storeKey = REPORT_TEXT_KEYS[key];
    const id = `isian-${storeKey.replace(/\./g, "-")}`;
    const l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    const input = document.createElement("input");
    input.type = "text";
    input.id = id;
    input.placeholder = `misalnya ${example}`;
    const v = values[storeKey];
    input.value = typeof v === "string" ? v : "";
    body.append(l, input);
    inputs.push([storeKey, input]);
  }
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
