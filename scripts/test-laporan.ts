// `npm run test:laporan`: the report as the camat gets it. Builds LAPORAN.docx from the sample workbook
// (once with the signature texts stored in the workbook, once without), lets LibreOffice render it to PDF
// (headless, its own profile), turns the pages into PNG with pdftoppm and checks the PDF's text and fonts.
// Pages land in test-results/laporan/ (not in git). Last line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, storeRows } from "../src/core";
import { run } from "../src/cli/main";
import { SEED_TEXTS } from "../test/fixtures/seed-texts";
import { createTally } from "../test/helpers/tally";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "lkjip-triwulan-1-2024.xlsx");
const OUT = path.join(ROOT, "test-results", "laporan");
const SOFFICE = process.env.SOFFICE_PATH || "soffice";

const tally = createTally();
const check = tally.check;

function tool(cmd: string, args: string[], timeout = 180_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

const TEXTS = SEED_TEXTS;

async function docx(work: string, name: string, store?: Record<string, unknown>): Promise<string> {
  let input = SAMPLE;
  if (store) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const row of storeRows(store)) ws.addRow(row);
    input = path.join(work, `${name}.xlsx`);
    await wb.xlsx.writeFile(input);
  }
  const out = path.join(work, `${name}.docx`);
  let err = "";
  const code = await run(["laporan", input, "-o", out], { out: () => undefined, err: (s) => (err += s + "\n") });
  check(`${name}: lkjip laporan writes the .docx (exit 1: the sample's two typos)`, code === 1 && fs.existsSync(out), err);
  return out;
}

/** LibreOffice headless with a profile of its own, so a running LibreOffice (or another run) does not interfere. */
function toPdf(work: string, file: string): string {
  const profile = path.join(work, "lo-profile");
  tool(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, file]);
  return file.replace(/\.docx$/, ".pdf");
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-laporan-"));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  try {
    const filled = await docx(work, "laporan-terisi", TEXTS);
    const blank = await docx(work, "laporan-kosong");

    const pdf = toPdf(work, filled);
    check("LibreOffice renders the report to PDF", fs.existsSync(pdf) && fs.statSync(pdf).size > 10_000);
    const info = tool("pdfinfo", [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    check(`A4 portrait (595 × 842 pt): ${size?.[1]} × ${size?.[2]}`, !!size && Math.abs(Number(size[1]) - 595.3) < 1 && Math.abs(Number(size[2]) - 841.9) < 1);
    check(`between 8 and 20 pages: ${pages}`, pages >= 8 && pages <= 20);

    const text = tool("pdftotext", ["-layout", pdf, "-"]);
    const flat = text.replace(/\s+/g, " ");
    for (const figure of [
      "102.855.000", // Tabel 2.2 and the Jumlah of 2.3
      "22.900.000",
      "94.160.000",
      "5.995.000", // Tabel 2.3
      "5.955.000", // Tabel 3.2 as typed
      "102.815.000", // 3.2 sasaran pagu computed by Hitung Capaian
      "6.555.000",
      "6,38%",
      "22,22%",
      "60,62%",
      "67%",
      "Rp 600.000", // the narrative
    ])
      check(`PDF text holds ${figure}`, flat.includes(figure));
    for (const heading of ["BAB I", "PENDAHULUAN", "BAB II", "PERENCANAAN KINERJA", "2.1. Perjanjian Kinerja", "2.2. Capaian Kinerja", "2.3. Evaluasi dan Analisis Kinerja", "2.4. Rencana Tindak Lanjut", "2.5. Tanggapan Atasan Langsung", "BAB III", "PENUTUP"])
      check(`PDF has the heading ${heading}`, flat.includes(heading));
    for (const caption of ["Tabel 2.1.", "Tabel 2.2.", "Tabel 2.3.", "Tabel 3.1.", "Tabel 3.2.", "Grafik 3.1 Capaian Kinerja per Sasaran", "Grafik 3.2 Realisasi terhadap Pagu"])
      check(`PDF has the caption ${caption}`, flat.includes(caption));
    for (const ttd of ["Mengetahui,", "CAMAT RANUYOSO", "MASRUHIN, S.Sos", "NIP. 19690303 199303 1 009", "Ranuyoso, 1 April 2024", "DINA P. RINI, S.Pd", "NIP. 19840514 201001 2 031"])
      check(`signature block: ${ttd}`, flat.includes(ttd));
    check("no NaN / undefined / review notes in the PDF", !/NaN|undefined|perlu diperiksa|Catatan:/.test(flat));
    // The page number of every page after the cover stands alone on the page's last line.
    const pageTexts = text.split("\f").filter((p) => p.trim() !== "");
    const numbered = pageTexts.slice(1).filter((p, i) => p.trim().split("\n").pop()!.trim() === String(i + 1)).length;
    check(`page numbers 1…${pageTexts.length - 1} at the foot of the pages after the cover (${numbered} found)`, numbered === pageTexts.length - 1);
    // The repeated header of Tabel 3.2 ("Pagu (Rp)") is on every page the table covers: at least twice.
    check("Tabel 3.2 header repeated on the next page", (text.match(/Pagu \(Rp\)/g) ?? []).length >= 2);

    const fonts = tool("pdffonts", [pdf]);
    check("body font is Times New Roman or its metric twin (Liberation Serif)", /TimesNewRoman|Times-Roman|LiberationSerif/i.test(fonts), fonts);

    tool("pdftoppm", ["-r", "60", "-png", pdf, path.join(OUT, "halaman")]);
    const pngs = fs.readdirSync(OUT).filter((f) => f.endsWith(".png"));
    check(`pdftoppm: one PNG per page (${pngs.length})`, pngs.length === pages && pngs.every((f) => fs.statSync(path.join(OUT, f)).size > 2000));
    fs.copyFileSync(pdf, path.join(OUT, "laporan-terisi.pdf"));

    const blankPdf = toPdf(work, blank);
    const blankText = tool("pdftotext", [blankPdf, "-"]).replace(/\s+/g, " ");
    check("without stored texts: marked blanks (nama), (NIP), (tempat), (tanggal)", ["(nama)", "(NIP)", "(tempat)", "(tanggal)", "(nama camat)"].every((b) => blankText.includes(b)));
    fs.copyFileSync(blankPdf, path.join(OUT, "laporan-kosong.pdf"));
  } catch (e) {
    check("run", false, (e as Error).message);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`pages and PDFs in ${path.relative(ROOT, OUT)}/`);
  console.log(tally.summary());
  process.exitCode = tally.failed ? 1 : 0;
}

void main();
