// `npm run bench` (or `npm run bench -- --rekap` alone): `lkjip rekap` as a user runs it (bin/lkjip.js, a whole
// process) on folders of 30 and 300 workbooks of the sample's size and of 30 workbooks of 1.000 sub kegiatan rows:
// wall-clock time with the workers off (`--pekerja 0`), as chosen by default (started once the work left pays for
// them) and with one worker from the start (`--pekerja 1`: two threads on a 2-core machine), each the median of three
// runs taken in turn, with the process's CPU time (every thread's). Goal: 30 of the sample's size in under 3 s.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbook } from "../test/fixtures/seed";
import { benchReport } from "./bench-report";
import { writeRekapFolder } from "../test/helpers/rekap-folder";

const ROOT = path.join(__dirname, "..");
const PRELOAD = `process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeSync(2, "\\nBENCH_CPU " + (u.user + u.system) / 1000 + "\\n"); });`;
const MODES: [string, string[]][] = [
  ["tanpa pekerja", ["--pekerja", "0"]],
  ["bawaan", []],
  ["1 pekerja sejak awal", ["--pekerja", "1"]],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One `lkjip rekap` process: wall-clock and CPU milliseconds. */
function rekapProcess(folder: string, out: string, preload: string, extra: string[]): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", preload, path.join(ROOT, "bin", "lkjip.js"), "rekap", folder, "-o", out, "--timpa", ...extra], { encoding: "utf8", cwd: ROOT });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /BENCH_CPU ([\d.]+)/.exec(r.stderr);
  if (!m || r.status === null || r.status > 2 || !fs.existsSync(out)) throw new Error(`rekap gagal: ${r.stderr.slice(-300)}`);
  return { wall, cpu: Number(m[1]) };
}

async function folders(dir: string): Promise<{ label: string; folder: string; files: number }[]> {
  const f30 = path.join(dir, "30");
  const f300 = path.join(dir, "300");
  const big = path.join(dir, "30-besar");
  await writeRekapFolder(f30, 30, 1, false);
  await writeRekapFolder(f300, 30, 10, false);
  fs.mkdirSync(big);
  const bytes = Buffer.from(await buildWorkbook(benchReport(1000, "Kepala Seksi Uji Kecepatan Kec. Besar"), { numbers: "text" }).xlsx.writeBuffer());
  for (let i = 1; i <= 30; i++) fs.writeFileSync(path.join(big, `kec-${String(i).padStart(2, "0")}.xlsx`), bytes);
  return [
    { label: "30 buku kerja seukuran contoh", folder: f30, files: 30 },
    { label: "300 buku kerja seukuran contoh", folder: f300, files: 300 },
    { label: `30 buku kerja 1.000 baris (${(bytes.length / 1024).toFixed(0)} KB)`, folder: big, files: 30 },
  ];
}

export async function benchRekap(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-rekap-"));
  const preload = path.join(dir, "cpu-at-exit.js");
  fs.writeFileSync(preload, PRELOAD);
  try {
    const sets = await folders(dir);
    const load = os.loadavg()[0];
    const rows: string[] = [];
    for (const s of sets) {
      const out = path.join(dir, "rekap.xlsx");
      rekapProcess(s.folder, out, preload, ["--pekerja", "0"]); // warm-up (tsx's cache)
      const runs = MODES.map(() => [] as { wall: number; cpu: number }[]);
      for (let i = 0; i < 3; i++) MODES.forEach(([, extra], k) => runs[k].push(rekapProcess(s.folder, out, preload, extra)));
      const walls = runs.map((r) => median(r.map((x) => x.wall)));
      const cpus = runs.map((r) => median(r.map((x) => x.cpu)));
      const cell = (k: number) => `${walls[k].toFixed(0)} ms (CPU ${cpus[k].toFixed(0)} ms)`;
      rows.push(`| ${s.label} | ${cell(0)} | ${cell(1)} | ${cell(2)} | ${(walls[0] / walls[1]).toFixed(2)}× | ${(walls[0] / walls[2]).toFixed(2)}× |`);
    }
    console.log(`\nRekap: proses \`lkjip rekap\` utuh, waktu jam dinding (median 3 kali bergiliran), ${os.cpus().length} inti, beban rata-rata ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}\n`);
    console.log("| folder | tanpa pekerja | bawaan | 1 pekerja sejak awal | percepatan bawaan | percepatan 1 pekerja |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows) console.log(r);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
