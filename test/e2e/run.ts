// End-to-end: the BUILT task pane in headless Chromium (Debian's /usr/bin/chromium, no browser download),
// against the fake Excel host (test/fake-excel/fake-office.ts) served in place of office.js and holding the
// seed workbook. Nothing leaves 127.0.0.1: every other request fails the run.
// Usage: npm run test:e2e  (builds first; `-- --no-build` reuses dist/). Last line: "N passed, N failed".
import { spawnSync } from "child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "fs";
import { gzipSync } from "zlib";
import { createServer } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import { chromium, Browser, Page } from "playwright-core";
import ts from "typescript";
import { analyze, narasi, withDefaults } from "../../src/core";
import { workbookToGrid } from "../../src/cli/xlsx";
import { buildSeedWorkbook } from "../fixtures/seed";
import { seedSheets, seedSheetsNamed } from "../fake-excel/seed-data";
import type { FakeCell, FakeSheetData } from "../fake-excel/fake-office";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "test-results", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const XSS = "<img src=x onerror=alert(1)>";
const started = Date.now();

let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? `\n     ${detail}` : ""}`);
}

function build(): void {
  if (process.argv.includes("--no-build") && existsSync(join(DIST, "taskpane.html"))) return;
  console.log("building the add-in (webpack --mode production)…");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("webpack build failed");
}

/** The fake host as a classic script: CommonJS output wrapped so it sets window.Office / window.Excel. */
function fakeOfficeScript(): string {
  const src = readFileSync(join(ROOT, "test/fake-excel/fake-office.ts"), "utf8");
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};\n${js}\n;var f=exports.createFakeOffice(window.__FAKE_WORKBOOK__||[],window.__FAKE_OPTIONS__||{});window.Office=f.Office;window.Excel=f.Excel;window.__fakeHost=f.host;})();`;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

function serve(fake: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    if (path === "/office-js/office.js") {
      res.writeHead(200, { "content-type": TYPES[".js"] });
      res.end(fake);
      return;
    }
    const file = normalize(join(DIST, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })),
  );
}

interface PageWatch {
  external: string[];
  errors: string[];
  dialogs: string[];
}

async function openPane(browser: Browser, base: string, sheets: FakeSheetData[], watch: PageWatch): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === "127.0.0.1" || u.protocol === "data:") return route.continue();
    watch.external.push(u.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => watch.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(
    ([data, opts]) => {
      (window as unknown as Record<string, unknown>).__FAKE_WORKBOOK__ = data;
      (window as unknown as Record<string, unknown>).__FAKE_OPTIONS__ = opts;
    },
    [sheets, { excelApiMinor: 20, language: "id-ID" }] as const,
  );
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("btn-hitung")?.textContent === "Hitung Capaian" && !(document.getElementById("btn-hitung") as HTMLButtonElement).disabled);
  return page;
}

async function clickAndWait(page: Page, selector: string): Promise<{ kind: string; text: string }> {
  await page.click(selector);
  await page.waitForFunction(() => document.body.getAttribute("aria-busy") === "false" && !document.getElementById("message")!.hidden);
  return page.evaluate(() => {
    const m = document.getElementById("message")!;
    return { kind: m.className.replace("message", "").trim(), text: m.textContent ?? "" };
  });
}

const hostCell = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __fakeHost: { cell: (s: string, a: string) => unknown } }).__fakeHost.cell(s, a) ?? null, [sheet, address]) as Promise<FakeCell | null>;

/** The user-visible workbook (hidden undo sheet left out, empty unformatted cells dropped). */
const visibleDump = (page: Page) =>
  page.evaluate(() => {
    const dump = (window as unknown as { __fakeHost: { dump: () => Record<string, Record<string, Record<string, unknown>>> } }).__fakeHost.dump();
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, cells] of Object.entries(dump)) {
      if (name === "LKjIP_Urungkan") continue;
      const kept: Record<string, unknown> = {};
      for (const [a, c] of Object.entries(cells)) {
        const n: Record<string, unknown> = {};
        if (c.value !== null && c.value !== undefined && c.value !== "") n.value = c.value;
        if (c.formula) n.formula = c.formula;
        if (c.numFmt && c.numFmt !== "General") n.numFmt = c.numFmt;
        if (c.fill) n.fill = c.fill;
        if (Object.keys(n).length) kept[a] = n;
      }
      out[name] = kept;
    }
    return JSON.stringify(out);
  });

