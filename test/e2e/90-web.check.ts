// The web page (web.html) in Chromium with the sample chosen through the file chooser: its two galat, Hitung's download
// (the command line's copy, byte for byte: only the derived cells' sheets and styles.xml differ from the input),
// Unduh Laporan (the command line's document), Buat Narasi with the Narasi sheet, settings kept in the downloaded
// copy; no request after the page loaded (its own files only, counted), no CSP violation, and a reload offline.
import { readFileSync } from "fs";
import { join } from "path";
import { analyze, narasiParagraf, readStore } from "../../src/core";
import { patchXlsx, readXlsx } from "../../src/xlsx";
import { writeLaporan } from "../../src/cli/laporan";
import { openDocx } from "../helpers/docx";
import { entryText, rawEntries, sheetDiff } from "../helpers/package-diff";
import { DIST, E2ECheck, ROOT, SHOTS, axeSerious, cspViolations } from "./lib";
import { choose, download, listed, openWeb, ready, settled } from "./web-lib";

const SAMPLE = join(ROOT, "samples/lkjip-triwulan-1-2024.xlsx");

/** The zip entries whose stored bytes differ (or are new). */
function changed(before: Uint8Array, after: Uint8Array): string[] {
  const a = rawEntries(before);
  const b = rawEntries(after);
  return [...b.keys()].filter((k) => !a.has(k) || !a.get(k)!.data.equals(b.get(k)!.data)).sort();
}

