// Runs the recap's jobs in parallel: worker threads (one fewer than the machine's cores) and the main thread all take
// the next job from one queue. A worker costs a few hundred milliseconds before it helps (it loads the engine, and V8
// optimises it again in that thread), and a workbook of the sample's size takes a few milliseconds: so by default the
// main thread starts alone, and workers are started as soon as the work left, at the pace measured so far, is long
// enough to pay for them (`--pekerja N` starts N at once). A worker that fails to start or dies leaves its job to the
// others.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Settings } from "../core";
import { RekapRow } from "../rekap";
import { RekapJob, rowOfFile } from "./rekap-files";

/** Worker threads to start by default: the machine's cores less the main thread's. */
export const defaultWorkers = (): number =>
  Math.max(0, (os.availableParallelism?.() ?? os.cpus().length) - 1);

/** The worker's script: compiled JavaScript beside this file, or TypeScript run through tsx (as bin/lkjip.js does). */
function startWorker(): Worker {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `rekap-worker${ext}`);
  const code =
    ext === ".ts"
      ? `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); require(${JSON.stringify(file)});`
      : `require(${JSON.stringify(file)});`;
  return new Worker(code, { eval: true });
}

class Queue {
  private next = 0;
  private readonly again: number[] = [];
  readonly rows: RekapRow[];
  done = 0;

  constructor(
    readonly jobs: RekapJob[],
    private readonly onRow: (done: number, row: RekapRow) => void,
    /** The command line's --efisiensi and --negatif, for every workbook. */
    readonly settings: Partial<Settings>,
  ) {
    this.rows = new Array(jobs.length);
  }

  take(): number {
    if (this.again.length) return this.again.pop()!;
    return this.next < this.jobs.length ? this.next++ : -1;
  }

  /** A job given back by a worker that stopped before finishing it. */
  giveBack(i: number): void {
    if (!this.rows[i]) this.again.push(i);
  }

  finish(i: number, row: RekapRow): void {
    if (this.rows[i]) return;
    this.rows[i] = row;
    this.done++;
    this.onRow(this.done, row);
  }
}

/** A worker taking jobs until the queue is empty; resolves when it has stopped. */
function workerLoop(q: Queue): Promise<void> {
  return new Promise((resolve) => {
    let current = -1;
    let w: Worker;
    try {
      w = startWorker();
    } catch {
      return resolve();
    }
    const stop = () => {
      if (current >= 0) q.giveBack(current);
      current = -1;
      void w.terminate().finally(resolve);
    };
    const send = () => {
      current = q.take();
      if (current < 0) stop();
      else
        w.postMessage({
          i: current,
          job: q.jobs[current],
          settings: q.settings,
        });
    };
    w.on("message", (m: { ready?: boolean; i?: number; row?: RekapRow }) => {
      if (!m.ready && m.i !== undefined && m.row) q.finish(m.i, m.row);
      send();
    });
    w.on("error", stop);
    w.on("exit", () => {
      if (current >= 0) stop();
    });
  });
}

/**
 * What a worker costs before it helps, measured on a 2-core machine: starting it (tsx, the engine loaded) and its first
 * workbooks, run before V8 has optimised the engine in that thread. Work left shorter than twice this is not shared.
 */
const WORKER_COST_MS = 600;

/** How many worker threads: a fixed number started at once, or `auto` (up to the machine's cores less one). */
export type Workers = number | "auto";

/**
 * The main thread's share; with `auto`, it starts the workers once the work left is worth them, judged from the
 * fastest of its last three workbooks (the first ones are slow: the engine is not optimised yet).
 */
async function mainLoop(q: Queue, start: () => void): Promise<void> {
  const times: number[] = [];
  for (let i = q.take(); i >= 0; i = q.take()) {
    const t0 = Date.now();
    q.finish(i, await rowOfFile(q.jobs[i], q.settings));
    times.push(Date.now() - t0);
    const left = q.jobs.length - q.done;
    const pace = times.length >= 3 ? Math.min(...times.slice(-3)) : 0;
    if (pace * left > 2 * WORKER_COST_MS) start();
    // Let the workers' messages in between two workbooks.
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * Every job's row, in the jobs' order; `onRow` hears each as it is done (for the progress line). `main: false` leaves
 * the jobs to the workers until they have stopped (a test of the workers' path).
 */
export async function runJobs(
  jobs: RekapJob[],
  workers: Workers,
  onRow: (done: number, row: RekapRow) => void = () => undefined,
  {
    main = true,
    settings = {},
  }: { main?: boolean; settings?: Partial<Settings> } = {},
): Promise<RekapRow[]> {
  const q = new Queue(jobs, onRow, settings);
  const max = Math.min(
    workers === "auto" ? defaultWorkers() : workers,
    Math.max(0, jobs.length - 1),
  );
  const loops: Promise<void>[] = [];
  const start = () => {
    while (loops.length < max) loops.push(workerLoop(q));
  };
  if (workers !== "auto") start();
  if (main) await mainLoop(q, workers === "auto" ? start : () => undefined);
  await Promise.all(loops);
  // A job a dying worker gave back after the main thread had finished.
  await mainLoop(q, () => undefined);
  return q.rows;
}
