// Buat Narasi in the add-in (against the fake Excel host): the stored Bab III texts, the Narasi sheet with the
// review notes after the text, and cell notes worded from the one registry of finding codes.
import { FINDING_CODES, NOTES_HEADING, TEXT_KEYS, withDefaults } from "../src/core";
import * as excel from "../src/excel";
import { NARASI_SHEET } from "../src/excel/cells";
import { FakeHost, createFakeOffice } from "./fake-excel/fake-office";
import { seedSheets } from "./fake-excel/seed-data";

const g = global as unknown as { Office: unknown; Excel: unknown };

async function setup(): Promise<FakeHost> {
  const f = createFakeOffice(seedSheets(), { host: "m365" });
  g.Office = f.Office;
  g.Excel = f.Excel;
  excel.resetSheetCache();
  await excel.primeSheetList();
  return f.host;
}

const TEXTS = {
  tupoksi: "Secara umum pelaksanaan tugas pokok dan fungsi telah dapat dilaksanakan sebagaimana mestinya.",
  strategi: "Adapun strategi yang dilakukan untuk mencapai target adalah melalui:\na. Berkoordinasi dengan desa;\nb. Melibatkan masyarakat.",
};

test("the Bab III texts are kept in the workbook's store and placed as its first and last items", async () => {
  const host = await setup();
  await excel.saveSettings(withDefaults({ efisiensi: "rasio" }), TEXTS);
  const loaded = await excel.loadSettings();
  expect(loaded.texts).toEqual(TEXTS);
  expect(loaded.settings.efisiensi).toBe("rasio");
  const r = await excel.buatNarasi(loaded.settings, "ringkas", loaded.texts);
  const rows = r.paragraphs;
  // As an item of BAB III's list, the text continues the sentence: lower case, `;` (PUEBI).
  expect(rows[2]).toBe(`1. s${TEXTS.tupoksi.slice(1).replace(/\.$/, ";")}`);
  expect(rows).toContain("   b. melibatkan masyarakat.");
  // The sheet holds the same rows, the review notes after a blank row under their own heading.
  const sheet = rows.map((_, i) => host.cell(NARASI_SHEET, `A${i + 1}`)?.value ?? "");
  expect(sheet).toEqual(rows);
  const at = rows.indexOf(NOTES_HEADING);
  expect(at).toBeGreaterThan(rows.indexOf("   b. melibatkan masyarakat."));
  expect(rows.slice(0, at).join("\n")).not.toContain("sel D9");
  expect(r.document.reviewNotes.some((n) => n.source?.cell === "D9")).toBe(true);
  // Emptying a text removes its key: the narrative says nothing in its place.
  await excel.saveSettings(withDefaults({}), { tupoksi: "", strategi: "" });
  expect((await excel.loadSettings()).texts).toBeUndefined();
  const bare = await excel.buatNarasi({}, "ringkas", { tupoksi: "", strategi: "" });
  expect(bare.paragraphs.join("\n")).not.toMatch(/tugas pokok|strategi/i);
  expect(TEXT_KEYS).toEqual({ tupoksi: "teks.tupoksi", strategi: "teks.strategi" });
});

test("a cell note says the finding's title, message and what to do", async () => {
  const host = await setup();
  await excel.hitungCapaian({});
  const note = host.notes.get("Tabel 3.2!D9")?.content ?? host.notes.get("'Tabel 3.2'!D9")?.content;
  expect(note).toMatch(new RegExp(`^LKjIP: ${FINDING_CODES.PAGU_TIDAK_SESUAI.title}: Pagu sub kegiatan 1\\.b`));
  expect(note).toContain(FINDING_CODES.PAGU_TIDAK_SESUAI.advice);
});
