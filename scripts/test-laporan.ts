// `npm run test:laporan`: the report as the camat gets it, rendered and read back as printed. Builds LAPORAN.docx
// with `lkjip laporan` from the sample workbook as shipped (two typos: a DRAF), from the sample with its typos put
// right (what is signed), and from the four published reports in test/fixtures/real (annual LKjIP, other units);
// LibreOffice renders all of them to PDF in one run (headless, its own profile); pdftotext, pdfinfo and pdffonts
// read the pages; pdftoppm turns every page into PNG in test-results/laporan/<name>/ (not in git), to look at.
// Last line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, storeRows } from "../src/core";
import { run } from "../src/cli/main";
import { REAL_REPORTS, buildRealWorkbook } from "../test/fixtures/real";
import { SEED_TEXTS } from "../test/fixtures/seed-texts";
import { createTally } from "../test/helpers/tally";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "lkjip-triwulan-1-2024.xlsx");
const OUT = path.join(ROOT, "test-results", "laporan");
const SOFFICE = process.env.SOFFICE_PATH || "soffice";

const tally = createTally();
const check = tally.check;

function tool(cmd: string, args: string[], timeout = 300_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

interface Doc {
  name: string;
  docx: string;
  code: number;
}

/** A workbook with the texts stored as the pane stores them, written where `lkjip laporan` reads it. */
async function workbook(work: string, name: string, wb: ExcelJS.Workbook, store?: Record<string, unknown>): Promise<string> {
  if (store) {
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const row of storeRows(store)) ws.addRow(row);
  }
  const file = path.join(work, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function laporan(work: string, name: string, input: string): Promise<Doc> {
  const docx = path.join(work, `${name}.docx`);
  const code = await run(["laporan", input, "-o", docx], { out: () => undefined, err: () => undefined });
  check(`${name}: lkjip laporan writes the .docx`, fs.existsSync(docx));
  return { name, docx, code };
}

const sample = async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
};

async function documents(work: string): Promise<Doc[]> {
  const corrected = await sample();
  corrected.getWorksheet("Tabel 2.2")!.getCell("D5").value = 22900000;
  corrected.getWorksheet("Tabel 3.2")!.getCell("D9").value = 5995000;
  const docs = [
    await laporan(work, "contoh", await workbook(work, "contoh", await sample(), SEED_TEXTS)),
    await laporan(work, "contoh-diperbaiki", await workbook(work, "contoh-diperbaiki", corrected, SEED_TEXTS)),
    await laporan(work, "contoh-tanpa-teks", SAMPLE),
  ];
  for (const r of REAL_REPORTS) docs.push(await laporan(work, r.id, await workbook(work, r.id, buildRealWorkbook(r))));
  return docs;
}

interface Pdf {
  name: string;
  pages: string[];
  /** Width × height in points, per page. */
  sizes: [number, number][];
  flat: string;
}

/** All documents to PDF in one LibreOffice run (its own profile: a running LibreOffice does not interfere). */
function render(work: string, docs: Doc[]): Pdf[] {
  const profile = path.join(work, "lo-profile");
  tool(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...docs.map((d) => d.docx)]);
  return docs.map((d) => {
    const pdf = d.docx.replace(/\.docx$/, ".pdf");
    const n = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))?.[1] ?? 0);
    const sizes = [...tool("pdfinfo", ["-f", "1", "-l", String(n), pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as [number, number],
    );
    const pages = tool("pdftotext", ["-layout", pdf, "-"]).split("\f").slice(0, n);
    const dir = path.join(OUT, d.name);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(pdf, path.join(dir, `${d.name}.pdf`));
    tool("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, "halaman")]);
    return { name: d.name, pages, sizes, flat: pages.join(" ").replace(/\s+/g, " ") };
  });
}

/** The first page after the Daftar Isi (or from `from`) holding the text. */
const pageOf = (p: Pdf, text: string | RegExp, from = 2) => {
  const at = p.pages.slice(from).findIndex((x) => (typeof text === "string" ? x.replace(/\s+/g, " ").includes(text) : text.test(x)));
  return at < 0 ? -1 : at + from;
};
const landscape = (s: [number, number]) => s[0] > s[1];

