// `npm run bench`: on generated workbooks of 1,000 and 10,000 sub kegiatan rows (and the sample): the package
// reader's load time against ExcelJS's, the engine (read + check + compute), the narrative, the whole
// `lkjip hitung` process, and the command line's start as a user meets it (bench-process.ts; `--proses`: only
// that). `npm run bench -- --vorher DIR` also runs `hitung` and the whole processes from another checkout (DIR with
// its own node_modules, e.g. the code on main) on the same files, alternating, for a before/after figure.
// Targets: engine ≤ 10% of load at 10,000 sub kegiatan rows; 10,000 rows ≤ 12× the 1,000-row time.
// Then the recap over many workbooks (bench-rekap.ts; `--rekap`: only that).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { Decimal, GridWorkbook, analyze, narasi } from "../src/core";
import { readXlsx } from "../src/xlsx";
import { buildWorkbook } from "../test/fixtures/seed";
import { benchReport as report } from "./bench-report";
import { measureProcesses, nodeFloor, printProcesses } from "./bench-process";
import { benchRekap } from "./bench-rekap";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "lkjip-triwulan-1-2024.xlsx");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * CPU time of this process (user + system), not wall-clock time: on a machine shared with other work the wall
 * clock mostly measures waiting for a core, and the figures would change from run to run with the load.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = cpuMs();
  const v = fn();
  return [cpuMs() - t0, v];
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = cpuMs();
  await fn();
  return cpuMs() - t0;
}

interface Row {
  label: string;
  size: number;
  exceljs: number;
  reader: number;
  engine: number;
  narasi: number;
  findings: number;
  hitung: number;
  before: number | null;
}

/** Prints the whole process's CPU time when it exits: preloaded into `node bin/lkjip.js hitung …`. */
const PRELOAD = `process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeSync(2, "\\nBENCH_CPU " + (u.user + u.system) / 1000 + "\\n"); });`;

/** CPU time of one `lkjip hitung` process of the checkout at `root`, as a user runs it (bin/lkjip.js). */
function hitungProcess(root: string, file: string, dir: string, preload: string): number {
  const out = path.join(dir, `out-${process.hrtime.bigint()}.xlsx`);
  const r = spawnSync(process.execPath, ["-r", preload, path.join(root, "bin", "lkjip.js"), "hitung", file, "-o", out], { encoding: "utf8", cwd: root });
  fs.rmSync(out, { force: true });
  const m = /BENCH_CPU ([\d.]+)/.exec(r.stderr);
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`hitung (${root}) gagal: ${r.stderr.slice(-300)}`);
  return Number(m[1]);
}

/** Median CPU time of `hitung` here and, when given, in the other checkout: alternating, after one warm-up each. */
function hitungTimes(file: string, dir: string, before: string | null): [number, number | null] {
  const preload = path.join(dir, "cpu-at-exit.js");
  fs.writeFileSync(preload, PRELOAD);
  const roots = before ? [ROOT, before] : [ROOT];
  roots.forEach((r) => hitungProcess(r, file, dir, preload));
  const times = roots.map(() => [] as number[]);
  for (let i = 0; i < 3; i++) roots.forEach((r, k) => times[k].push(hitungProcess(r, file, dir, preload)));
  return [median(times[0]), before ? median(times[1]) : null];
}

async function measure(label: string, file: string, dir: string, before: string | null): Promise<Row> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const exceljs: number[] = [];
  for (let i = 0; i < 3; i++) exceljs.push(await timeAsync(() => new ExcelJS.Workbook().xlsx.load(bytes.buffer as ArrayBuffer)));
  const reads: number[] = [];
  let grid: GridWorkbook = readXlsx(bytes).grid;
  for (let i = 0; i < 5; i++) reads.push(time(() => (grid = readXlsx(bytes).grid))[0]);
  const engines: number[] = [];
  let a = analyze(grid);
  for (let i = 0; i < 5; i++) engines.push(time(() => (a = analyze(grid)))[0]);
  const [tn] = time(() => narasi(a));
  const [hitung, old] = hitungTimes(file, dir, before);
  return {
    label,
    size: bytes.length,
    exceljs: median(exceljs),
    reader: median(reads),
    engine: median(engines),
    narasi: tn,
    findings: a.findings.filter((f) => f.severity !== "info").length,
    hitung,
    before: old,
  };
}

