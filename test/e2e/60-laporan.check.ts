// Unduh Laporan in the pane: the report code loads only when the button is used (a script of its own), the
// download happens, and the file opens as a .docx holding what the command line puts in it for the same workbook.
// The texts form saves the cover and signature texts in the workbook's store, and the next report prints them.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { SETTINGS_SHEET, readStore } from "../../src/core";
import { workbookToGrid } from "../helpers/exceljs-grid";
import { buildLaporan } from "../../src/report";
import { rasterizeWithResvg } from "../../src/report/rasterize-node";
import { buildSeedWorkbook } from "../fixtures/seed";
import { seedSheets } from "../fake-excel/seed-data";
import { all, openDocx } from "../helpers/docx";
import { DIST, E2ECheck, SHOTS, clickAndWait, cspViolations, newWatch, openPane, waitDone } from "./lib";

const loaded = (page: import("playwright-core").Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));

const laporan: E2ECheck = {
  name: "unduh laporan",
  async run({ browser, base, check }) {
    const chunks = readdirSync(DIST).filter((f) => /^laporan\.[0-9a-f]+\.js$/.test(f));
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    check(`the report code is a script of its own, named in the pane's page (${chunks.join(", ")})`, chunks.length === 1 && html.includes(`content=${chunks[0]}`) && !new RegExp(`<script[^>]*${chunks[0]}`).test(html));
    const watch = newWatch();
    const page = await openPane(browser, base, seedSheets(), watch, undefined, { acceptDownloads: true });
    const label = await page.textContent("#btn-laporan");
    check("the pane has the button Unduh Laporan (.docx)", label === "Unduh Laporan (.docx)", String(label));
    const before = await loaded(page);
    check("the pane's first load does not fetch the report chunk", before.length > 0 && !before.some((p) => /\/laporan\./.test(p)), before.join(" "));

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click("#btn-laporan")]);
    const msg = await waitDone(page);
    check("the pane says the report was offered as a download (it cannot see the file saved), that it is a DRAF and how many figures to correct first", msg.kind === "success" && /ditawarkan sebagai unduhan: Laporan-Kinerja-TW1-2024\.docx/.test(msg.text) && /DRAF: 2 angka/.test(msg.text), JSON.stringify(msg));
    const after = await loaded(page);
    check("the click fetched the report chunk", after.some((p) => /\/laporan\.[0-9a-f]+\.js$/.test(p)), after.join(" "));
    check("the download is named Laporan-Kinerja-TW1-2024.docx", download.suggestedFilename() === "Laporan-Kinerja-TW1-2024.docx", download.suggestedFilename());
    const file = await download.path();
    const bytes = readFileSync(file);
    check("the file is a zip package (PK)", bytes[0] === 0x50 && bytes[1] === 0x4b, bytes.subarray(0, 4).toString("hex"));
    const docx = await openDocx(bytes);
    const types = (await docx.zip.file("[Content_Types].xml")?.async("string")) ?? "";
    check("it opens as a Word document (wordprocessingml main part)", types.includes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));

    // The command line on the same seed: the same engine, so the same tables and paragraphs.
    const grid = workbookToGrid(buildSeedWorkbook());
    const cli = await openDocx((await buildLaporan(grid, { rasterize: rasterizeWithResvg, store: readStore(grid).values })).bytes);
    check("five report tables and the signature block", docx.tables.length === 6, String(docx.tables.length));
    const ids = all(docx.body, "wp:docPr").map((d) => d.attrs.id);
    check("the pictures' drawing ids are unique (the package was put right in the browser too)", ids.length === 2 && new Set(ids).size === 2, ids.join(","));
    check("the tables hold what the command line puts in them", JSON.stringify(docx.tables.map((t) => t.rows)) === JSON.stringify(cli.tables.map((t) => t.rows)));
    check("the text is the command line's, paragraph for paragraph", JSON.stringify(docx.paragraphs) === JSON.stringify(cli.paragraphs));
    const media = Object.keys(docx.zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    const pngs = await Promise.all(media.map((f) => docx.zip.file(f)!.async("uint8array")));
    check("two charts drawn by the browser's canvas, as PNG pictures", all(docx.body, "w:drawing").length === 2 && pngs.length === 2 && pngs.every((p) => p[0] === 0x89 && p[1] === 0x50 && p.length > 5000), pngs.map((p) => p.length).join(","));
    const text = all(docx.body, "w:t").map((t) => t.text).join(" ");
    check("no NaN or undefined in the downloaded report", !/NaN|undefined|\[object/.test(text));
    check("no page errors, no CSP violations, nothing from the network", watch.errors.length === 0 && (await cspViolations(page)).length === 0 && watch.external.length === 0, JSON.stringify({ errors: watch.errors, csp: await cspViolations(page), external: watch.external }));
    await page.screenshot({ path: join(SHOTS, "5-unduh-laporan.png"), fullPage: true });

    // The texts form: opening it fetches nothing new, saving writes the store, the next report prints the texts.
    await page.click("#laporan-teks-title");
    await page.waitForSelector("#isian-ttd-nama");
    await page.fill("#isian-ttd-nama", "DINA P. RINI, S.Pd");
    await page.fill("#isian-ttd-nip", "19840514 201001 2 031");
    await page.fill("#isian-laporan-instansi", "<b>Kecamatan Ranuyoso</b>");
    // A chapter text: several lines in a textarea.
    await page.fill("#isian-teks-rtl", "Koordinasi dengan Subbagian Keuangan terus dilaksanakan.\nJejaring (networking) ditingkatkan.");
    const saved = await clickAndWait(page, "#btn-simpan-laporan-teks");
    const stored = await page.evaluate((name) => {
      const h = (window as unknown as { __fakeHost: { cell: (s: string, a: string) => { value?: unknown } | undefined } }).__fakeHost;
      const rows: string[] = [];
      for (let r = 2; r <= 24; r++) rows.push(`${h.cell(name, `A${r}`)?.value ?? ""}=${h.cell(name, `B${r}`)?.value ?? ""}`);
      return rows;
    }, SETTINGS_SHEET);
    check("Simpan teks writes the texts into LKjIP_Pengaturan as JSON strings", saved.kind === "success" && stored.includes('ttd.nama="DINA P. RINI, S.Pd"') && stored.includes('laporan.instansi="<b>Kecamatan Ranuyoso</b>"') && stored.some((r) => r.startsWith("teks.rtl=")), JSON.stringify({ saved, stored }));
    const [again] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click("#btn-laporan")]);
    await waitDone(page);
    const second = await openDocx(readFileSync(await again.path()));
    const ttd = second.tables[5]?.rows.map((r) => r[1]).join("\n") ?? "";
    const printed = second.paragraphs.join("\n");
    const rtl = second.paragraphs.indexOf("2.4. Rencana Tindak Lanjut");
    check("the next report prints the saved name and NIP, the instansi as plain text, the RTL's two paragraphs", ttd.includes("DINA P. RINI, S.Pd") && ttd.includes("NIP. 19840514 201001 2 031") && printed.includes("<B>KECAMATAN RANUYOSO</B>") && second.paragraphs[rtl + 2] === "Jejaring (networking) ditingkatkan.", ttd);
    check("no page errors after the texts form", watch.errors.length === 0, JSON.stringify(watch.errors));
    await page.context().close();
  },
};
export default laporan;