function everyReport(p: Pdf): void {
  check(`${p.name}: A4 pages (portrait 595 × 842 pt, landscape 842 × 595)`, p.sizes.length > 3 && p.sizes.every(([w, h]) => Math.abs(Math.min(w, h) - 595.3) < 1 && Math.abs(Math.max(w, h) - 841.9) < 1));
  check(`${p.name}: no NaN, undefined, empty-table boxes`, !/NaN|undefined|\[object|Tabel ini tidak ditemukan/.test(p.flat));
  // Page numbers at the foot: i on the Daftar Isi, 1 … n from BAB I, across landscape pages.
  const feet = p.pages.slice(1).map((x) => x.trim().split("\n").pop()!.trim());
  check(`${p.name}: page numbers i, then 1…${feet.length - 1} at the foot`, feet[0] === "i" && feet.slice(1).every((f, i) => f === String(i + 1)), feet.join(","));
  // The Daftar Isi's numbers are the pages its headings stand on.
  const toc = p.pages[1].split("\n").filter((l) => /\.{4,}\s*\d+\s*$/.test(l));
  const right = toc.filter((l) => {
    const [, title, n] = /^\s*(.*?)\.{4,}\s*(\d+)\s*$/.exec(l)!;
    const at = pageOf(p, title.trim().replace(/ \(DRAF\)$/, ""));
    return at >= 0 && feet[at - 1] === n;
  });
  check(`${p.name}: Daftar Isi lists ${toc.length} headings, each with the page it stands on (${right.length} right)`, toc.length >= 5 && right.length === toc.length, toc.join(" | "));
  check(`${p.name}: "Rp" never ends a line apart from its amount`, !p.pages.some((x) => /Rp\.?\s*$/m.test(x)));
}

function draftSample(p: Pdf, code: number): void {
  check(`${p.name}: exit 1 (two error findings), the report still written`, code === 1);
  check(`${p.name}: DRAF at the head of every page (${p.pages.length})`, p.pages.every((x) => x.includes("DRAF")));
  for (const f of ["22.900.000*", "102.855.000*", "6,37%*", "60,63 poin*", "99,33%*", "belum dapat dinilai", "buku kerja masih menulis", "CATATAN PEMERIKSAAN", "Tabel 3.2 sel D9"])
    check(`${p.name}: PDF text holds ${f}`, p.flat.includes(f));
  const notes = pageOf(p, "CATATAN PEMERIKSAAN Dokumen ini DRAF");
  check(`${p.name}: the review notes come last, after the signature`, notes > pageOf(p, "Mengetahui,") && notes >= p.pages.length - 2);
}

function correctedSample(p: Pdf, code: number): void {
  check(`${p.name}: exit 0, no DRAF, no corrected mark, no review notes`, code === 0 && !/DRAF|\d\*|\*\)|CATATAN PEMERIKSAAN/.test(p.flat));
  for (const f of ["102.855.000", "6.555.000", "6,37%", "22,22%", "99,33%", "60,63 poin", "belum dapat dinilai", "Rp 600.000", "67%", "triwulan III dan IV", "time schedule"])
    check(`${p.name}: PDF text holds ${f}`, p.flat.includes(f));
  check(`${p.name}: no verdict, predikat or precision the cells do not show`, !/60,6\d%|predikat|67,00|100,00%|\befisien\b(?! )/.test(p.flat));
  for (const h of ["BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III PENUTUP", "2.4. Rencana Tindak Lanjut", "2.5. Tanggapan Atasan Langsung", "DAFTAR ISI"])
    check(`${p.name}: heading ${h}`, p.flat.includes(h));
  for (const t of ["Mengetahui,", "CAMAT RANUYOSO", "MASRUHIN, S.Sos", "NIP. 19690303 199303 1 009", "Ranuyoso, 1 April 2024", "DINA P. RINI, S.Pd", "NIP. 19840514 201001 2 031"])
    check(`${p.name}: signature block: ${t}`, p.flat.includes(t));
  layout(p);
}

function layout(p: Pdf): void {
  const t32 = pageOf(p, "Tabel 3.2.");
  check(`${p.name}: Tabel 3.2 on a landscape page, with its heading and lead-in`, t32 > 0 && landscape(p.sizes[t32]) && p.pages[t32].includes("2.3. Evaluasi dan Analisis Kinerja") && p.pages[t32].includes("Untuk mewujudkan"));
  check(`${p.name}: Tabel 3.2's rows are a few lines each (at most 2 landscape pages)`, p.sizes.filter(landscape).length <= 2);
  const t23 = pageOf(p, "Tabel 2.3.");
  check(`${p.name}: Tabel 2.3 whole on one page, both Jumlah rows with it`, t23 > 0 && (p.pages[t23].match(/Jumlah\s+\d/g) ?? []).length === 2);
  const g32 = pageOf(p, "Grafik 3.2 Capaian Anggaran per Sub Kegiatan");
  check(`${p.name}: Grafik 3.2 in the report, portrait`, g32 > 0 && !landscape(p.sizes[g32]));
  const ttd = pageOf(p, "Mengetahui,");
  check(`${p.name}: the signature shares its page with the closing text`, ttd > 0 && p.pages[ttd].replace(/\s+/g, " ").length > 600);
}

function realReport(p: Pdf): void {
  check(`${p.name}: annual LKjIP chapters (BAB III Akuntabilitas Kinerja, BAB IV Penutup), no triwulan`, p.flat.includes("BAB III AKUNTABILITAS KINERJA") && p.flat.includes("BAB IV PENUTUP") && !/triwulan/i.test(p.flat));
  check(`${p.name}: no DRAF (warnings only), no Camat of our own`, !p.flat.includes("DRAF") && !/\bcamat\b/i.test(p.flat));
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-laporan-"));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  try {
    const docs = await documents(work);
    const pdfs = render(work, docs);
    const by = (n: string) => pdfs.find((p) => p.name === n)!;
    pdfs.forEach(everyReport);
    draftSample(by("contoh"), docs[0].code);
    correctedSample(by("contoh-diperbaiki"), docs[1].code);
    const blank = by("contoh-tanpa-teks");
    check("without stored texts: marked blanks, never a title of our own", ["(nama)", "(NIP)", "(tempat)", "(tanggal)", "(jabatan atasan)", "(rencana tindak lanjut"].every((b) => blank.flat.includes(b)) && !/CAMAT/.test(blank.flat));
    for (const r of REAL_REPORTS) realReport(by(r.id));
    check("Gunung Kaler: three indicators of one sasaran, named as indicators", by("gunungkaler-kecamatan-2020").flat.includes("Indikator 1 (Hasil Indeks Kepuasan Masyarakat)"));
    check("Sumut: the program by its name", by("sumut-setda-2021").flat.includes("Untuk Program Pemerintahan Dan Otonomi Daerah"));
    const fonts = tool("pdffonts", [path.join(work, "contoh-diperbaiki.pdf")]);
    check("body font is Times New Roman or its metric twin (Liberation Serif)", /TimesNewRoman|Times-Roman|LiberationSerif/i.test(fonts), fonts);
  } catch (e) {
    check("run", false, (e as Error).message);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`pages and PDFs in ${path.relative(ROOT, OUT)}/<name>/`);
  console.log(tally.summary());
  process.exitCode = tally.failed ? 1 : 0;
}

void main();
