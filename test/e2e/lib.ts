// Shared by the e2e checks (test/e2e/*.check.ts): the served build, the pane in Chromium with office.js intercepted,
// the fake Excel host installed after it, and small helpers. Nothing leaves 127.0.0.1.
import { createReadStream, existsSync, readFileSync, statSync } from "fs";
import { createServer } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import { Browser, BrowserContext, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import ts from "typescript";
import type { FakeCell, FakeOptions, FakeSheetData } from "../fake-excel/fake-office";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "test-results", "e2e");
/**
 * Where the pane loads office.js from: the URL "Referencing the Office JavaScript API library" gives since 2026-09
 * (office-js-docs-pr #5882). The older CDN folder is intercepted too: office.js or a host script may still come from
 * it, and the pane's CSP admits both.
 */
export const CDN = "https://officeapis.public.onecdn.static.microsoft/1/";
export const OLD_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const CDNS = [CDN, OLD_CDN];
/** office.js's own logging frame (its ULS logger frames this page 3 s after loading, in every host). */
export const OFFICE_LOG_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/";
const OFFICE_JS_DIR = join(ROOT, "node_modules/@microsoft/office-js/dist");

export interface Checker {
  (name: string, ok: boolean, detail?: string): void;
}

/** What one check module gets from the runner. */
export interface E2E {
  browser: Browser;
  base: string;
  check: Checker;
}

/** One file under test/e2e/ named *.check.ts exports one of these as default; the runner runs them in name order. */
export interface E2ECheck {
  name: string;
  run(e2e: E2E): Promise<void>;
}

/** The fake host's modules (test/fake-excel), in no particular order: a small loader resolves their imports. */
const FAKE_MODULES = ["model", "host", "base", "range", "notes", "sheets", "fake-office"];

/** The fake host as a classic script: each module's CommonJS output in a tiny loader; it replaces window.Office / window.Excel. */
export function fakeOfficeScript(): string {
  const defs = FAKE_MODULES.map((name) => {
    const src = readFileSync(join(ROOT, `test/fake-excel/${name}.ts`), "utf8");
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    return `${JSON.stringify(`./${name}`)}:function(module,exports,require){\n${js}\n}`;
  });
  return `;(function(){var defs={${defs.join(",\n")}};var cache={};function req(n){if(cache[n])return cache[n].exports;var m={exports:{}};cache[n]=m;defs[n](m,m.exports,req);return m.exports;}var f=req("./fake-office").createFakeOffice(window.__FAKE_WORKBOOK__||[],window.__FAKE_OPTIONS__||{});window.Office=f.Office;window.Excel=f.Excel;window.__fakeHost=f.host;})();`;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

/** Serves dist/ on 127.0.0.1 (an ephemeral port). */
export function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
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

export interface PageWatch {
  external: string[];
  /** CDN files answered from the npm package (offline). */
  cdn: string[];
  /** office.js's logging frame, answered with an empty page (offline). */
  logFrame: string[];
  errors: string[];
  dialogs: string[];
  csp: string[];
}
export const newWatch = (): PageWatch => ({ external: [], cdn: [], logFrame: [], errors: [], dialogs: [], csp: [] });

/**
 * A browser context in which Microsoft's CDN is answered from the @microsoft/office-js package (so the run stays
 * offline) and every other non-local request fails. With `fake`, the fake Excel host is appended to office.js:
 * the real office.js loads first, then the fake replaces Office/Excel, as today; the host scripts office.js would
 * load next are answered empty, so nothing puts the real Office back over the fake.
 */
export async function officeContext(browser: Browser, watch: PageWatch, fake: boolean, extra: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, ...extra });
  const fakeJs = fake ? fakeOfficeScript() : "";
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const u = new URL(url);
    const cdn = CDNS.find((c) => url.startsWith(c));
    if (cdn) {
      const rel = u.pathname.slice(new URL(cdn).pathname.length);
      const file = normalize(join(OFFICE_JS_DIR, rel));
      watch.cdn.push(rel);
      if (fake && rel !== "office.js") return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* the fake host stands in */" });
      if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      const body = readFileSync(file, "utf8") + (rel === "office.js" ? fakeJs : "");
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
    }
    if (url.startsWith(OFFICE_LOG_FRAME)) {
      watch.logFrame.push(url);
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>log</title>" });
    }
    if (u.hostname === "127.0.0.1" || u.protocol === "data:") return route.continue();
    watch.external.push(u.href);
    return route.abort();
  });
  // Content-Security-Policy violations are events in the page: collect them before any script runs.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

export function watchPage(page: Page, watch: PageWatch): void {
  page.on("pageerror", (e) => watch.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
}

export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);

/** The built pane with the fake host holding `sheets`, ready (buttons labelled and enabled). */
export async function openPane(browser: Browser, base: string, sheets: FakeSheetData[], watch: PageWatch, opts: FakeOptions = { excelApiMinor: 20, language: "id-ID" }, extra: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await officeContext(browser, watch, true, extra);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  const page = await context.newPage();
  watchPage(page, watch);
  await page.addInitScript(
    ([data, o]) => {
      (window as unknown as Record<string, unknown>).__FAKE_WORKBOOK__ = data;
      (window as unknown as Record<string, unknown>).__FAKE_OPTIONS__ = o;
    },
    [sheets, opts] as const,
  );
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("btn-hitung")?.textContent === "Hitung Capaian" && !(document.getElementById("btn-hitung") as HTMLButtonElement).disabled);
  return page;
}

/** Waits for the running action to finish; the pane's message. */
export async function waitDone(page: Page): Promise<{ kind: string; text: string }> {
  await page.waitForFunction(() => document.body.getAttribute("aria-busy") === "false" && !document.getElementById("message")!.hidden);
  return page.evaluate(() => {
    const m = document.getElementById("message")!;
    return { kind: m.className.replace("message", "").trim(), text: m.textContent ?? "" };
  });
}

/** Clicks, agrees to the pane's question when it asks one (the add-in's hidden sheets, once per workbook), waits. */
export async function clickAndWait(page: Page, selector: string): Promise<{ kind: string; text: string }> {
  await page.click(selector);
  if (await page.isVisible("#confirm-ok")) await page.click("#confirm-ok");
  return waitDone(page);
}

export const hostCell = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __fakeHost: { cell: (s: string, a: string) => unknown } }).__fakeHost.cell(s, a) ?? null, [sheet, address]) as Promise<FakeCell | null>;

/** The user-visible workbook (hidden sheets and empty sheets left out, empty unformatted cells dropped). */
export const visibleDump = (page: Page) =>
  page.evaluate(() => {
    const host = (window as unknown as { __fakeHost: { dump: () => Record<string, Record<string, Record<string, unknown>>>; sheet: (n: string) => { visibility: string } } }).__fakeHost;
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, cells] of Object.entries(host.dump())) {
      if (host.sheet(name).visibility !== "Visible") continue;
      const kept: Record<string, unknown> = {};
      for (const [a, c] of Object.entries(cells)) {
        const n: Record<string, unknown> = {};
        if (c.value !== null && c.value !== undefined && c.value !== "") n.value = c.value;
        if (c.formula) n.formula = c.formula;
        if (c.numFmt && c.numFmt !== "General") n.numFmt = c.numFmt;
        if (c.fill) n.fill = c.fill;
        if (Object.keys(n).length) kept[a] = n;
      }
      if (Object.keys(kept).length) out[name] = kept;
    }
    return JSON.stringify(out);
  });

/** axe-core on the page as it is now: the serious and critical violations (rule: nodes). */
export async function axeSerious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
