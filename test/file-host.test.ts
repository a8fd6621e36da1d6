// The web page's host (src/web/file-host.ts) in Node: the same package reader and patching writer as the command line,
// so its Hitung download is the command line's copy byte for byte; settings and texts go into the copy's
// LKjIP_Pengaturan where the add-in and the command line read them; the Narasi sheet is a new part touching only the
// workbook's list of parts; Terapkan changes the one cell. The user's file is never changed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, analyze, readStore, storeRows } from "../src/core";
import { patchXlsx, readXlsx } from "../src/xlsx";
import { FileHost } from "../src/web/file-host";
import { buildSeedWorkbook } from "./fixtures/seed";
import { cli } from "./helpers/cli";
import { entryText, rawEntries, sheetDiff } from "./helpers/package-diff";

const SAMPLE = path.join(__dirname, "../samples/lkjip-triwulan-1-2024.xlsx");
const sample = () => new Uint8Array(fs.readFileSync(SAMPLE));

function host() {
  const offered: { bytes: Uint8Array; name: string; type: string }[] = [];
  const h = new FileHost((bytes, name, type) => offered.push({ bytes, name, type }));
  h.open("lkjip-triwulan-1-2024.xlsx", sample());
  return { h, offered };
}

/** Entries whose stored (compressed) bytes differ between two packages, and entries only in `after`. */
function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = rawEntries(before);
  const b = rawEntries(after);
  return [...b.keys()].filter((k) => !a.has(k) || !a.get(k)!.data.equals(b.get(k)!.data)).sort();
}

