// Shared by the web page's e2e checks (90-web*.check.ts): the page in its own browser context (no request intercepted:
// a service worker must see the real server), every request it makes recorded, its CSP violations collected.
import { readFileSync } from "fs";
import { Browser, BrowserContext, Download, Page } from "playwright-core";
import { watchPage, PageWatch, newWatch } from "./lib";

export interface WebPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** Every request of the context (the page's and its service worker's), as `path (sw)`. */
  requests: { url: string; sw: boolean }[];
}

export async function openWeb(browser: Browser, url: string, extra: Parameters<Browser["newContext"]>[0] = {}): Promise<WebPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true, ...extra });
  const requests: WebPage["requests"] = [];
  context.on("request", (r) => requests.push({ url: r.url(), sw: !!r.serviceWorker() }));
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  // File choosers are intercepted from the start: Playwright turns interception on when the first listener is added,
  // asynchronously, so a chooser opened by a key press right after waitForEvent could slip past it.
  page.on("filechooser", () => undefined);
  const watch = newWatch();
  watchPage(page, watch);
  await page.goto(url);
  await ready(page);
  return { context, page, watch, requests };
}

/** The page's views and its own controls are wired (web.ts marks the body when it is done). */
export const ready = (page: Page) =>
  page.waitForFunction(() => document.body.dataset.ready === "true" && document.getElementById("btn-hitung")?.textContent === "Hitung Capaian", null, { timeout: 20_000 });

/** Chooses files through the browser's file chooser, opened by the button that opens it. */
export async function choose(page: Page, button: string, files: string | string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click(button)]);
  await chooser.setFiles(files);
}

/** The pane's message once no action runs. */
export async function settled(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction((p) => document.body.getAttribute("aria-busy") === "false" && new RegExp(p).test(document.getElementById("message")?.textContent ?? ""), pattern.source, { timeout: 60_000 });
  return (await page.textContent("#message")) ?? "";
}

/** Clicks and waits for the download it offers; its bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click(selector)])) as [Download, void];
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** The findings listed, as `CODE Sheet!Cell`. */
export const listed = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".finding")].map((li) => `${li.dataset.code} ${li.dataset.cell ?? ""}`.trim()));
