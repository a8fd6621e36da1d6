// Issue 14, one test per defect seen: "Hanya kolom turunan yang ditulis" must hold for workbooks this project did
// not write, and no existing file is replaced unasked. Through the command line only, as a user runs it; outputs
// read back with ExcelJS and JSZip (other programs' readers).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { cli, load } from "./helpers/cli";
import { sampleZip, sheetPart } from "./fixtures/packages/_parts";
import chart from "./fixtures/packages/chart-tabel-3-1";
import pivot from "./fixtures/packages/pivot-tabel-2-3";
import sparklines, { SPARKLINES } from "./fixtures/packages/sparklines-extlst";
import validation, { VALIDATION } from "./fixtures/packages/x14-validation";
import loProperties from "./fixtures/packages/libreoffice-custom-properties";
import openpyxl from "./fixtures/packages/openpyxl-comments";
import relative from "./fixtures/packages/relative-names";
import cached from "./fixtures/packages/formulas-cached";
import noResult, { INPUT_CELLS } from "./fixtures/packages/formulas-no-result";
import xlsm from "./fixtures/packages/xlsm-vba";
import type { PackageCase } from "./fixtures/packages/_parts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-utuh-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");

let n = 0;
/** The sample with these cases' parts, written to a file. */
async function fixture(cases: PackageCase[], ext = "xlsx"): Promise<string> {
  const zip = await sampleZip();
  for (const c of cases) await c.make(zip);
  const file = path.join(dir, `masuk-${++n}.${ext}`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return file;
}
const out = (ext = "xlsx") => path.join(dir, `keluar-${++n}.${ext}`);
type Json = { findings: { code: string; sheet: string | null; cell: string | null }[] };
const codesAt = (json: Json, sheet: string, cell: string) => json.findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => f.code);

describe("1. parts other programs keep are not dropped", () => {
  test("a chart on 3.1, a pivot table over 2.3, sparklines and an x14 validation in extLst, docProps/custom.xml: all in the output, unchanged", async () => {
    const input = await fixture([chart, pivot, sparklines, validation, loProperties]);
    const result = out();
    const r = await cli("hitung", input, "-o", result);
    expect(r.code).toBe(1);
    const [a, b] = [await JSZip.loadAsync(fs.readFileSync(input)), await JSZip.loadAsync(fs.readFileSync(result))];
    const kept = ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/pivotTables/pivotTable1.xml", "docProps/custom.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/workbook.xml"];
    for (const part of kept) expect([part, await b.file(part)?.async("string")]).toEqual([part, await a.file(part)!.async("string")]);
    expect(await b.file("xl/worksheets/sheet6.xml")!.async("string")).toContain(SPARKLINES);
    expect(await b.file("xl/worksheets/sheet5.xml")!.async("string")).toContain(VALIDATION);
    expect(await b.file("xl/worksheets/sheet5.xml")!.async("string")).toMatch(/<drawing r:id="rId\d+"\/>/);
  });
});

describe("2. workbooks other programs write are read", () => {
  test.each([
    ["openpyxl's legacy comments", openpyxl],
    ["relative part names", relative],
  ])("%s: read like the sample (its two errors found), and hitung writes the copy", async (_what, c) => {
    const input = await fixture([c]);
    const periksa = await cli("periksa", input, "--json");
    expect(periksa.code).toBe(1);
    const json = JSON.parse(periksa.out) as Json;
    expect(codesAt(json, "Tabel 2.2", "D5")).toEqual(["FORMAT_ANGKA"]);
    expect(codesAt(json, "Tabel 3.2", "D9")).toEqual(["PAGU_TIDAK_SESUAI"]);
    const result = out();
    expect((await cli("hitung", input, "-o", result)).code).toBe(1);
    // ExcelJS cannot open these packages either: the written cell is read from the sheet's XML.
    const zip = await JSZip.loadAsync(fs.readFileSync(result));
    const xml = await zip.file(await sheetPart(zip, "Tabel 3.2"))!.async("string");
    expect(xml).toMatch(/<c r="F8"[^>]*><v>0\.2222<\/v><\/c>/);
  });
});

