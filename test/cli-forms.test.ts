// Issue 19 from the command line, as a new user tries it: `npx lkjip periksa|hitung|narasi` on the Monev Renja and
// RFK exports of wp-sipd (the HTML `.xls` its Download Excel writes, and the .xlsx a spreadsheet saves it as).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { readXlsx } from "../src/xlsx";
import { cli } from "./helpers/cli";
import { FORM_FIXTURES } from "./fixtures/forms";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-forms-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fixture = (id: string) => FORM_FIXTURES.find((f) => f.id === id)!;

function writeHtml(id: string, planted: boolean, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, fixture(id).html!(planted), "utf8");
  return file;
}

async function writeXlsx(id: string, planted: boolean, name: string): Promise<string> {
  const file = path.join(dir, name);
  await fixture(id).workbook(planted).xlsx.writeFile(file);
  return file;
}

describe("periksa", () => {
  test("the Monev Renja download (.xls holding HTML): the planted errors at their cells, exit 1", async () => {
    const file = writeHtml("wp-sipd-monev-renja", true, "Laporan MONEV RENJA.xls");
    const r = await cli("periksa", file, "--json");
    expect(r.code).toBe(1);
    const found = JSON.parse(r.out).findings.map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "PAGU_TIDAK_SESUAI O7",
        "KUMULATIF_TIDAK_SESUAI AD8",
        "FORMAT_ANGKA R9",
        "KUMULATIF_TIDAK_SESUAI AB11",
        "CAPAIAN_TIDAK_SESUAI AF9",
        "FORMULIR_DIKENALI A1",
      ]),
    );
    expect(found).not.toContain("TABEL_TIDAK_DITEMUKAN null");
  });

  test("the clean RFK as .xlsx: no error, exit 0; every column placed or listed", async () => {
    const file = await writeXlsx("wp-sipd-rfk", false, "rfk.xlsx");
    const r = await cli("periksa", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/FORMULIR_DIKENALI/);
    expect(r.out).toMatch(/KOLOM_TIDAK_DIPAKAI/);
    expect(r.out).not.toMatch(/GALAT|BARIS_TIDAK_DIKENALI/);
  });

  test("an old binary .xls still gets the save-as hint; an HTML page without a table its own, one line, exit 2", async () => {
    const biff = path.join(dir, "lama.xls");
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(biff, bytes);
    const a = await cli("periksa", biff);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/\.xls lama.*disimpan ulang sebagai \.xlsx/);
    const page = path.join(dir, "Laporan RFK 2025.xls");
    fs.writeFileSync(page, ' <div id="cetak"><h4>RFK Bulan Juli tahun 2025 tidak ditemukan!</h4></div>');
    const b = await cli("periksa", page);
    expect(b.code).toBe(2);
    expect(b.err.trim().split("\n")).toHaveLength(1);
    expect(b.err).toMatch(/halaman HTML \(bukan buku kerja\) dan tidak memuat tabel/);
    expect(b.err).not.toMatch(/perlu disimpan ulang/);
  });
});

describe("hitung and narasi on the HTML download", () => {
  test("hitung writes a new .xlsx with the capaian filled as numbers; an .xls output is refused", async () => {
    const input = writeHtml("wp-sipd-rfk", false, "Laporan RFK 2025 (2).xls");
    const refused = await cli("hitung", input, "-o", path.join(dir, "hasil.xls"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/harus berakhiran \.xlsx/);
    const out = path.join(dir, "rfk-hasil.xlsx");
    const r = await cli("hitung", input, "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/sel hasil hitung ditulis/);
    const cells = readXlsx(new Uint8Array(fs.readFileSync(out))).grid.sheets[0].cells;
    // J13 (capaian of sub 1): 45.890.000 / 102.855.000, a number in a percent format; its realisasi stays text.
    expect(cells[12][9]).toMatchObject({ value: 0.4462, numFmt: "0.00%" });
    expect(cells[12][8]).toMatchObject({ value: "45.890.000" });
  });

  test("narasi states the month, its triwulan and the figures", async () => {
    const input = writeHtml("wp-sipd-rfk", false, "rfk-narasi.xls");
    const r = await cli("narasi", input);
    expect(r.code).toBe(0);
    expect(r.out).toContain("sampai dengan bulan Juni tahun 2025, akhir triwulan II");
    expect(r.out).toContain("Rp 88.190.000 atau 41,73% dari total pagu Rp 211.355.000");
  });
});

test("from a plain clone: `npx lkjip periksa` on the Monev Renja download", () => {
  const root = path.join(__dirname, "..");
  const file = writeHtml("wp-sipd-monev-renja", true, "monev-npx.xls");
  const r = spawnSync("npx", ["--offline", "lkjip", "periksa", file], { cwd: root, encoding: "utf8" });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/KUMULATIF_TIDAK_SESUAI\s+'?Laporan MONEV RENJA'?!AD8/);
}, 60000);
