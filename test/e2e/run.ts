// End-to-end: the BUILT task pane in headless Chromium (Debian's /usr/bin/chromium, no browser download).
// office.js is requested from Microsoft's CDN as in production and answered from the @microsoft/office-js package;
// the fake Excel host (test/fake-excel) is installed after it, holding the seed workbook. Nothing leaves 127.0.0.1.
// Checks are modules: every test/e2e/*.check.ts (default export: { name, run }), run in name order; add a file to add checks.
// Usage: npm run test:e2e  (builds first; `-- --no-build` reuses dist/; `-- only=a11y` runs the checks whose file name matches).
// Last line: "N passed, N failed".
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync } from "fs";
import { join } from "path";
import { chromium } from "playwright-core";
import { DIST, E2ECheck, SHOTS, serve } from "./lib";
import { createTally } from "../helpers/tally";

const ROOT = join(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const started = Date.now();

const tally = createTally();
const check = tally.check;

function build(): void {
  if (process.argv.includes("--no-build") && existsSync(join(DIST, "taskpane.html"))) return;
  console.log("building the add-in (webpack --mode production)…");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("webpack build failed");
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  build();
  const only = process.argv.find((a) => a.startsWith("only="))?.slice(5);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".check.ts") && (!only || f.includes(only)))
    .sort();
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  try {
    for (const f of files) {
      const mod = (await import(join(__dirname, f))) as { default: E2ECheck | { default: E2ECheck } };
      const c = "run" in mod.default ? mod.default : mod.default.default;
      console.log(`# ${c.name} (${f})`);
      try {
        await c.run({ browser, base: server.url, check });
      } catch (e) {
        check(`${c.name}: ran to the end`, false, (e as Error)?.stack ?? String(e));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((e) => {
    check("e2e run", false, `aborted: ${(e as Error)?.stack ?? e}`);
  })
  .finally(() => {
    console.log(`screenshots: ${SHOTS} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(tally.summary());
    process.exit(tally.failed ? 1 : 0);
  });