async function seedScenario(browser: Browser, base: string): Promise<void> {
  const watch: PageWatch = { external: [], errors: [], dialogs: [] };
  const page = await openPane(browser, base, seedSheets(), watch);
  const initial = await visibleDump(page);
  // What the engine computes from the same seed read through ExcelJS: the pane must write exactly this.
  const expected = analyze(workbookToGrid(buildSeedWorkbook()), withDefaults());
  const derived = expected.derived.filter((d) => d.changed && d.value !== null);

  const m1 = await clickAndWait(page, "#btn-hitung");
  check("Hitung Capaian reports success", m1.kind === "success" && /Hitung Capaian selesai/.test(m1.text), JSON.stringify(m1));
  let wrong = 0;
  for (const d of derived) {
    const c = await hostCell(page, d.sheet, d.address);
    if (!c || typeof c.value !== "number" || Math.abs(c.value - d.value!) > 1e-9 || c.numFmt !== d.numFmt || c.fill !== "#E8F3EC") wrong++;
  }
  check(`Hitung Capaian fills the ${derived.length} derived cells (numbers, formats, light fill)`, derived.length > 0 && wrong === 0, `${wrong} wrong`);
  const f35 = await hostCell(page, "Tabel 3.2", "F5");
  check("3.2 Capaian (%) of sasaran 1 is a fraction with a percent format", !!f35 && typeof f35.value === "number" && /%/.test(f35.numFmt ?? ""), JSON.stringify(f35));

  const errors = await page.$$eval(".group.error .finding", (els) => els.map((e) => `${e.getAttribute("data-code")} ${e.getAttribute("data-cell")}`));
  check("findings list: the seed's two errors", JSON.stringify(errors) === JSON.stringify(["FORMAT_ANGKA Tabel 2.2!D5", "PAGU_TIDAK_SESUAI Tabel 3.2!D9"]), JSON.stringify(errors));
  const exp = await page.$eval('.finding[data-cell="Tabel 3.2!D9"] .expected b', (e) => e.textContent);
  check("a finding shows its expected value", exp === "5.995.000", String(exp));
  const d5 = await hostCell(page, "Tabel 2.2", "D5");
  check("finding cells are marked by severity (fill) and keep their contents", d5?.fill === "#FDE7E9" && d5?.value === "22.90.000", JSON.stringify(d5));
  const note = await page.evaluate(() => (window as unknown as { __fakeHost: { notes: Map<string, { content: string }> } }).__fakeHost.notes.get("Tabel 2.2!D5")?.content ?? "");
  check("finding cells get a note with the message", /^LKjIP: Format angka|^LKjIP: .*22\.90\.000/.test(note), note.slice(0, 80));
  await page.screenshot({ path: join(SHOTS, "1-hitung-capaian.png"), fullPage: true });

  await page.click('.finding[data-cell="Tabel 3.2!D9"]');
  await page.waitForFunction(() => (window as unknown as { __fakeHost: { selection: { address: string } | null } }).__fakeHost.selection?.address === "D9");
  const sel = await page.evaluate(() => (window as unknown as { __fakeHost: { selection: unknown } }).__fakeHost.selection);
  check("clicking a finding selects its cell in Excel", JSON.stringify(sel) === JSON.stringify({ sheet: "Tabel 3.2", address: "D9" }), JSON.stringify(sel));

  const m2 = await clickAndWait(page, "#btn-narasi");
  const paragraphs = narasi(expected, { panjang: "lengkap" })
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const shown = await page.$$eval("#narasi p", (els) => els.map((e) => e.textContent));
  check("Buat Narasi shows the narrative in the pane", m2.kind === "success" && JSON.stringify(shown) === JSON.stringify(paragraphs), `${JSON.stringify(m2)} ${JSON.stringify(shown).slice(0, 200)}`);
  const rows = await Promise.all(paragraphs.map((_, i) => hostCell(page, "Narasi", `A${i + 1}`)));
  check("Buat Narasi writes one paragraph per row of the sheet Narasi, as text", rows.every((c, i) => c?.value === paragraphs[i] && c?.numFmt === "@" && !c?.formula));
  const copy = await clickAndWait(page, "#btn-salin");
  const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ""));
  check("Salin copies the narrative", copy.kind === "success" && clip === paragraphs.join("\n\n"), `${JSON.stringify(copy)} clipboard=${clip.slice(0, 60)}`);
  await page.screenshot({ path: join(SHOTS, "2-buat-narasi.png"), fullPage: true });

  const m3 = await clickAndWait(page, '.finding[data-cell="Tabel 2.2!D5"] .apply');
  const d5b = await hostCell(page, "Tabel 2.2", "D5");
  check("Terapkan writes the expected value into the input cell", m3.kind === "success" && d5b?.value === 22900000, JSON.stringify(d5b));
  const errs2 = await page.$$eval(".group.error .finding", (els) => els.map((e) => e.getAttribute("data-cell")));
  check("after Terapkan the finding is gone", !errs2.includes("Tabel 2.2!D5"), JSON.stringify(errs2));

  const completed = await page.evaluate(() => (window as unknown as { __fakeHost: { invoke: (a: string) => Promise<number> } }).__fakeHost.invoke("hitungCapaian"));
  check("ribbon Hitung Capaian completes its event and shows the result", completed === 1 && (await page.textContent("#message"))!.includes("Hitung Capaian selesai"));

  await page.click("#settings summary");
  await page.selectOption("#efisiensi", "rasio");
  await clickAndWait(page, "#btn-simpan");
  const saved = await page.evaluate(() => (window as unknown as { __fakeHost: { settings: Map<string, unknown> } }).__fakeHost.settings.get("lkjip.settings"));
  check("settings are saved in the workbook's document settings", typeof saved === "string" && JSON.parse(saved).efisiensi === "rasio", String(saved));

  for (let i = 0; i < 4; i++) await clickAndWait(page, "#btn-urungkan");
  const end = await visibleDump(page);
  check("Urungkan ×4 (ribbon Hitung, Terapkan, Narasi, Hitung) restores the workbook exactly", end === initial);
  const disabled = await page.$eval("#btn-urungkan", (b) => (b as HTMLButtonElement).disabled);
  check("Urungkan is disabled when nothing is left to undo", disabled);

  check("no request left 127.0.0.1", watch.external.length === 0, watch.external.join(", "));
  check("no script errors in the page", watch.errors.length === 0, watch.errors.join(" | "));
  await page.context().close();
}

