// Writes samples/lkjip-triwulan-1-2024.xlsx: the seed report's five tables as a user keeps them (typos included).
import path from "node:path";
import { buildSeedWorkbook } from "../test/fixtures/seed";

export const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");

if (require.main === module) {
  buildSeedWorkbook({ layout: "sheets", numbers: "text", typos: true, merges: true })
    .xlsx.writeFile(SAMPLE)
    .then(() => console.log(`Ditulis: ${path.relative(process.cwd(), SAMPLE)}`));
}
