// The command line on real .xlsx files in the layouts users keep: findings, derived cells, exit codes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { cli, load } from "./helpers/cli";
import { buildSeedWorkbook, SeedOptions } from "./fixtures/seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function write(name: string, opts: SeedOptions, mutate?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = buildSeedWorkbook(opts);
  mutate?.(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

interface Layout {
  name: string;
  opts: SeedOptions;
  /** Sheet of each table and the row/column shift of its cells against the one-sheet-per-table layout. */
  at: (table: string, address: string) => string;
  mutate?: (wb: ExcelJS.Workbook) => void;
}

const shiftCol = (address: string, by: number) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return String.fromCharCode(m[1].charCodeAt(0) + by) + m[2];
};

// Rows of each table on the single "Laporan" sheet of the captions layout.
const CAPTION_ROW: Record<string, number> = { "2.1": 0, "2.2": 8, "2.3": 15, "3.1": 30, "3.2": 38 };
const shiftRow = (address: string, by: number) => address.replace(/\d+$/, (n) => String(Number(n) + by));

const LAYOUTS: Layout[] = [
  { name: "one sheet per table, figures as text, merged headers", opts: { layout: "sheets" }, at: (t, a) => `Tabel ${t}!${a}` },
  { name: "one sheet per table, figures as numbers, flat paste without merges", opts: { layout: "sheets", numbers: "number", merges: false }, at: (t, a) => `Tabel ${t}!${a}` },
  { name: "the whole report on one sheet under captions", opts: { layout: "captions" }, at: (t, a) => `Laporan!${shiftRow(a, CAPTION_ROW[t])}` },
  { name: "tables starting in column C", opts: { layout: "sheets", startCol: 3 }, at: (t, a) => `Tabel ${t}!${shiftCol(a, 2)}` },
  {
    name: "retyped headers: line breaks, upper case, typos, no numbering row",
    opts: { layout: "sheets", merges: false },
    at: (t, a) => `Tabel ${t}!${a}`,
    mutate: (wb) => {
      const s32 = wb.getWorksheet("Tabel 3.2")!;
      s32.getCell("D4").value = "Pagu\n(Rp)";
      s32.getCell("E4").value = "REALISASI (Rp)";
      s32.getCell("J3").value = "Efisensi";
      const s31 = wb.getWorksheet("Tabel 3.1")!;
      for (const c of ["A", "B", "C", "D", "E", "F", "G"]) s31.getCell(`${c}4`).value = null;
      s31.getCell("C3").value = "Indikator Kinerja";
      s31.getCell("E3").value = "Realisasi";
      const s21 = wb.getWorksheet("Tabel 2.1")!;
      s21.getCell("B4").value = "SASARAN\nKEGIATAN";
    },
  },
];

describe.each(LAYOUTS)("$name", (layout) => {
  let file: string;
  beforeAll(async () => {
    file = await write(`${layout.name.replace(/\W+/g, "-")}.xlsx`, layout.opts, layout.mutate);
  });

  test("periksa --json reports the seed's two errors at the right cells, exit 1", async () => {
    const r = await cli("periksa", file, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.file).toBe(file);
    const errors = json.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.map((f: { code: string; sheet: string; cell: string }) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([
      `FORMAT_ANGKA@${layout.at("2.2", "D5")}`,
      `PAGU_TIDAK_SESUAI@${layout.at("3.2", "D9")}`,
    ]);
    expect(errors[0]).toMatchObject({ actual: "22.90.000", expected: 22900000 });
    expect(errors[1]).toMatchObject({ expected: 5995000 });
    for (const f of json.findings) expect(Object.keys(f).sort()).toEqual(["actual", "cell", "code", "expected", "message", "severity", "sheet"]);
  });

  test("hitung writes every derived cell of the seed into a copy; the input is untouched", async () => {
    const before = fs.readFileSync(file);
    const out = path.join(dir, `out-${path.basename(file)}`);
    const r = await cli("hitung", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("PAGU_TIDAK_SESUAI");
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const wb = await load(out);
    const cell = (t: string, a: string) => {
      const [sheet, addr] = layout.at(t, a).split("!");
      return wb.getWorksheet(sheet)!.getCell(addr);
    };
    const expectCell = (t: string, a: string, value: number, fmt: string) => {
      expect(cell(t, a).value).toBe(value);
      expect(cell(t, a).numFmt).toBe(fmt);
    };
    expectCell("3.2", "D5", 102815000, "#,##0");
    expectCell("3.2", "E5", 6555000, "#,##0");
    expectCell("3.2", "F5", 0.0638, "0.00%");
    // Efisiensi (selisih) in poin: 67% − 6,38% (from the typo'd pagu in this copy) = 60,62 poin.
    expectCell("3.2", "J5", 60.62, '0.00" poin"');
    expectCell("3.2", "D6", 22900000, "#,##0");
    expectCell("3.2", "E6", 0, "#,##0");
    expectCell("3.2", "F6", 0, "0.00%");
    expect(cell("3.2", "J6").value).toBeNull();
    // Input cells as typed.
    expect(cell("2.2", "D5").value).toBe("22.90.000");
    expect(cell("3.2", "D9").value).toEqual(layout.opts.numbers === "number" ? 5955000 : "5.955.000");
  });
});

describe("hitung keeps everything it does not own", () => {
  test("other sheets, values, formats, widths and merges survive; running it twice equals once", async () => {
    const file = await write("keep.xlsx", { layout: "sheets" }, (wb) => {
      const extra = wb.addWorksheet("Catatan");
      extra.getCell("A1").value = "Catatan rapat";
      extra.getCell("B2").value = { formula: "1+1", result: 2 };
      extra.getCell("C3").value = 0.5;
      extra.getCell("C3").numFmt = "0.0%";
      extra.getColumn(1).width = 33;
      extra.mergeCells("A5:C6");
    });
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await cli("hitung", file, "-o", once);
    await cli("hitung", once, "-o", twice);
    const [a, b, c] = await Promise.all([load(file), load(once), load(twice)]);
    const snapshot = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((ws) => {
        const cells: string[] = [];
        ws.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cl) => cells.push(`${cl.address}=${JSON.stringify(cl.value)}|${cl.numFmt ?? ""}`)),
        );
        return { name: ws.name, cells, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(), widths: ws.columns.map((col) => col.width ?? null) };
      });
    const [sa, sb, sc] = [snapshot(a), snapshot(b), snapshot(c)];
    expect(sc).toEqual(sb);
    expect(sb.map((s) => s.name)).toEqual(sa.map((s) => s.name));
    for (let i = 0; i < sa.length; i++) {
      expect(sb[i].merges).toEqual(sa[i].merges);
      expect(sb[i].widths).toEqual(sa[i].widths);
      const derivedHere = new Set(sb[i].cells.filter((x) => !sa[i].cells.includes(x)).map((x) => x.split("=")[0]));
      const lost = sa[i].cells.filter((x) => !sb[i].cells.includes(x) && !derivedHere.has(x.split("=")[0]));
      expect(lost).toEqual([]);
    }
    const catatan = sb.find((s) => s.name === "Catatan")!;
    expect(catatan.cells).toEqual(sa.find((s) => s.name === "Catatan")!.cells);
  });
});