/** The floor under any exact engine: decimal.js alone parsing three amounts per row, one sum, one ratio. */
function decimalFloor(): number {
  const amounts = Array.from({ length: 10000 }, (_, i) => `${1000 + (i % 900)}.${String(i % 1000).padStart(3, "0")}.000`);
  const floors: number[] = [];
  for (let k = 0; k < 5; k++) {
    floors.push(
      time(() => {
        let total = new Decimal(0);
        for (const m of amounts) {
          const x = new Decimal(m.replace(/\./g, ""));
          const y = new Decimal(m.replace(/\./g, ""));
          total = total.plus(new Decimal(m.replace(/\./g, "")));
          y.div(x).toDecimalPlaces(4);
        }
        return total;
      })[0],
    );
  }
  return median(floors);
}

function print(rows: Row[], floor: number): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const pct = (x: number) => `${(100 * x).toFixed(1).replace(".", ",")}%`;
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, beban rata-rata ${os.loadavg()[0].toFixed(1)}; waktu CPU proses, median 3 kali muat ExcelJS, 5 kali pembaca dan mesin, 3 kali proses hitung\n`);
  console.log("| buku kerja | berkas | ExcelJS memuat | pembaca paket | mesin: baca + periksa + hitung | mesin / muat ExcelJS | narasi | proses `hitung` | proses `hitung` sebelumnya |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(`| ${r.label} | ${(r.size / 1024).toFixed(0)} KB | ${ms(r.exceljs)} | ${ms(r.reader)} | ${ms(r.engine)} | ${pct(r.engine / r.exceljs)} | ${ms(r.narasi)} | ${ms(r.hitung)} | ${r.before === null ? "–" : ms(r.before)} |`);
  const [small, big] = rows;
  const growth = big.engine / small.engine;
  // The target was set against ExcelJS's load time (what reading a file cost before the package reader).
  const share = big.engine / big.exceljs;
  console.log(`\npertumbuhan mesin 1.000 → 10.000 baris: ${growth.toFixed(1)}× (sasaran ≤ 12×) ${growth <= 12 ? "TERPENUHI" : "MELEBIHI"}`);
  console.log(`pembaca paket / ExcelJS memuat: ${rows.map((r) => `${r.label} ${pct(r.reader / r.exceljs)}`).join(", ")}`);
  console.log(`decimal.js saja (3 angka dibaca, 1 penjumlahan, 1 rasio per baris) pada 10.000 baris: ${ms(floor)} (${pct(floor / big.exceljs)} dari waktu muat ExcelJS)`);
  console.log(`bagian mesin dari waktu muat ExcelJS pada 10.000 baris: ${pct(share)} (sasaran ≤ 10%) ${share <= 0.1 ? "TERPENUHI" : "MELEBIHI"}`);
  if (small.findings || big.findings) console.log(`peringatan: buku kerja buatan memberi ${small.findings}/${big.findings} temuan (seharusnya nol)`);
}

async function main(): Promise<void> {
  if (process.argv.includes("--rekap")) return benchRekap();
  const i = process.argv.indexOf("--vorher");
  const before = i > 0 ? path.resolve(process.argv[i + 1]) : null;
  // `--proses`: only the whole-process timings of the command line (bench-process.ts).
  const processesOnly = process.argv.includes("--proses");
  if (before && !fs.existsSync(path.join(before, "bin", "lkjip.js"))) throw new Error(`--vorher ${before}: bin/lkjip.js tidak ada`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-"));
  const rows: Row[] = [];
  try {
    const files: string[] = [];
    for (const n of [1000, 10000]) {
      const file = path.join(dir, `bench-${n}.xlsx`);
      await buildWorkbook(report(n), { layout: "sheets", numbers: "text", merges: true }).xlsx.writeFile(file);
      files.push(file);
      if (!processesOnly) rows.push(await measure(`${n.toLocaleString("id-ID")} baris`, file, dir, before));
    }
    if (!processesOnly) {
      rows.push(await measure("contoh bawaan", SAMPLE, dir, before));
      print(rows, decimalFloor());
    }
    const load = os.loadavg()[0];
    const floor = nodeFloor();
    printProcesses(measureProcesses(ROOT, before, SAMPLE, files[1], dir), floor, load);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!processesOnly) await benchRekap();
}

main().catch((e) => {
  console.error(`bench gagal: ${(e as Error).message}`);
  process.exitCode = 1;
});
