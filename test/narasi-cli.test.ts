// `lkjip narasi`: the text of the workbook, with the user's texts from its settings store, review notes apart.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli } from "./helpers/cli";
import {
  NOTES_HEADING,
  SETTINGS_SHEET,
  storeRows,
  TEXT_KEYS,
} from "../src/core";
import { buildSeedWorkbook } from "./fixtures/seed";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-narasi-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function seedWith(
  name: string,
  store?: Record<string, unknown>,
): Promise<string> {
  const wb = buildSeedWorkbook();
  if (store) {
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const row of storeRows(store)) ws.addRow(row);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

test("BAB III takes tugas pokok dan fungsi (item 1) and strategi (last item) from the workbook's store", async () => {
  const file = await seedWith("teks.xlsx", {
    [TEXT_KEYS.tupoksi]:
      "Secara umum pelaksanaan tugas pokok dan fungsi telah dapat dilaksanakan sebagaimana mestinya.",
    [TEXT_KEYS.strategi]:
      "Adapun strategi yang dilakukan untuk mencapai target adalah melalui:\na. Berkoordinasi dengan desa;\nb. Melibatkan masyarakat.",
  });
  const { out } = await cli("narasi", file, "--ringkas");
  const text = out.split(NOTES_HEADING)[0];
  expect(text).toMatch(
    /^BAB III PENUTUP\n\nLaporan Kinerja Triwulan I Tahun 2024 dapat disimpulkan secara ringkas sebagai berikut:\n\n1\. secara umum pelaksanaan tugas pokok dan fungsi telah dapat dilaksanakan sebagaimana mestinya;/,
  );
  expect(text).toMatch(
    /\n5\. adapun strategi yang dilakukan untuk mencapai target adalah melalui:\n\n   a\. berkoordinasi dengan desa;\n\n   b\. melibatkan masyarakat\.\n\n$/,
  );
});

test("without stored texts nothing is invented; the notes follow the text under their heading", async () => {
  const { out } = await cli(
    "narasi",
    await seedWith("polos.xlsx"),
    "--ringkas",
  );
  const [text, notes] = out.split(NOTES_HEADING);
  expect(text).not.toMatch(/tugas pokok|strategi/i);
  expect(text).toMatch(/\n1\. capaian kinerja sasaran/);
  expect(notes).toContain("Tabel 3.2 sel D9");
  expect(text).not.toContain("sel D9");
});

test("--lengkap prints 2.2, 2.3 and BAB III with the figures the tables establish", async () => {
  const { out } = await cli(
    "narasi",
    await seedWith("lengkap.xlsx"),
    "--lengkap",
  );
  expect(out).toMatch(
    /^2\.2\. Capaian Kinerja[\s\S]*2\.3\. Evaluasi dan Analisis Kinerja[\s\S]*BAB III PENUTUP/,
  );
  expect(out.split(NOTES_HEADING)[0]).toContain("total pagu Rp 125.755.000");
});
