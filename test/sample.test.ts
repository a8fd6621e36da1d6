// The bundled sample is rebuilt byte for byte (`npm run sample` leaves git clean), and it is the seed's workbook.
import fs from "node:fs";
import { run } from "../src/cli/main";
import { SAMPLE, sampleBytes } from "../scripts/make-sample";

test("npm run sample writes the committed bytes, the same on every run", async () => {
  const [a, b] = [await sampleBytes(), await sampleBytes()];
  expect(a.equals(b)).toBe(true);
  expect(a.equals(fs.readFileSync(SAMPLE))).toBe(true);
});

test("the sample holds the seed's two errors", async () => {
  let out = "";
  const code = await run(["periksa", SAMPLE, "--json"], { out: (s) => (out += s), err: () => undefined });
  expect(code).toBe(1);
  const errors = JSON.parse(out).findings.filter((f: { severity: string }) => f.severity === "error");
  expect(errors.map((f: { code: string; sheet: string; cell: string }) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual(["FORMAT_ANGKA@Tabel 2.2!D5", "PAGU_TIDAK_SESUAI@Tabel 3.2!D9"]);
});
