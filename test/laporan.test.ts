// Unduh Laporan: the generated .docx opened as a reader would (unzip, parse word/document.xml): the five
// tables with the workbook's figures in the seed's column order, the narrative in order, the charts as
// pictures with captions, the page set as Indonesian government reports are, and the signature texts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { SETTINGS_SHEET, readStore, storeRows } from "../src/core";
import { run } from "../src/cli/main";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { buildLaporan, Laporan } from "../src/report";
import { rasterizeWithResvg } from "../src/report/rasterize-node";
import { Block } from "../src/core/narrative/document";
import { buildSeedWorkbook, buildWorkbook } from "./fixtures/seed";
import { reportArb } from "./helpers/arbitraries";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { OpenedDocx, all, openDocx } from "./helpers/docx";
import { SEED_TEXTS } from "./fixtures/seed-texts";

const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");
// A test builds and rasterises a whole report: seconds on a shared machine.
jest.setTimeout(30_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-laporan-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await run(argv, { out: () => undefined, err: (s) => (err += s + "\n") });
  return { code, err };
}

async function laporanOf(wb: ExcelJS.Workbook): Promise<{ laporan: Laporan; docx: OpenedDocx }> {
  const grid = workbookToGrid(wb);
  const laporan = await buildLaporan(grid, {
    rasterize: rasterizeWithResvg,
    store: readStore(grid).values,
  });
  return { laporan, docx: await openDocx(laporan.bytes) };
}

const TEXTS = SEED_TEXTS;

function withStore(wb: ExcelJS.Workbook, values: Record<string, unknown>): ExcelJS.Workbook {
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  for (const row of storeRows(values)) ws.addRow(row);
  return wb;
}

/** The signature block's two columns, top to bottom. */
function signatureColumns(docx: OpenedDocx): string[] {
  const rows = docx.tables[5].rows;
  return [0, 1].map((i) => rows.map((r) => r[i]).join("\n"));
}

/** Text of every paragraph in the narrative's blocks, list items included, in reading order. */
function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b.content.map((c) => c.text).join("")] : b.kind === "list" ? b.items.flatMap(blockTexts) : [],
  );
}