describe("3. a formula's cached 0 is the value 0", () => {
  test("a realisasi of =… saved as 0 gives capaian 0; a derived formula whose result is 0 is not 'belum dihitung'", async () => {
    const input = await fixture([cached]);
    const json = JSON.parse((await cli("periksa", input, "--json")).out) as Json;
    expect(codesAt(json, "Tabel 3.2", "F11")).toEqual([]);
    expect(json.findings.filter((f) => /RUMUS/.test(f.code))).toEqual([]);
    const result = out();
    await cli("hitung", input, "-o", result);
    const t31 = (await load(result)).getWorksheet("Tabel 3.1")!;
    // Capaian of sasaran 2 computed from its realisasi of 0: the text "0%" became the number 0.
    expect(t31.getCell("F6").value).toBe(0);
    expect(t31.getCell("E6").formula).toBe("'Tabel 3.2'!H6*1");
  });
});

describe("4. an input formula with no cached result is reported, never read as empty", () => {
  test("each such cell is reported with its address; 1.a is not narrated as not carried out; no total is made of it", async () => {
    const input = await fixture([noResult]);
    const periksa = await cli("periksa", input, "--json");
    expect(periksa.code).toBe(1);
    const json = JSON.parse(periksa.out) as Json;
    for (const [sheet, cell] of INPUT_CELLS) expect([sheet, cell, codesAt(json, sheet, cell)]).toEqual([sheet, cell, ["RUMUS_MASUKAN_TANPA_HASIL"]]);
    const narasi = (await cli("narasi", input)).out;
    const body = narasi.split("Catatan pemeriksaan")[0];
    const notDone = body.split("\n").filter((l) => /belum terlaksana/.test(l)).join("\n");
    expect(notDone).not.toContain("Peningkatan Partisipasi Masyarakat");
    expect(body).not.toMatch(/realisasi anggaran sampai dengan akhir triwulan I tahun 2024 sebesar/);
    const result = out();
    await cli("hitung", input, "-o", result);
    // The realisasi (Rp) of sasaran 1 would be a sum including the unknown 1.a: left empty.
    expect((await load(result)).getWorksheet("Tabel 3.2")!.getCell("E5").value).toBeNull();
  });
});

describe("5. no existing file is replaced unasked", () => {
  const existing = (name: string, content = "berkas yang sudah ada") => {
    const p = path.join(dir, `${++n}-${name}`);
    fs.writeFileSync(p, content);
    return p;
  };

  test.each([
    ["templat", (o: string) => ["templat", "-o", o], "Laporan.xlsx"],
    ["hitung", (o: string) => ["hitung", SAMPLE, "-o", o], "hasil.xlsx"],
    ["laporan", (o: string) => ["laporan", SAMPLE, "-o", o], "LAPORAN.docx"],
  ])("%s -o an existing file: exit 2, one line naming --timpa, the file unchanged; with --timpa it is replaced", async (_cmd, argv, name) => {
    const target = existing(name);
    const r = await cli(...argv(target));
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("--timpa");
    expect(fs.readFileSync(target, "utf8")).toBe("berkas yang sudah ada");
    expect((await cli(...argv(target), "--timpa")).code).not.toBe(2);
    expect(fs.readFileSync(target, "utf8")).not.toBe("berkas yang sudah ada");
  }, 30_000);

  test.each([
    ["laporan writes Word: not over a workbook", ["laporan", SAMPLE, "-o"], "lain.xlsx", ".docx"],
    ["hitung writes a workbook: not under .docx", ["hitung", SAMPLE, "-o"], "hasil.docx", ".xlsx"],
    ["templat writes a workbook: not under .xlsm", ["templat", "-o"], "baru.xlsm", ".xlsx"],
  ])("%s: exit 2, one line, nothing written (also with --timpa)", async (_what, argv, name, ext) => {
    const target = existing(name);
    for (const extra of [[], ["--timpa"]]) {
      const r = await cli(...argv, target, ...extra);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(ext);
      expect(fs.readFileSync(target, "utf8")).toBe("berkas yang sudah ada");
    }
    const fresh = path.join(dir, `${++n}-${name}`);
    expect((await cli(...argv, fresh)).code).toBe(2);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  test("an .xlsm stays an .xlsm: -o .xlsx refused, -o .xlsm written with its macros", async () => {
    const input = await fixture([xlsm], "xlsm");
    const asXlsx = out("xlsx");
    const refused = await cli("hitung", input, "-o", asXlsx);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining(".xlsm")]);
    expect(fs.existsSync(asXlsx)).toBe(false);
    const result = out("xlsm");
    expect((await cli("hitung", input, "-o", result)).code).toBe(1);
    const [a, b] = [await JSZip.loadAsync(fs.readFileSync(input)), await JSZip.loadAsync(fs.readFileSync(result))];
    expect(await b.file("xl/vbaProject.bin")!.async("uint8array")).toEqual(await a.file("xl/vbaProject.bin")!.async("uint8array"));
  });
});