test("Periksa finds the sample's two galat, as the command line does", async () => {
  const { h } = host();
  const a = await h.periksa({});
  const errors = a.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  expect(errors).toEqual(["FORMAT_ANGKA Tabel 2.2!D5", "PAGU_TIDAK_SESUAI Tabel 3.2!D9"]);
  const r = await cli("periksa", SAMPLE, "--json");
  expect(a.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(JSON.parse(r.out).findings.map((f: { code: string; sheet: string; cell: string }) => [f.code, f.sheet, f.cell]));
});

test("Hitung offers the command line's copy, byte for byte: only the derived cells' sheets and styles.xml differ", async () => {
  const { h, offered } = host();
  const r = await h.hitungCapaian({});
  expect(r.download).toBe("lkjip-triwulan-1-2024-hasil.xlsx");
  expect(offered).toHaveLength(1);
  expect(offered[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-filehost-"));
  const out = path.join(dir, "hasil.xlsx");
  expect((await cli("hitung", SAMPLE, "-o", out)).code).toBe(1);
  expect(Buffer.from(offered[0].bytes).equals(fs.readFileSync(out))).toBe(true);
  const changed = changedEntries(sample(), offered[0].bytes);
  expect(changed).toEqual(["xl/styles.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]);
  const derived = analyze(readXlsx(sample()).grid).derived.filter((d) => d.changed && d.value !== null);
  const before = rawEntries(sample());
  const after = rawEntries(offered[0].bytes);
  for (const e of changed.filter((n) => n.includes("worksheets"))) {
    const d = sheetDiff(entryText(before.get(e)!), entryText(after.get(e)!));
    expect(d.restSame).toBe(true);
    const sheet = readXlsx(sample()).workbook.sheets.find((s) => s.part === `/${e}`)!.name;
    expect(d.changed.sort()).toEqual(derived.filter((x) => x.sheet === sheet).map((x) => x.address).sort());
  }
  // The copy the pane now holds is the download: Hitung again changes nothing.
  const again = await h.hitungCapaian({});
  expect(again.written).toBe(0);
  expect(Buffer.from(offered[1].bytes).equals(Buffer.from(offered[0].bytes))).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("settings, texts and peta go into the copy's LKjIP_Pengaturan, keeping the keys the page does not touch", async () => {
  const { h } = host();
  // A key another tool wrote (the command line's hitung --negatif, or the add-in's cover texts).
  const start = patchXlsx(readXlsx(sample()), [], { "ttd.nama": "DINA P. RINI, S.Pd" });
  h.open("lkjip.xlsx", start.bytes);
  await h.saveSettings({ ...analyze(readXlsx(sample()).grid).settings, efisiensi: "rasio", polaritas: { "2": "negatif" } }, { tupoksi: "Tugas kami.", strategi: "" });
  await h.saveStoreValues({ "laporan.kecamatan": "Ranuyoso" });
  h.download();
  const copy = readXlsx(h["held"]!.opened.pkg.zip.bytes);
  const values = readStore(copy.grid).values;
  expect(values).toMatchObject({ efisiensi: "rasio", polaritas: { "2": "negatif" }, "teks.tupoksi": "Tugas kami.", "ttd.nama": "DINA P. RINI, S.Pd", "laporan.kecamatan": "Ranuyoso" });
  expect(values).not.toHaveProperty("teks.strategi");
  expect(copy.workbook.sheets.find((s) => s.name === SETTINGS_SHEET)?.state).toBe("veryHidden");
  // The command line on the downloaded copy computes with them.
  expect(analyze(copy.grid).settings.efisiensi).toBe("rasio");
  expect((await h.loadSettings()).texts).toEqual({ tupoksi: "Tugas kami.", strategi: "" });
  // The peta (Tabel dan kolom yang dibaca) the same way, and an empty one removes its key.
  const peta = { tables: {}, rows: { "Tabel 3.2!20": "abaikan" as const } };
  await h.savePeta(peta);
  expect(await h.loadPeta()).toEqual(peta);
  expect(readStore(readXlsx(h["held"]!.opened.pkg.zip.bytes).grid).values.peta).toEqual(peta);
  await h.savePeta({ tables: {}, rows: {} });
  expect(readStore(readXlsx(h["held"]!.opened.pkg.zip.bytes).grid).values).not.toHaveProperty("peta");
  // An emptied text removes its key; the rows of other keys stay.
  await h.saveSettings(analyze(copy.grid).settings, { tupoksi: "" });
  const after = readStore(readXlsx(h["held"]!.opened.pkg.zip.bytes).grid).values;
  expect(after).not.toHaveProperty("teks.tupoksi");
  expect(after["ttd.nama"]).toBe("DINA P. RINI, S.Pd");
  expect(h.changed).toBe(true);
});

test("Buat Narasi with the sheet asked: a new visible sheet Narasi of inline strings, only the workbook's list of parts and styles.xml changed", async () => {
  const { h, offered } = host();
  const none = await h.buatNarasi({});
  expect(none.download).toBeUndefined();
  expect(offered).toHaveLength(0);
  h.narasiSheet = true;
  const r = await h.buatNarasi({}, "lengkap");
  expect(r.download).toBe("lkjip-triwulan-1-2024-hasil.xlsx");
  const bytes = offered[0].bytes;
  expect(changedEntries(sample(), bytes)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet7.xml"]);
  const part = entryText(rawEntries(bytes).get("xl/worksheets/sheet7.xml")!);
  expect(part).not.toMatch(/<f>|t="s"/);
  // Another program reads it: the paragraphs, wrapped, on a visible sheet.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const ws = wb.getWorksheet("Narasi")!;
  expect(ws.state).toBe("visible");
  expect(r.paragraphs.map((_, i) => ws.getCell(`A${i + 1}`).value ?? "")).toEqual(r.paragraphs);
  expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  // Again, shorter (ringkas): the paragraphs rewritten in place, the rows below emptied; no second sheet.
  const short = await h.buatNarasi({}, "ringkas");
  const copy = readXlsx(offered[1].bytes);
  expect(copy.workbook.sheets.filter((s) => s.name === "Narasi")).toHaveLength(1);
  const cells = copy.grid.sheets.find((s) => s.name === "Narasi")!.cells;
  expect(short.paragraphs.map((_, i) => cells[i]?.[0]?.value ?? "")).toEqual(short.paragraphs);
  expect(cells.slice(short.paragraphs.length).every((row) => (row?.[0]?.value ?? null) === null)).toBe(true);
});

test("Terapkan writes the finding's value into the copy's cell; the next check no longer finds it", async () => {
  const { h } = host();
  const f = (await h.periksa({})).findings.find((x) => x.code === "FORMAT_ANGKA")!;
  await h.terapkan(f);
  const a = await h.periksa({});
  expect(a.findings.filter((x) => x.severity === "error").map((x) => x.code)).toEqual(["PAGU_TIDAK_SESUAI"]);
  const d5 = readXlsx(h["held"]!.opened.pkg.zip.bytes).grid.sheets.find((s) => s.name === "Tabel 2.2")!.cells[4][3];
  expect(d5).toMatchObject({ value: 22900000 });
});

test("a file that is no workbook is refused in one Indonesian sentence; the workbook open before stays", async () => {
  const { h } = host();
  expect(() => h.open("laporan.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toThrow(/tidak dapat dibaca sebagai buku kerja Excel.*\.xls lama.*disimpan ulang sebagai \.xlsx/);
  expect(h.fileName).toBe("lkjip-triwulan-1-2024.xlsx");
});

test("a workbook whose settings the add-in stored gives the page the findings the engine gives with them", async () => {
  const wb = buildSeedWorkbook();
  const store = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  // As the add-in writes them (src/excel/settings.ts): key in A, JSON text in B, header first.
  storeRows({ polaritas: { "1": "negatif" }, efisiensi: "rasio" }).forEach((r) => store.addRow(r));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const h = new FileHost(() => undefined);
  h.open("tersimpan.xlsx", bytes);
  const loaded = await h.loadSettings();
  expect(loaded.settings).toMatchObject({ polaritas: { "1": "negatif" }, efisiensi: "rasio" });
  const page = await h.periksa(loaded.settings);
  const engine = analyze(readXlsx(bytes).grid);
  expect(page.findings).toEqual(engine.findings);
  // Sasaran 1 negative: its 3.1 capaian (67 %) is no longer what the engine computes, so the page says so.
  expect(page.findings.some((f) => f.code === "CAPAIAN_TIDAK_SESUAI" && f.sheet === "Tabel 3.1")).toBe(true);
});

test("the web page opens wp-sipd's HTML .xls download (issue 19): findings as the command line gives them, an .xlsx offered", async () => {
  const { FORM_FIXTURES } = await import("./fixtures/forms");
  const rfk = FORM_FIXTURES.find((f) => f.id === "wp-sipd-rfk")!;
  const offered: { name: string }[] = [];
  const h = new FileHost((_b, name) => offered.push({ name }));
  h.open("Laporan RFK 2025.xls", new TextEncoder().encode(rfk.html!(true)));
  const a = await h.periksa({});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-filehost-"));
  const file = path.join(dir, "Laporan RFK 2025.xls");
  fs.writeFileSync(file, rfk.html!(true));
  const r = await cli("periksa", file, "--json");
  const cells = (fs: { code: string; cell: string | null }[]) => fs.map((f) => `${f.code} ${f.cell}`);
  expect(cells(a.findings)).toEqual(cells(JSON.parse(r.out).findings));
  expect(cells(a.findings)).toContain("REALISASI_MELEBIHI_PAGU I17");
  const done = await h.hitungCapaian({});
  expect(done.download).toBe("Laporan RFK 2025-hasil.xlsx");
  // A page without a table: its own hint, never "save as .xlsx".
  expect(() => h.open("kosong.xls", new TextEncoder().encode(" <div id=\"cetak\"><h4>RFK tidak ditemukan!</h4></div>"))).toThrow(
    /halaman HTML \(bukan buku kerja\)(?![\s\S]*disimpan ulang)/,
  );
});
