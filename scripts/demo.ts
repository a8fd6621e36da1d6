// `npm run demo`: the main job on the bundled sample — periksa, then hitung into samples/out/, then the narrative.
import fs from "node:fs";
import path from "node:path";
import { quietOnClosedPipe, run } from "../src/cli/main";

const root = path.join(__dirname, "..");
const sample = path.join(root, "samples", "lkjip-triwulan-1-2024.xlsx");
const outDir = path.join(root, "samples", "out");
const out = path.join(outDir, "lkjip-triwulan-1-2024.hasil.xlsx");
const rel = (p: string) => path.relative(process.cwd(), p);
const io = { out: (s: string) => console.log(s), err: (s: string) => console.log(s) };

async function main(): Promise<void> {
  quietOnClosedPipe();
  fs.mkdirSync(outDir, { recursive: true });
  console.log(`== Periksa: ${rel(sample)}\n`);
  const checked = await run(["periksa", sample], io);
  console.log(`\n== Hitung Capaian: ${rel(sample)} → ${rel(out)}\n`);
  // samples/out/ is the demo's own folder: its previous result is replaced on purpose (--timpa).
  let failed = "";
  const computed = await run(["hitung", sample, "-o", out, "--timpa"], { out: io.out, err: (s) => (failed = s) });
  console.log(computed === 2 ? failed : `Hasil ditulis ke ${rel(out)} (berkas contoh tidak diubah).`);
  console.log(`\n== Narasi (dari ${rel(out)})\n`);
  await run(["narasi", out], io);
  console.log(`\nKode keluar periksa: ${checked}, hitung: ${computed} (1 = ada galat yang perlu diperbaiki pada contoh ini).`);
}

main().catch((e) => {
  console.error(`Demo gagal: ${(e as Error).message}`);
  process.exitCode = 2;
});