async function xssScenario(browser: Browser, base: string): Promise<void> {
  const watch: PageWatch = { external: [], errors: [], dialogs: [] };
  const page = await openPane(browser, base, seedSheetsNamed(XSS), watch);
  await clickAndWait(page, "#btn-periksa");
  await page.click("#settings summary");
  await clickAndWait(page, "#btn-narasi");
  await page.waitForTimeout(200);
  const imgs = await page.$$eval("img", (els) => els.map((e) => e.getAttribute("src")));
  check("a sasaran named like markup creates no element", JSON.stringify(imgs) === JSON.stringify(["assets/icon-32.png"]), JSON.stringify(imgs));
  const text = await page.evaluate(() => document.body.innerText);
  check("…and shows as text (settings, narrative)", text.split(XSS).length - 1 >= 2, text.slice(0, 300));
  check("…and runs nothing (no alert)", watch.dialogs.length === 0, watch.dialogs.join(","));
  await page.screenshot({ path: join(SHOTS, "3-xss-as-text.png"), fullPage: true });
  check("no request left 127.0.0.1 (markup scenario)", watch.external.length === 0, watch.external.join(", "));
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  build();
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  check("built taskpane.html carries a Content-Security-Policy", /Content-Security-Policy[^>]*script-src 'self'/.test(html));
  const bundle = readdirSync(DIST).filter((f) => /^taskpane\..*\.js$/.test(f));
  const gz = bundle.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  check(`task pane bundle is ${(gz / 1024).toFixed(1)} KB gzip (without office.js), under 250 KB`, bundle.length > 0 && gz < 250 * 1024);
  const server = await serve(fakeOfficeScript());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  try {
    await seedScenario(browser, server.url);
    await xssScenario(browser, server.url);
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((e) => {
    failed++;
    console.log(`FAIL e2e run aborted: ${(e as Error)?.stack ?? e}`);
  })
  .finally(() => {
    console.log(`screenshots: ${SHOTS} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
