// The command line as `npm ci` leaves it: bin/lkjip.js runs the compiled build (build/cli/, scripts/cli-build.js),
// builds it again before running when a source changed, answers as the source does, and each command loads only
// the packages it needs (what makes it start at once; the times themselves are measured by `npm run bench`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { cli } from "./helpers/cli";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "lkjip-triwulan-1-2024.xlsx");
// Every test starts Node processes, one builds and rasterises a whole report: seconds on a shared machine.
jest.setTimeout(60_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-cli-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Prints, at exit, the packages this process loaded from node_modules (preloaded into the command line). */
const PACKAGES_AT_EXIT = `process.on("exit", () => {
  const names = new Set(Object.keys(require.cache).map((f) => /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean));
  require("fs").writeSync(2, "\\nPACKAGES " + JSON.stringify([...names].sort()) + "\\n");
});`;

interface Call {
  code: number | null;
  out: string;
  err: string;
  packages: string[];
}

/** `node bin/lkjip.js …` in the project at `root`, as a user calls it. */
function lkjip(root: string, ...argv: string[]): Call {
  const preload = path.join(dir, "packages-at-exit.js");
  fs.writeFileSync(preload, PACKAGES_AT_EXIT);
  const r = spawnSync(process.execPath, ["-r", preload, path.join(root, "bin", "lkjip.js"), ...argv], { cwd: dir, encoding: "utf8" });
  const m = /\nPACKAGES (.*)\n$/.exec(r.stderr);
  return { code: r.status, out: r.stdout, err: m ? r.stderr.slice(0, m.index) : r.stderr, packages: m ? JSON.parse(m[1]) : [] };
}

describe("a copy of the project without a build (as a clone before its first call)", () => {
  const copy = path.join(dir, "proyek");
  const built = path.join(copy, "build", "cli", "main.js");
  const usage = path.join(copy, "src", "cli", "usage.ts");
  const editUsage = (from: string, to: string) => fs.writeFileSync(usage, fs.readFileSync(usage, "utf8").replace(from, to));

  beforeAll(() => {
    for (const part of ["bin", "src", "scripts/cli-build.js", "package.json", "tsconfig.json"])
      fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  });

  test("the first call builds the command line and answers from the build", () => {
    const r = lkjip(copy, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Pemakaian \(dari folder proyek\):/);
    expect(r.err).toBe("");
    expect(fs.readFileSync(built, "utf8")).toContain("Pemakaian (dari folder proyek):");
  });

  test("a later call runs the build as it is, without building again", () => {
    const before = fs.statSync(built).mtimeMs;
    const r = lkjip(copy, "periksa", SAMPLE, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.length).toBeGreaterThan(0);
    expect(fs.statSync(built).mtimeMs).toBe(before);
    expect(r.packages).not.toContain("esbuild");
  });

  test("after a source is edited, the next call runs the edit (built again first), never the old build", () => {
    editUsage("Pemakaian (dari folder proyek):", "Pemakaian (sumber diubah):");
    const r = lkjip(copy, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Pemakaian \(sumber diubah\):/);
    expect(fs.readFileSync(built, "utf8")).toContain("Pemakaian (sumber diubah):");
  });

  test("where build/ cannot be written, the edited source still runs (compiled in memory)", () => {
    fs.rmSync(path.join(copy, "build"), { recursive: true, force: true });
    fs.writeFileSync(path.join(copy, "build"), "bukan folder");
    editUsage("Pemakaian (sumber diubah):", "Pemakaian (diubah lagi):");
    const r = lkjip(copy, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Pemakaian \(diubah lagi\):/);
    expect(fs.readFileSync(path.join(copy, "build"), "utf8")).toBe("bukan folder");
  });
});

describe("the project's own command line (the build npm ci made, or built again if a source is newer)", () => {
  beforeAll(() => {
    // Brings the build up to date first, so the calls below measure only what each command loads.
    expect(lkjip(ROOT, "--help").code).toBe(0);
  });

  test("--help loads no package at all", () => {
    const r = lkjip(ROOT, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Pemakaian/);
    expect(r.packages).toEqual([]);
  });

  test("periksa, narasi and hitung load only decimal.js and fflate, and answer as the source does", async () => {
    const out = path.join(dir, "hasil.xlsx");
    const same = path.join(dir, "hasil-sumber.xlsx");
    for (const argv of [["periksa", SAMPLE, "--json"], ["periksa", SAMPLE], ["narasi", SAMPLE, "--ringkas"], ["hitung", SAMPLE, "-o", out, "--json"]]) {
      const compiled = lkjip(ROOT, ...argv);
      const source = await cli(...argv.map((a) => (a === out ? same : a)));
      expect(compiled.packages).toEqual(["decimal.js", "fflate"]);
      expect({ code: compiled.code, out: compiled.out, err: compiled.err.split(out).join(same) }).toEqual(source);
    }
    expect(fs.readFileSync(out).equals(fs.readFileSync(same))).toBe(true);
  });

  test("templat loads ExcelJS and not the report stack", () => {
    const r = lkjip(ROOT, "templat", "-o", path.join(dir, "baru.xlsx"));
    expect(r.code).toBe(0);
    expect(r.packages).toContain("exceljs");
    for (const p of ["docx", "echarts", "@resvg/resvg-js"]) expect(r.packages).not.toContain(p);
  });

  test("laporan loads the report stack (docx, ECharts, resvg), not ExcelJS, and writes the document the source writes", async () => {
    const out = path.join(dir, "laporan.docx");
    const same = path.join(dir, "laporan-sumber.docx");
    const r = lkjip(ROOT, "laporan", SAMPLE, "-o", out);
    const source = await cli("laporan", SAMPLE, "-o", same);
    expect(r.code).toBe(source.code);
    expect(r.err.split(out).join(same)).toBe(source.err);
    for (const p of ["docx", "echarts", "@resvg/resvg-js"]) expect(r.packages).toContain(p);
    expect(r.packages).not.toContain("exceljs");
    const [compiled, fromSource] = await Promise.all([out, same].map((f) => JSZip.loadAsync(fs.readFileSync(f))));
    const document = await compiled.file("word/document.xml")!.async("string");
    expect(document).toContain("BAB III");
    expect(document).toBe(await fromSource.file("word/document.xml")!.async("string"));
  });
});