describe("exit codes and messages", () => {
  test("0 when there is no error finding", async () => {
    const file = await write("clean.xlsx", { typos: false });
    const r = await cli("periksa", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 galat");
  });

  test.each([
    ["a missing file", ["periksa", "/nonexistent/laporan.xlsx"], /tidak ditemukan/],
    ["a folder", ["periksa", os.tmpdir()], /folder/],
    ["hitung without -o", ["hitung", "x.xlsx"], /-o/],
    ["an unknown command", ["hapus", "x.xlsx"], /tidak dikenal/],
  ])("2 for %s, with one clear message", async (_what, argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("2 for a file that is not a workbook", async () => {
    const file = path.join(dir, "bukan.xlsx");
    fs.writeFileSync(file, "ini bukan excel");
    const r = await cli("periksa", file);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  test("an old .xls file is told how to become an .xlsx", async () => {
    const file = path.join(dir, "laporan-lama.xls");
    fs.writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await cli("periksa", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/disimpan ulang sebagai \.xlsx/);
  });

  test("hitung refuses to write over its input", async () => {
    const file = await write("same.xlsx", {});
    const before = fs.readFileSync(file);
    const r = await cli("hitung", file, "-o", file);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("the real process: npm run -s lkjip and npx lkjip print one JSON object and exit 1; bad file exits 2 without a stack trace", async () => {
    const file = await write("proc.xlsx", {});
    const root = path.join(__dirname, "..");
    for (const [cmd, ...pre] of [["npm", "run", "-s", "lkjip", "--"], ["npx", "--offline", "lkjip"]]) {
      const ok = spawnSync(cmd, [...pre, "periksa", file, "--json"], { cwd: root, encoding: "utf8" });
      expect(ok.status).toBe(1);
      expect(JSON.parse(ok.stdout).findings.length).toBeGreaterThan(0);
    }
    const bad = spawnSync("npx", ["--offline", "lkjip", "periksa", path.join(dir, "tidak-ada.xlsx")], { cwd: root, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim()).toMatch(/^Berkas tidak ditemukan: /);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  }, 60000);

  test("npm's own messages are not silenced for the project, so npm start/stop failures are seen", () => {
    const root = path.join(__dirname, "..");
    const npmrc = path.join(root, ".npmrc");
    if (fs.existsSync(npmrc)) expect(fs.readFileSync(npmrc, "utf8")).not.toMatch(/^\s*loglevel\s*=\s*silent/m);
    const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    for (const s of ["start", "stop", "start:web"]) expect(scripts[s]).toMatch(/office-debugging\.sh/);
    expect(fs.readFileSync(path.join(root, "scripts", "office-debugging.sh"), "utf8")).toMatch(/--foreground-scripts[\s\S]*gagal/);
  });
});
