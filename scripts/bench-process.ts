// `npm run bench`, whole processes: the command line as a user starts it, `node bin/lkjip.js …` and `npx lkjip …`,
// for `--help`, `periksa` on the sample and `periksa` on the 10,000-row workbook. Each call is timed from outside
// (wall clock around the child process) and from inside (a preloaded hook reports each Node process's CPU time and
// peak memory at exit: npx is itself a Node process that starts another). Median of 10 calls, taken in turns.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const RUNS = 10;

/** Every Node process of a call reports its peak memory (KB) and CPU time (ms) on stderr as it exits. */
const PRELOAD = `process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeSync(2, "\\nBENCH_PROC " + process.resourceUsage().maxRSS + " " + (u.user + u.system) / 1000 + "\\n"); });`;

export interface Figures {
  /** Wall-clock time of the whole call, ms. */
  wall: number;
  /** CPU time of all its Node processes together, ms. */
  cpu: number;
  /** Peak memory of its largest Node process, MB. */
  rss: number;
}

export interface ProcessRow {
  command: string;
  way: string;
  now: Figures;
  before: Figures | null;
}

interface Call {
  command: string;
  way: string;
  /** The checkout whose command line runs (this one, or --vorher DIR). */
  root: string;
  file: string;
  args: string[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function once(call: Call, preload: string): Figures {
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require=${preload}`.trim() };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(call.file, call.args, { cwd: call.root, encoding: "utf8", env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const procs = [...r.stderr.matchAll(/BENCH_PROC (\d+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (r.status === null || r.status > 1 || procs.length === 0)
    throw new Error(`${call.way} ${call.command} (${call.root}) gagal: ${r.stderr.slice(-300)}`);
  return { wall, cpu: procs.reduce((s, [, cpu]) => s + cpu, 0), rss: Math.max(...procs.map(([kb]) => kb)) / 1024 };
}

/** The calls to time in one checkout: each command, each way of calling. */
function calls(root: string, sample: string, big: string): Call[] {
  const commands: [string, string[]][] = [
    ["--help", ["--help"]],
    ["periksa contoh bawaan", ["periksa", sample]],
    ["periksa 10.000 baris", ["periksa", big]],
  ];
  return commands.flatMap(([command, argv]) => [
    { command, way: "node bin/lkjip.js", root, file: process.execPath, args: [path.join(root, "bin", "lkjip.js"), ...argv] },
    { command, way: "npx lkjip", root, file: "npx", args: ["--offline", "lkjip", ...argv] },
  ]);
}

/** Median figures of every call, here and (with `before`) in the other checkout, the calls taken in turns. */
export function measureProcesses(root: string, before: string | null, sample: string, big: string, dir: string): ProcessRow[] {
  const preload = path.join(dir, "bench-proc.js");
  fs.writeFileSync(preload, PRELOAD);
  const all = [...calls(root, sample, big), ...(before ? calls(before, sample, big) : [])];
  // One call each first: the build brought up to date (bin builds a stale one), files in the page cache.
  all.forEach((c) => once(c, preload));
  const samples = all.map(() => [] as Figures[]);
  for (let i = 0; i < RUNS; i++) all.forEach((c, k) => samples[k].push(once(c, preload)));
  const medians = samples.map((s) => ({ wall: median(s.map((f) => f.wall)), cpu: median(s.map((f) => f.cpu)), rss: median(s.map((f) => f.rss)) }));
  const here = calls(root, sample, big).length;
  return medians.slice(0, here).map((now, k) => ({ command: all[k].command, way: all[k].way, now, before: before ? medians[here + k] : null }));
}

/** `node -e 0`: the floor under any Node command line on this machine at this load. */
export function nodeFloor(): number {
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"]);
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(walls);
}

export function printProcesses(rows: ProcessRow[], floor: number, loadBefore: number): void {
  const ms = (x: number) => `${Math.round(x).toLocaleString("id-ID")} ms`;
  const mb = (x: number) => `${Math.round(x)} MB`;
  const was = (f: Figures | null) => (f ? ` | ${ms(f.wall)} | ${ms(f.cpu)} | ${mb(f.rss)}` : "");
  const withBefore = rows.some((r) => r.before);
  console.log(`\nProses utuh (median ${RUNS} kali, bergiliran; beban rata-rata ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}; \`node -e 0\` ${ms(floor)}):\n`);
  console.log(`| perintah | cara memanggil | jam dinding | CPU | memori puncak${withBefore ? " | sebelumnya: jam dinding | CPU | memori puncak" : ""} |`);
  console.log(`| --- | --- | ---: | ---: | ---:${withBefore ? " | ---: | ---: | ---:" : ""} |`);
  for (const r of rows) console.log(`| \`${r.command}\` | \`${r.way}\` | ${ms(r.now.wall)} | ${ms(r.now.cpu)} | ${mb(r.now.rss)}${was(r.before)} |`);
}
