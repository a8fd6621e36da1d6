// The seed workbook end to end: Hitung Capaian, findings, cell selection, Buat Narasi, Salin, Terapkan, the ribbon,
// settings in the workbook, Urungkan back to the start.
import { join } from "path";
import { SETTINGS_SHEET, analyze, buildNarrativeDocument, narasiParagraf, renderText, reportRows, withDefaults } from "../../src/core";
import { workbookToGrid } from "../helpers/exceljs-grid";
import { buildSeedWorkbook } from "../fixtures/seed";
import { seedSheets } from "../fake-excel/seed-data";
import { E2ECheck, SHOTS, clickAndWait, hostCell, newWatch, openPane, visibleDump } from "./lib";

const seed: E2ECheck = {
  name: "seed workbook",
  async run({ browser, base, check }) {
    const watch = newWatch();
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
    check("finding cells get a note with the message", /^LKjIP: /.test(note), note.slice(0, 80));
    const grouped = await page.evaluate(() => (window as unknown as { __fakeHost: { runs: { grouped: boolean }[] } }).__fakeHost.runs.filter((r) => r.grouped).length);
    check("on ExcelApi 1.20 the click is one grouped Excel undo step (notes included)", grouped === 1, String(grouped));
    await page.screenshot({ path: join(SHOTS, "1-hitung-capaian.png"), fullPage: true });

    await page.click('.finding[data-cell="Tabel 3.2!D9"]');
    await page.waitForFunction(() => (window as unknown as { __fakeHost: { selection: { address: string } | null } }).__fakeHost.selection?.address === "D9");
    const sel = await page.evaluate(() => (window as unknown as { __fakeHost: { selection: unknown } }).__fakeHost.selection);
    check("clicking a finding selects its cell in Excel", JSON.stringify(sel) === JSON.stringify({ sheet: "Tabel 3.2", address: "D9" }), JSON.stringify(sel));

    const m2 = await clickAndWait(page, "#btn-narasi");
    const doc = buildNarrativeDocument(expected, { panjang: "lengkap" });
    const report = reportRows(doc).map((r) => r.replace(/^\s*(\d+|[a-z])\. /, ""));
    const shown = await page.$$eval("#narasi section > h3, #narasi section > p, #narasi section li > p", (els) => els.map((e) => e.textContent));
    check("Buat Narasi shows the narrative in the pane", m2.kind === "success" && JSON.stringify(shown) === JSON.stringify(report), `${JSON.stringify(m2)} ${JSON.stringify(shown).slice(0, 200)}`);
    const notes = await page.$$eval("#narasi .review-notes li", (els) => els.map((e) => e.textContent ?? ""));
    const inText = await page.$$eval("#narasi section", (els) => els.map((e) => e.textContent ?? "").join(" "));
    check("the review notes are shown apart from the text, naming the cell to correct", notes.some((n) => n.includes("sel D9")) && !inText.includes("sel D9"), JSON.stringify(notes).slice(0, 200));
    const paragraphs = narasiParagraf(expected, { panjang: "lengkap" });
    const rows = await Promise.all(paragraphs.map((_, i) => hostCell(page, "Narasi", `A${i + 1}`)));
    check("Buat Narasi writes one paragraph per row of the sheet Narasi, as text", rows.every((c, i) => (c?.value ?? "") === paragraphs[i] && (paragraphs[i] === "" || (c?.numFmt === "@" && !c?.formula))));
    const copy = await clickAndWait(page, "#btn-salin");
    const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ""));
    check("Salin copies the narrative's text, without the review notes", copy.kind === "success" && clip === renderText(doc, { notes: false }), `${JSON.stringify(copy)} clipboard=${clip.slice(0, 60)}`);
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
    const stored = await page.evaluate((name) => {
      const h = (window as unknown as { __fakeHost: { sheet: (n: string) => { visibility: string }; cell: (s: string, a: string) => { value?: unknown } | undefined } }).__fakeHost;
      const rows: string[] = [];
      for (let r = 2; r <= 6; r++) rows.push(`${h.cell(name, `A${r}`)?.value ?? ""}=${h.cell(name, `B${r}`)?.value ?? ""}`);
      return { visibility: h.sheet(name).visibility, rows };
    }, SETTINGS_SHEET);
    check("settings are saved in the workbook's very hidden LKjIP_Pengaturan sheet", stored.visibility === "VeryHidden" && stored.rows.includes('efisiensi="rasio"'), JSON.stringify(stored));

    for (let i = 0; i < 4; i++) await clickAndWait(page, "#btn-urungkan");
    const end = await visibleDump(page);
    check("Urungkan ×4 (ribbon Hitung, Terapkan, Narasi, Hitung) restores the workbook (the Narasi sheet it made stays, empty)", end === initial, end.slice(0, 300));
    const disabled = await page.$eval("#btn-urungkan", (b) => (b as HTMLButtonElement).disabled);
    check("Urungkan is disabled when nothing is left to undo", disabled);
    const cleared = await page.evaluate(() => (window as unknown as { __fakeHost: { undoStackCleared: string[] } }).__fakeHost.undoStackCleared);
    check("no Worksheet.delete: Excel's own undo stack is never emptied by Urungkan", !cleared.includes("Worksheet.delete"), JSON.stringify(cleared));

    check("office.js was requested from Microsoft's CDN (answered offline)", watch.cdn.includes("office.js"), watch.cdn.join(","));
    check("no request left 127.0.0.1", watch.external.length === 0, watch.external.join(", "));
    check("no script errors in the page", watch.errors.length === 0, watch.errors.join(" | "));
    await page.context().close();
  },
};
export default seed;
