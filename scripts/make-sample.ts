// Writes samples/lkjip-triwulan-1-2024.xlsx: the seed report's five tables as a user keeps them (typos included).
// Deterministic: fixed document dates and zip entry dates, so rebuilding it leaves git clean.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { buildSeedWorkbook } from "../test/fixtures/seed";

export const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");
/** The report's own date (end of Triwulan I 2024) instead of the time of the build. */
export const SAMPLE_DATE = new Date(Date.UTC(2024, 3, 1));

/** The sample's bytes: the same on every run and machine. */
export async function sampleBytes(): Promise<Buffer> {
  const wb = buildSeedWorkbook({ layout: "sheets", numbers: "text", typos: true, merges: true });
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  // ExcelJS stamps every zip entry with the current time: repack with one fixed date.
  const written = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const zip = new JSZip();
  for (const [name, entry] of Object.entries(written.files)) {
    if (entry.dir) continue;
    zip.file(name, await entry.async("uint8array"), { date: SAMPLE_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}

if (require.main === module) {
  sampleBytes()
    .then((bytes) => fs.writeFileSync(SAMPLE, bytes))
    .then(() => console.log(`Ditulis: ${path.relative(process.cwd(), SAMPLE)}`))
    .catch((e) => {
      console.error(`Contoh tidak dapat ditulis: ${(e as Error).message}`);
      process.exitCode = 1;
    });
}
