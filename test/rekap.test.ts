// `lkjip rekap` on a generated folder of 30 kecamatan workbooks (copies of the sample's tables with varied figures and
// errors) plus a file that is not a workbook: each row checked against what was written into its workbook (totals,
// capaian, unit, period, status) and against the engine run on the file (galat and peringatan); the recap's own .xlsx
// read back by another program; exit codes, refusals and the parallel run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyze } from "../src/core";
import { readXlsx } from "../src/xlsx";
import type { RekapRow } from "../src/rekap";
import { periodOf } from "../src/rekap/identity";
import { runJobs } from "../src/cli/rekap-pool";
import { cli } from "./helpers/cli";
import { Expected, writeRekapFolder } from "./helpers/rekap-folder";

let dir: string;
let folder: string;
let expected: Expected[];
let run: { code: number; out: string; err: string };
let rows: RekapRow[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-rekap-"));
  folder = path.join(dir, "laporan");
  expected = await writeRekapFolder(folder, 30);
  run = await cli("rekap", folder, "-o", path.join(dir, "rekap.xlsx"), "--json");
  rows = JSON.parse(run.out).rekap;
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rowOf = (file: string) => rows.find((r) => r.file === path.join(folder, file))!;

test("one row per workbook in the folder, in name order; the lock file left out, the unreadable file listed", () => {
  expect(rows.map((r) => path.basename(r.file))).toEqual([...expected.map((e) => e.file), "rusak.xlsx"]);
  const bad = rowOf("rusak.xlsx");
  expect(bad.status).toBe("tidak-terbaca");
  expect(bad.reason).toMatch(/tidak dapat dibaca sebagai buku kerja Excel.*bukan paket zip/);
  expect(bad.galat).toBeNull();
});

test("totals, serapan, capaian per sasaran, unit, period and status are what each workbook holds", () => {
  for (const e of expected) {
    const r = rowOf(e.file);
    expect({ file: e.file, unit: r.unit, unitFrom: r.unitFrom, period: r.period, status: r.status }).toEqual({ file: e.file, unit: e.unit, unitFrom: e.unitFrom, period: e.period, status: e.status });
    expect(r.pagu).toBe(e.pagu);
    expect(r.realisasi).toBe(e.realisasi);
    expect(r.serapan).toBeCloseTo(e.realisasi / e.pagu, 12);
    expect(r.sasaran.map((s) => s.capaian)).toEqual(e.capaian);
  }
  // Each way of naming the unit occurs.
  expect(new Set(expected.map((e) => e.unitFrom))).toEqual(new Set(["teks tersimpan", "sampul/judul", "nama berkas"]));
});

test("galat and peringatan are the engine's on each file, and the status says why", () => {
  for (const e of expected) {
    const r = rowOf(e.file);
    const a = analyze(readXlsx(new Uint8Array(fs.readFileSync(path.join(folder, e.file)))).grid);
    expect([r.galat, r.peringatan]).toEqual([a.findings.filter((f) => f.severity === "error").length, a.findings.filter((f) => f.severity === "warning").length]);
    expect(r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`));
    if (e.kind === "typos") expect(r.reason).toMatch(/^2 galat: Format angka tidak jelas \(Tabel 2\.2!D5\), Pagu tidak sesuai \(Tabel 3\.2!D9\)/);
    if (e.kind === "lebih") expect(r.reason).toMatch(/^\d peringatan: Realisasi melebihi pagu \(Tabel 3\.2!E\d+\)/);
    if (e.kind === "siap") expect([r.galat, r.peringatan, r.status]).toEqual([0, 0, "siap"]);
  }
});

test("exit 2 (a file could not be read), progress and a summary on stderr", () => {
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/rekap: 31\/31 buku kerja diperiksa/);
  expect(run.err).toMatch(/Rekap 31 buku kerja ditulis ke .*rekap\.xlsx: 10 siap ditandatangani, 20 perlu diperiksa, 1 tidak terbaca\./);
});

test("rekap.xlsx read back by ExcelJS: number formats, a frozen header, a filter, and every finding with file, sheet and cell", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "rekap.xlsx"));
  const ws = wb.getWorksheet("Rekap")!;
  const head = (ws.getRow(1).values as unknown[]).slice(1);
  expect(head).toEqual(["Berkas", "Unit", "Unit menurut", "Periode", "Periode menurut", "Galat", "Peringatan", "Capaian sasaran 1", "Capaian sasaran 2", "Total pagu (Rp)", "Total realisasi (Rp)", "Serapan", "Status", "Alasan"]);
  expect(ws.rowCount).toBe(32);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(ws.autoFilter).toBe("A1:N32");
  const first = ws.getRow(2);
  const e = expected[0];
  expect(first.getCell(10).value).toBe(e.pagu);
  expect(first.getCell(10).numFmt).toBe("#,##0");
  expect(first.getCell(12).numFmt).toBe("0.00%");
  expect(first.getCell(8).numFmt).toBe("0.00%");
  expect(first.getCell(6).numFmt).toBe("0");
  expect(first.getCell(13).value).toBe("perlu diperiksa");
  const temuan = wb.getWorksheet("Temuan")!;
  const total = rows.reduce((n, r) => n + r.findings.length, 0);
  expect(temuan.rowCount).toBe(total + 1);
  expect((temuan.getRow(2).values as unknown[]).slice(1, 6)).toEqual([rows[0].file, rows[0].unit, "galat", "FORMAT_ANGKA", "Tabel 2.2"]);
  expect(temuan.getRow(2).getCell(6).value).toBe("D5");
  // And by the project's own package reader: the same two sheets, nothing it could not read.
  const own = readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "rekap.xlsx"))));
  expect(own.problems).toEqual([]);
  expect(own.grid.sheets.map((s) => s.name)).toEqual(["Rekap", "Temuan"]);
});

test("an existing -o is refused unless --timpa; -o must be .xlsx; nothing to read is exit 2", async () => {
  const out = path.join(dir, "rekap.xlsx");
  const before = fs.readFileSync(out);
  const refused = await cli("rekap", path.join(folder, "kec-03.xlsx"), "-o", out);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/sudah ada dan tidak ditimpa; tambahkan --timpa/);
  expect(fs.readFileSync(out).equals(before)).toBe(true);
  const replaced = await cli("rekap", path.join(folder, "kec-03.xlsx"), "-o", out, "--timpa");
  expect(replaced.code).toBe(0);
  expect((await cli("rekap", folder, "-o", path.join(dir, "rekap.docx"))).err).toMatch(/harus berakhiran \.xlsx/);
  const empty = path.join(dir, "kosong");
  fs.mkdirSync(empty);
  const none = await cli("rekap", empty, "-o", path.join(dir, "r2.xlsx"));
  expect([none.code, fs.existsSync(path.join(dir, "r2.xlsx"))]).toEqual([2, false]);
  expect((await cli("rekap")).code).toBe(2);
});

test("exit 0 when every workbook is clean, 1 when one has galat; files named one by one", async () => {
  const siap = expected.filter((e) => e.kind === "siap").slice(0, 2).map((e) => path.join(folder, e.file));
  expect((await cli("rekap", ...siap, "--json")).code).toBe(0);
  const typo = path.join(folder, expected.find((e) => e.kind === "typos")!.file);
  const r = await cli("rekap", ...siap, typo, "--json");
  expect(r.code).toBe(1);
  expect(JSON.parse(r.out).rekap.map((x: RekapRow) => x.file)).toEqual([...siap, typo]);
  // A file named twice is one row.
  const twice = await cli("rekap", siap[0], siap[0], "--json");
  expect(JSON.parse(twice.out).rekap).toHaveLength(1);
});

test("--negatif and --efisiensi reach every workbook, as in the other commands", async () => {
  const e = expected[0];
  const r = await cli("rekap", path.join(folder, e.file), "--json", "--negatif", "1");
  const row: RekapRow = JSON.parse(r.out).rekap[0];
  expect(row.sasaran[0].capaian).toBeCloseTo(2 - e.capaian[0], 10);
  expect(row.sasaran[1].capaian).toBe(e.capaian[1]);
});

test("worker threads give the rows the main thread gives alone", async () => {
  const jobs = [...expected.slice(0, 6).map((e) => path.join(folder, e.file)), path.join(folder, "rusak.xlsx")].map((file) => ({ file, display: file }));
  const serial = await runJobs(jobs, 0);
  let heard = 0;
  // The main thread takes no job: two workers do all of them, each loading the engine through tsx.
  const byWorkers = await runJobs(jobs, 2, () => heard++, { main: false });
  expect(byWorkers).toEqual(serial);
  expect(heard).toBe(jobs.length);
  // And through the command, with workers started at once.
  const files = jobs.map((j) => j.file);
  expect((await cli("rekap", ...files, "--json", "--pekerja", "2")).out).toBe((await cli("rekap", ...files, "--json", "--pekerja", "0")).out);
}, 30_000);

test("the period from the file name when the workbook states none, saying so", () => {
  const none = { period: { triwulan: null, tahun: null } } as Parameters<typeof periodOf>[0];
  expect(periodOf(none, "laporan/Kec Klakah TW III 2024.xlsx")).toEqual({ period: "Triwulan III 2024", from: "nama berkas" });
  expect(periodOf(none, "kec_padang_tw2.xlsx")).toEqual({ period: "Triwulan II", from: "nama berkas" });
  expect(periodOf(none, "padang.xlsx")).toEqual({ period: null, from: null });
});
