// A worker thread of `lkjip rekap`: reads and checks the workbooks the main thread hands it, one at a time, and
// sends each row back. It says when it is ready, so a job goes only to a worker that can take it.
import { parentPort } from "node:worker_threads";
import type { Settings } from "../core";
import { RekapJob, rowOfFile } from "./rekap-files";

const port = parentPort;
if (port) {
  port.on(
    "message",
    (m: { i: number; job: RekapJob; settings: Partial<Settings> }) => {
      void rowOfFile(m.job, m.settings).then((row) =>
        port.postMessage({ i: m.i, row }),
      );
    },
  );
  port.postMessage({ ready: true });
}
