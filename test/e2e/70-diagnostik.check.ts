// The Diagnostik in the built pane, on each host of the matrix (test/fake-excel HOSTS) and on one where a step fails:
// it asks first (saying that the sheet steps empty Excel's Ctrl+Z history), runs only on Ya, shows one line per real
// call and a plain summary, copies a short report, removes its scratch sheet, and never touches the user's sheets.
import { join } from "path";
import { Page } from "playwright-core";
import { HOSTS, HostName } from "../fake-excel/fake-office";
import type { FakeOptions } from "../fake-excel/fake-office";
import { seedSheets } from "../fake-excel/seed-data";
import { Checker, E2E, E2ECheck, SHOTS, axeSerious, newWatch, openPane } from "./lib";

const sheetNames = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeHost: { sheets: { name: string }[] } }).__fakeHost.sheets.map((s) => s.name));
const dump = (page: Page) => page.evaluate(() => JSON.stringify((window as unknown as { __fakeHost: { dump: () => unknown } }).__fakeHost.dump()));

async function runOn(e2e: E2E, label: string, opts: FakeOptions, expectFail: string | null, deep: boolean): Promise<void> {
  const { browser, base, check } = e2e;
  const watch = newWatch();
  const page = await openPane(browser, base, seedSheets(), watch, { language: "id-ID", ...opts });
  const before = await dump(page);
  await page.click("#diagnostik-title");
  await page.click("#btn-diagnostik");
  await page.waitForSelector("#confirm-ok");
  const ask = (await page.textContent("#confirm")) ?? "";
  const desktop = HOSTS[opts.host as HostName].platform !== "OfficeOnline";
  check(`${label}: asks first, naming the Ctrl+Z history${desktop ? " (Windows and Mac)" : ""}; nothing ran yet`, /Ctrl\+Z/.test(ask) && (!desktop || /Windows dan Mac/.test(ask)) && (await sheetNames(page)).length === seedSheets().length, ask.slice(0, 200));
  if (deep) await scanA11y(page, check, "the Diagnostik's question");
  await page.click("#confirm-ok");
  await page.waitForSelector("#diag-summary", { timeout: 30000 });
  const lines = await page.$$eval(".diag-line", (els) => els.map((e) => ({ id: e.getAttribute("data-id"), status: e.getAttribute("data-status"), text: e.textContent ?? "" })));
  const failed = lines.filter((l) => l.status === "gagal").map((l) => l.id);
  check(`${label}: one line per call (${lines.length}); failed: ${failed.join(", ") || "none"}`, lines.length > 15 && JSON.stringify(failed) === JSON.stringify(expectFail ? [expectFail, "note.read"] : []), JSON.stringify(lines.filter((l) => l.status !== "ok" && l.status !== "info")));
  const after = lines.findIndex((l) => l.id === expectFail);
  check(`${label}: the steps after a failed one still ran`, !expectFail || lines.slice(after + 2).every((l) => l.status === "ok"), JSON.stringify(lines.slice(after)));
  check(`${label}: the scratch sheet is removed; the user's sheets untouched`, (await dump(page)) === before, (await sheetNames(page)).join(", "));
  const summary = (await page.textContent("#diag-summary")) ?? "";
  check(`${label}: a plain Indonesian summary`, /langkah berhasil/.test(summary) && (expectFail ? /Yang gagal: Tambah catatan sel/.test(summary) : /0 gagal/.test(summary)), summary);
  await page.click("#btn-diag-salin");
  const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ""));
  check(`${label}: Salin copies the short text report`, clip.startsWith("Diagnostik LKjIP") && clip.includes("Ringkasan:") && clip.split("\n").length === lines.length + 2, clip.slice(0, 120));
  if (deep) {
    await scanA11y(page, check, "the Diagnostik's results");
    await page.screenshot({ path: join(SHOTS, "7-diagnostik.png"), fullPage: true });
  }
  check(`${label}: no script errors`, watch.errors.length === 0, watch.errors.join(" | "));
  await page.context().close();
}

async function scanA11y(page: Page, check: Checker, screen: string): Promise<void> {
  const v = await axeSerious(page);
  check(`axe: 0 serious/critical violations — ${screen}`, v.length === 0, v.join(" | "));
}

const diagnostik: E2ECheck = {
  name: "diagnostik",
  async run(e2e) {
    for (const host of Object.keys(HOSTS) as HostName[]) await runOn(e2e, `Diagnostik on ${host}`, { host }, null, host === "m365");
    await runOn(e2e, "Diagnostik where Excel refuses the note", { host: "mac", refuse: [{ api: "NoteCollection.add", code: "GeneralException" }] }, "note.add", false);
  },
};
export default diagnostik;