describe("the sample workbook as a report (command line)", () => {
  let docx: OpenedDocx;
  let code: number;
  let err: string;
  const out = path.join(dir, "LAPORAN.docx");

  beforeAll(async () => {
    ({ code, err } = await cli("laporan", SAMPLE, "-o", out));
    docx = await openDocx(fs.readFileSync(out));
  });

  test("writes the file, lists the doubtful figures on stderr only, exits 1 for the error findings", () => {
    expect(code).toBe(1);
    expect(err).toContain("Tabel 2.2!D5");
    expect(err).toContain("Tabel 3.2!D9");
    // The same verdict as the document: DRAF while errors remain, and where its review notes are.
    expect(err).toContain(`Laporan DRAF ditulis ke ${out}: 2 angka perlu diperbaiki sebelum ditandatangani (Catatan Pemeriksaan di halaman terakhir laporan).`);
    expect(err).not.toMatch(/tidak dicetak/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("five report tables, in the seed's order and column order, with the header rows repeated", () => {
    const [t21, t22, t23, t31, t32, ttd] = docx.tables;
    expect(docx.tables).toHaveLength(6); // five tables and the signature block
    expect(t21.rows[0]).toEqual(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target"]);
    expect(t22.rows[0]).toEqual(["No", "Sasaran Kegiatan", "Indikator Kinerja", "Anggaran (Rp)"]);
    expect(t23.rows[0]).toEqual(["Kegiatan", "Sub Kegiatan", "Anggaran (Rp)"]);
    expect(t31.rows[0]).toEqual(["No", "Sasaran Kegiatan", "Indikator", "Target", "Realisasi", "Capaian", "Ket"]);
    expect(t31.rows[1]).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(t32.rows[0]).toEqual(["No", "Sasaran/ Kegiatan", "Indikator Kinerja", "Anggaran", "Kinerja", "Efisiensi"]);
    expect(t32.rows[1]).toEqual(["Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)", "T", "R", "%"]);
    expect([t21, t22, t23, t31, t32].map((t) => t.headerRows)).toEqual([1, 1, 1, 2, 2]);
    expect(ttd.headerRows).toBe(0);
    // Captions above each table.
    for (const c of ["Tabel 2.1.", "Tabel 2.2.", "Tabel 2.3.", "Tabel 3.1.", "Tabel 3.2."]) expect(docx.paragraphs).toContain(c);
  });

  test("the tables hold the workbook's figures in Indonesian format, computed cells included", () => {
    const [t21, t22, t23, t31, t32] = docx.tables;
    expect(t21.rows[1]).toEqual([
      "1.",
      "Meningkatnya Fasilitasi Koordinasi Kegiatan Pemberdayaan Desa",
      "Persentase Fasilitasi Kegiatan Pemberdayaan Desa Pemberdayaan Masyarakat",
      "100%",
    ]);
    // One figure everywhere (spec §8): the typo prints as the figure the other tables establish, marked `*`.
    expect(t22.rows.map((r) => r[3])).toEqual(["Anggaran (Rp)", "102.855.000", "22.900.000*"]);
    expect(t22.rows[1][0]).toBe("1."); // an empty NO column is numbered
    const t23Amounts = t23.rows.map((r) => r[r.length - 1]);
    expect(t23Amounts).toEqual([
      "Anggaran (Rp)",
      "2.700.000",
      "5.995.000",
      "94.160.000",
      "102.855.000",
      "12.150.000",
      "2.750.000",
      "2.500.000",
      "2.750.000",
      "2.750.000",
      "22.900.000",
    ]);
    // The kegiatan's name once; the rows below leave its cell empty (open borders, no vertical merge).
    expect(t23.rows[1][0]).toBe("Koordinasi Kegiatan Pemberdayaan Desa");
    expect(t23.rows[2][0]).toBe("");
    expect(t23.rows[4]).toEqual(["Jumlah", "102.855.000"]);
    expect(t31.rows[2].slice(3, 6)).toEqual(["100%", "67%", "67%"]); // `67 %` normalised
    expect(t31.rows[3].slice(3, 6)).toEqual(["100%", "0%", "0%"]);
    // 3.2: sasaran rows with the sums Hitung Capaian computes, then `Kegiatan`, then 1.a … 2.e. The sums that
    // include 1.b's typo print as the narrative states them (102.855.000, 6,37%, 60,63 poin), marked `*`;
    // efisiensi in poin, and no verdict before the year's end.
    expect(t32.rows[2].slice(0, 1).concat(t32.rows[2].slice(3))).toEqual([
      "1.",
      "102.855.000*",
      "6.555.000",
      "6,37%*",
      "100%",
      "67%",
      "67%",
      "60,63 poin*\nbelum dapat dinilai",
    ]);
    expect(t32.rows[3].slice(3, 6)).toEqual(["22.900.000", "0", "0%"]);
    expect(t32.rows[4]).toEqual(["Kegiatan"]);
    expect(t32.rows.slice(5).map((r) => r[0])).toEqual(["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "2.d", "2.e"]);
    expect(t32.rows[5].slice(3, 6)).toEqual(["2.700.000", "600.000", "22,22%"]);
    expect(t32.rows[6].slice(3, 6)).toEqual(["5.995.000*", "5.955.000", "99,33%*"]);
  });

  test("chapters and sections in the seed's order, then the signature block", () => {
    const order = [
      "LAPORAN KINERJA",
      "DAFTAR ISI",
      "BAB I\nPENDAHULUAN",
      "1.1. Dasar Hukum Pembentukan",
      "1.2. Uraian Tugas Pokok dan Fungsi",
      "BAB II\nPERENCANAAN KINERJA",
      "2.1. Perjanjian Kinerja",
      "2.2. Capaian Kinerja",
      "2.3. Evaluasi dan Analisis Kinerja",
      "2.4. Rencana Tindak Lanjut",
      "2.5. Tanggapan Atasan Langsung",
      "BAB III\nPENUTUP",
      "CATATAN PEMERIKSAAN",
    ];
    const at = order.map((h) => docx.paragraphs.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const ttd = signatureColumns(docx);
    expect(ttd[0]).toMatch(/^Mengetahui,\n\(jabatan atasan\)/); // the sample stores no texts
    expect(ttd[1]).toContain("NIP.");
  });

  test("the charts are PNG pictures in the package, each followed by its caption", async () => {
    const media = Object.keys(docx.zip.files).filter((f) => f.startsWith("word/media/") && !docx.zip.files[f].dir);
    expect(media).toHaveLength(2);
    for (const f of media) {
      const png = await docx.zip.file(f)!.async("uint8array");
      expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.length).toBeGreaterThan(5000); // a drawn chart, not an empty picture
    }
    const drawings = all(docx.body, "w:drawing");
    expect(drawings).toHaveLength(2);
    const rels = await docx.zip.file("word/_rels/document.xml.rels")!.async("string");
    for (const d of drawings) {
      const id = all(d, "a:blip")[0].attrs["r:embed"];
      expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*Target="media/`));
    }
    const g31 = docx.paragraphs.indexOf("Grafik 3.1 Capaian Kinerja terhadap Target");
    const g32 = docx.paragraphs.indexOf("Grafik 3.2 Capaian Anggaran per Sub Kegiatan");
    expect(g31).toBeGreaterThan(docx.paragraphs.indexOf("2.2. Capaian Kinerja"));
    expect(g32).toBeGreaterThan(docx.paragraphs.indexOf("2.3. Evaluasi dan Analisis Kinerja"));
    // Alternative text says the figures in words: the same ones as the text (99,33% of the pagu 2.3 gives).
    expect(all(docx.body, "wp:docPr")[0].attrs.descr).toContain("capaian 67% dari target 100%");
    expect(all(docx.body, "wp:docPr")[1].attrs.descr).toContain("realisasi Rp 5.955.000 dari pagu Rp 5.995.000 (99,33%)");
  });

  test("no NaN, undefined or null anywhere in the document's text", () => {
    const text = all(docx.body, "w:t").map((t) => t.text).join(" ");
    expect(text).not.toMatch(/NaN|undefined|null|\[object|Infinity/);
  });

  test("A4, margins 3/3/4/3 cm (a landscape page for Tabel 3.2: 4/3/3/3), Times New Roman 12 pt, page numbers in the footer", async () => {
    const sects = all(docx.body, "w:sectPr");
    // Cover without a number, Daftar Isi (i), the chapters up to Tabel 3.2, its landscape page, the rest.
    expect(sects).toHaveLength(5);
    sects.forEach((s, i) => {
      const size = all(s, "w:pgSz")[0].attrs;
      const m = all(s, "w:pgMar")[0].attrs;
      const margins = [m["w:top"], m["w:bottom"], m["w:left"], m["w:right"]];
      if (i === 3) {
        expect([size["w:w"], size["w:h"], size["w:orient"]]).toEqual(["16838", "11906", "landscape"]);
        expect(margins).toEqual(["2268", "1701", "1701", "1701"]);
      } else {
        expect([size["w:w"], size["w:h"]]).toEqual(["11906", "16838"]);
        expect(size["w:orient"] ?? "portrait").toBe("portrait");
        expect(margins).toEqual(["1701", "1701", "2268", "1701"]);
      }
    });
    expect(all(sects[0], "w:footerReference")).toHaveLength(0);
    for (const s of sects.slice(1)) expect(all(s, "w:footerReference")).toHaveLength(1);
    // Numbers: i, ii … on the Daftar Isi, 1 on from BAB I, continued across the landscape page.
    expect(all(sects[1], "w:pgNumType")[0].attrs).toMatchObject({ "w:start": "1", "w:fmt": "lowerRoman" });
    expect(all(sects[2], "w:pgNumType")[0].attrs).toMatchObject({ "w:start": "1" });
    expect(all(sects[3], "w:pgNumType")[0]?.attrs["w:start"]).toBeUndefined();
    const footer = await docx.zip.file("word/footer1.xml")!.async("string");
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    const styles = await docx.zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="24"\/>/);
  });
});

describe("narrative and review notes", () => {
  let laporan: Laporan;
  let docx: OpenedDocx;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    ({ laporan, docx } = await laporanOf(wb));
  });

  test("every paragraph of the narrative's sections appears, in order, under its heading", () => {
    for (const [id, heading] of [
      ["2.2", "2.2. Capaian Kinerja"],
      ["2.3", "2.3. Evaluasi dan Analisis Kinerja"],
      ["bab3", "BAB III\nPENUTUP"],
    ]) {
      const section = laporan.narrative.sections.find((s) => s.id === id)!;
      const texts = blockTexts(section.blocks);
      expect(texts.length).toBeGreaterThan(1);
      let at = docx.paragraphs.indexOf(heading);
      expect(at).toBeGreaterThanOrEqual(0);
      for (const t of texts) {
        // The .docx binds `Rp` to its amount with a no-break space.
        const next = docx.paragraphs.indexOf(t.replace(/Rp /g, "Rp\u00a0"), at + 1);
        expect({ t, found: next > at }).toEqual({ t, found: true });
        at = next;
      }
    }
    expect(docx.paragraphs.join("\n")).toMatch(/Rp\u00a0600\.000 .*22,22%/);
  });

  test("BAB III is a numbered list; the review notes stay out of the report's chapters, after the signature in a draft", () => {
    expect(laporan.narrative.reviewNotes.length).toBeGreaterThan(0);
    const at = docx.paragraphs.indexOf("CATATAN PEMERIKSAAN");
    const report = docx.paragraphs.slice(0, at).join("\n");
    expect(report).not.toMatch(/perlu diperiksa|Catatan:/i);
    for (const n of laporan.narrative.reviewNotes) {
      expect(report).not.toContain(n.text);
      expect(docx.paragraphs.slice(at).join("\n").replace(/\u00a0/g, " ")).toContain(n.text);
    }
    // After the signature block (the last table).
    const body = docx.body.children;
    const lastTable = body.map((c) => c.name).lastIndexOf("w:tbl");
    expect(body.slice(lastTable).some((c) => c.name === "w:p" && all(c, "w:t").some((t) => t.text === "CATATAN PEMERIKSAAN"))).toBe(true);
    const numbered = all(docx.body, "w:numPr");
    expect(numbered.length).toBeGreaterThanOrEqual(3);
  });
});

describe("cover and signature texts from the workbook's settings store", () => {
  test("filled: the names, NIPs, positions, place and date print as entered", async () => {
    const { docx } = await laporanOf(withStore(buildSeedWorkbook(), TEXTS));
    const ttd = signatureColumns(docx);
    expect(ttd[0]).toBe("Mengetahui,\nCAMAT RANUYOSO\n\n\n\n\nMASRUHIN, S.Sos\nNIP. 19690303 199303 1 009");
    expect(ttd[1]).toBe(
      "Ranuyoso, 1 April 2024\nKepala Seksi Pemberdayaan Masyarakat\n\n\n\n\nDINA P. RINI, S.Pd\nNIP. 19840514 201001 2 031",
    );
    const text = docx.paragraphs.join("\n");
    expect(text).toContain("KEPALA SEKSI PEMBERDAYAAN MASYARAKAT");
    expect(text).toContain("PEMERINTAH KABUPATEN LUMAJANG");
    expect(text).toContain("Lembar Dokumen Perjanjian Kinerja Kepala Seksi Pemberdayaan Masyarakat Kecamatan Ranuyoso");
    expect(text).not.toMatch(/\((nama|NIP|tempat|tanggal|instansi|pemerintah daerah|jabatan atasan)\)/);
  });

  test("empty: each text is a marked blank with a dotted line to write on", async () => {
    const { docx } = await laporanOf(buildSeedWorkbook());
    const ttd = signatureColumns(docx);
    // Never a title of our own: the atasan's position is a blank until the officer enters it.
    expect(ttd[0]).toMatch(/^Mengetahui,\n\(jabatan atasan\)\s+\n[\s\S]*\(nama atasan\)\s+\nNIP\. \(NIP\)/);
    expect(all(docx.body, "w:t").map((t) => t.text).join(" ")).not.toMatch(/\bcamat\b/i);
    expect(ttd[1]).toMatch(/^\(tempat\), \(tanggal\)\n\(jabatan\)\s+\n[\s\S]*\(nama\)\s+\nNIP\. \(NIP\)/);
    const dotted = all(docx.body, "w:u").filter((u) => u.attrs["w:val"] === "dotted");
    expect(dotted.length).toBeGreaterThanOrEqual(8);
  });

  test("tugas pokok (laporan.tugas) become the lettered list of 1.2", async () => {
    const tugas = ["menyusun rencana kegiatan Seksi;", "melaksanakan evaluasi dan pelaporan."];
    const { docx } = await laporanOf(withStore(buildSeedWorkbook(), { ...TEXTS, "laporan.tugas": tugas }));
    const at = docx.paragraphs.indexOf("1.2. Uraian Tugas Pokok dan Fungsi");
    expect(docx.paragraphs.slice(at + 2, at + 4)).toEqual(tugas);
  });
});

describe("incomplete workbooks", () => {
  test("a missing table is left out, and one sentence says so where it would stand; the rest of the report stands", async () => {
    const wb = buildSeedWorkbook();
    wb.removeWorksheet(wb.getWorksheet("Tabel 2.2")!.id);
    const { docx } = await laporanOf(wb);
    expect(docx.tables).toHaveLength(5); // four tables and the signature block
    expect(docx.paragraphs).not.toContain("Tabel 2.2.");
    expect(docx.paragraphs).toContain("Tabel 2.2 (Kegiatan dan Anggaran) tidak dimuat dalam laporan ini karena tidak terdapat pada buku kerja.");
    const text = all(docx.body, "w:t").map((t) => t.text).join(" ");
    expect(text).not.toMatch(/NaN|undefined|null|\[object|Infinity|Tabel ini tidak ditemukan/);
  });

  test("an empty workbook still gives a document: no table boxes, one sentence, the chapters", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lembar1").getCell("A1").value = "kosong";
    const { docx } = await laporanOf(wb);
    expect(docx.tables).toHaveLength(1); // the signature block
    expect(docx.paragraphs.join("\n")).toContain("Tabel 2.1 (Perjanjian Kinerja), Tabel 2.2 (Kegiatan dan Anggaran) dan Tabel 2.3 (Rincian Sub Kegiatan dan Anggaran) tidak dimuat");
    expect(all(docx.body, "w:drawing")).toHaveLength(0);
    expect(docx.paragraphs).toContain("BAB III\nPENUTUP");
  });
});

describe("real published reports (test/fixtures/real)", () => {
  test.each(REAL_REPORTS.map((r) => [r.id, r] as const))(
    "%s: a complete document, no NaN or undefined, every table found is set and no other",
    async (_name, r) => {
      const wb = buildRealWorkbook(r);
      const { laporan, docx } = await laporanOf(wb);
      const found = laporan.analysis.tables.filter((t) => t.found);
      expect(docx.tables).toHaveLength(found.length + 1);
      const text = all(docx.body, "w:t").map((t) => t.text).join(" ");
      expect(text).not.toMatch(/NaN|undefined|null|\[object|Infinity|Tabel ini tidak ditemukan/);
      for (const t of found) expect(docx.paragraphs).toContain(`Tabel ${t.id}.`);
    },
    30_000,
  );
});

describe("command line safety", () => {
  test("-o is required; the input is never the output, also not through a hard link", async () => {
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = fs.readFileSync(input);
    expect((await cli("laporan", input)).code).toBe(2);
    const same = await cli("laporan", input, "-o", input);
    expect(same.code).toBe(2);
    expect(same.err).toContain("tidak pernah ditimpa");
    const link = path.join(dir, "link.docx");
    fs.linkSync(input, link);
    expect((await cli("laporan", input, "-o", link)).code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test("the calculation options apply to the report as to hitung (--efisiensi rasio)", async () => {
    const out = path.join(dir, "rasio.docx");
    expect((await cli("laporan", SAMPLE, "--efisiensi", "rasio", "-o", out)).code).toBe(1);
    const docx = await openDocx(fs.readFileSync(out));
    const ef = docx.tables[4].rows[2][9];
    expect(ef).not.toMatch(/poin/);
    // A ratio is a percentage; its verdict waits for the year's end as the selisih one does.
    expect(ef).toMatch(/^\d+(,\d+)?%\*?\nbelum dapat dinilai$/);
  });

  test("an unwritable target leaves nothing behind and says so in one line", async () => {
    const r = await cli("laporan", SAMPLE, "-o", path.join(dir, "no-such-folder", "x.docx"));
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("generated workbooks (property)", () => {
  test("every sub kegiatan's pagu and realisasi reach Tabel 3.2, and no cell says NaN or undefined", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (seed) => {
        const { docx } = await laporanOf(buildWorkbook(seed));
        const t32 = docx.tables[4];
        const subs = seed.sasaran.flatMap((s) => s.subs);
        const rows = t32.rows.filter((r) => /^\d+\.[a-z]$/.test(r[0]));
        expect(rows).toHaveLength(subs.length);
        const fmt = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        rows.forEach((r, i) => {
          expect(r[3]).toBe(fmt(subs[i].pagu32));
          expect(r[4]).toBe(fmt(subs[i].realisasi));
        });
        const text = all(docx.body, "w:t").map((t) => t.text).join(" ");
        expect(text).not.toMatch(/NaN|undefined|null|\[object|Infinity/);
        expect(all(docx.body, "w:drawing").length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