const web: E2ECheck = {
  name: "web page",
  async run({ browser, base, check }) {
    const html = readFileSync(join(DIST, "web.html"), "utf8");
    const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    check("web.html: CSP default-src 'self', no other origin anywhere in it, no office.js", /default-src 'self'/.test(csp) && !/https?:/.test(csp) && !/office\.js/.test(html) && !/<script[^>]*https?:/.test(html), csp);
    const bundle = readFileSync(join(DIST, html.match(/src="?(web\.[0-9a-f]+\.js)/)![1]), "utf8");
    check("the page's bundle carries no Office code (Excel.run, Office.context)", !/Excel\.run|Office\.context|office\.js/.test(bundle));
    const sw = readFileSync(join(DIST, "sw.js"), "utf8");
    const files = JSON.parse(/FILES\s*=\s*(\[[^\]]*\])/.exec(sw)![1]) as string[];
    check(`sw.js keeps the page's own files (${files.length})`, ["web.html", "web.css", "taskpane.css", "bantuan.html"].every((f) => files.includes(f)) && files.some((f) => /^web\.[0-9a-f]+\.js$/.test(f)) && files.some((f) => /^laporan\./.test(f)), files.join(" "));

    const w = await openWeb(browser, `${base}/web.html`);
    const { page } = w;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const hidden = await page.evaluate(() => ["btn-urungkan", "btn-siapkan", "diagnostik"].map((id) => document.getElementById(id)!.hidden));
    const disabled = await page.evaluate(() => (document.getElementById("btn-hitung") as HTMLButtonElement).disabled);
    check("what a file has not (Urungkan, Siapkan Tabel, Diagnostik) is left out; the actions wait for a workbook", hidden.every(Boolean) && disabled, JSON.stringify({ hidden, disabled }));
    const v0 = await axeSerious(page);
    check("axe: 0 serious/critical violations — web page on opening", v0.length === 0, v0.join(" | "));
    const loaded = w.requests.length;
    const own = new Set([...files, "sw.js"].map((f) => `${base}/${f}`));
    check(`loading asked only for the page's own files (${loaded} requests, the service worker's included)`, w.requests.every((r) => own.has(r.url)), w.requests.map((r) => r.url).join(" "));

    await choose(page, "#btn-pilih", SAMPLE);
    const opened = await settled(page, /dibuka dan diperiksa/);
    const found = await listed(page);
    check("the sample chosen: checked at once, its two galat listed with their cells", /2 galat/.test(opened) && found.includes("FORMAT_ANGKA Tabel 2.2!D5") && found.includes("PAGU_TIDAK_SESUAI Tabel 3.2!D9"), `${opened} ${found.join(", ")}`);
    const expected = await page.$$eval(".finding.error .expected b", (b) => b.map((x) => x.textContent));
    const links = await page.$$eval(".cell-link", (b) => b.length);
    check("each galat says the right value (seharusnya); cells are named, not linked (a file has no cell to select)", JSON.stringify(expected) === JSON.stringify(["22.900.000", "5.995.000"]) && links === 0, JSON.stringify({ expected, links }));
    const v1 = await axeSerious(page);
    check("axe: 0 serious/critical violations — findings of the sample", v1.length === 0, v1.join(" | "));
    await page.screenshot({ path: join(SHOTS, "web-halaman.png") });

    const input = new Uint8Array(readFileSync(SAMPLE));
    const hitung = await download(page, "#btn-hitung");
    const msg = await settled(page, /Hitung Capaian selesai/);
    const cli = patchXlsx(readXlsx(input), analyze(readXlsx(input).grid).derived).bytes;
    check(`Hitung offers ${hitung.name}, byte for byte the command line's copy`, hitung.name === "lkjip-triwulan-1-2024-hasil.xlsx" && hitung.bytes.equals(Buffer.from(cli)) && /ditawarkan sebagai unduhan/.test(msg), msg);
    const diff = changed(input, hitung.bytes);
    const sheetsSame = diff
      .filter((e) => e.includes("worksheets"))
      .every((e) => sheetDiff(entryText(rawEntries(input).get(e)!), entryText(rawEntries(hitung.bytes).get(e)!)).restSame);
    const derived = readXlsx(hitung.bytes).grid.sheets.find((s) => s.name === "Tabel 3.1")!.cells[4][5];
    check("outside the derived cells every zip entry's bytes are the input's (only two sheets and styles.xml differ, and in them only cells)", JSON.stringify(diff) === JSON.stringify(["xl/styles.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]) && sheetsSame, diff.join(" "));
    check("the download holds the derived values (Tabel 3.1!F5 = 0,67 as a number)", derived?.value === 0.67, JSON.stringify(derived));

    const lap = await download(page, "#btn-laporan");
    const lapMsg = await settled(page, /Laporan dibuat/);
    check("the page says the report is a DRAF and where its review notes are, as the document does", /Laporan ini DRAF: 2 angka perlu diperbaiki sebelum ditandatangani/.test(lapMsg) && /Catatan Pemeriksaan di halaman terakhir/.test(lapMsg) && !/tidak dicetak/.test(lapMsg), lapMsg);
    const mine = await openDocx(lap.bytes);
    const theirs = await openDocx(await writeLaporan(readXlsx(hitung.bytes).grid, {}));
    const docXml = async (d: typeof mine) => (await d.zip.file("word/document.xml")!.async("string"));
    check(`Unduh Laporan: ${lap.name}, its document.xml the command line's, character for character (the charts' PNGs are drawn by another renderer)`, lap.name === "Laporan-Kinerja-TW1-2024.docx" && (await docXml(mine)) === (await docXml(theirs)) && JSON.stringify(mine.tables.map((t) => t.rows)) === JSON.stringify(theirs.tables.map((t) => t.rows)));

    await page.check("#narasi-sheet");
    const nar = await download(page, "#btn-narasi");
    await settled(page, /lembar "Narasi"/);
    const copy = readXlsx(nar.bytes);
    const sheet = copy.grid.sheets.find((s) => s.name === "Narasi");
    const paragraphs = narasiParagraf(analyze(copy.grid), { panjang: "lengkap", texts: { tupoksi: "", strategi: "" } });
    const rows = paragraphs.map((_, i) => String(sheet?.cells[i]?.[0]?.value ?? ""));
    check("Buat Narasi with the sheet asked: the text shown with Salin, and the download has a visible sheet Narasi with the paragraphs", JSON.stringify(rows) === JSON.stringify(paragraphs) && copy.workbook.sheets.find((s) => s.name === "Narasi")?.state === "visible" && (await page.isVisible("#btn-salin")), `${rows.length}/${paragraphs.length}`);

    await page.click("#settings-title");
    await page.selectOption("#efisiensi", "rasio");
    await page.click("#btn-simpan");
    const saved = await settled(page, /Pengaturan disimpan/);
    const kept = await download(page, "#btn-unduh");
    const store = readStore(readXlsx(kept.bytes).grid).values;
    check("Simpan pengaturan goes into the copy's LKjIP_Pengaturan, kept in the workbook downloaded", store.efisiensi === "rasio" && /salinan buku kerja/.test(saved), JSON.stringify(store));

    const after = w.requests.slice(loaded);
    check(`no request after the page loaded: opening, Periksa, Hitung, laporan, narasi, settings and downloads asked for nothing (${after.length})`, after.length === 0, after.map((r) => r.url).join(" "));
    const cspV = await cspViolations(page);
    check("no CSP violation, no script error", cspV.length === 0 && w.watch.errors.length === 0, JSON.stringify({ cspV, errors: w.watch.errors }));

    await w.context.setOffline(true);
    const nav = await page.reload();
    await ready(page);
    await choose(page, "#btn-pilih", SAMPLE);
    const offline = await settled(page, /dibuka dan diperiksa/);
    check("offline: the page reloads from its service worker and checks the sample again", !!nav?.fromServiceWorker() && /2 galat/.test(offline), `${nav?.fromServiceWorker()} ${offline}`);
    await w.context.close();
  },
};
export default web;
