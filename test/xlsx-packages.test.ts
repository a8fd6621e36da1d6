// Workbooks from other hands (test/fixtures/packages: one case per file, parts written as other programs write
// them, and the sample as LibreOffice Calc saves it): each is read, and hitung changes only the derived cells.
// Every case keeps, through the command line (`periksa`, `hitung`, `narasi`):
// - every zip entry other than the patched sheets, styles.xml and (when the settings sheet is added) workbook.xml,
//   its rels and [Content_Types].xml is byte-identical to the input, compressed bytes included;
// - in a patched sheet the only `<c>` elements that differ are derived cells (or the settings cells), and nothing
//   outside the `<c>` elements differs but rows added to hold new cells;
// - no existing cell style is changed (new ones are appended); a second hitung changes nothing.
// The same invariants hold over generated workbooks carrying any mix of the cases that fit any layout.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { analyze } from "../src/core";
import { readXlsx } from "../src/xlsx";
import { cli } from "./helpers/cli";
import { entryText, insertion, rawEntries, sheetDiff } from "./helpers/package-diff";
import { CaseRun, PACKAGE_CASES, PackageCase } from "./fixtures/packages";
import { sampleZip } from "./fixtures/packages/_parts";
import { buildWorkbook } from "./fixtures/seed";
import { optsArb, reportArb } from "./helpers/arbitraries";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-paket-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;

async function pack(zip: JSZip, opts: PackageCase["zipOptions"] = {}): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: opts.compression ?? "DEFLATE", streamFiles: opts.streamFiles ?? false });
}

/** The parts hitung may write: the sheets holding written cells, styles, and what adding a sheet touches. */
function allowedParts(run: { opened: CaseRun["opened"]; analysis: CaseRun["analysis"] }, store: boolean): Set<string> {
  const { workbook } = run.opened;
  const sheets = new Set(run.analysis.derived.filter((d) => d.changed && d.value !== null).map((d) => d.sheet));
  if (store) sheets.add("LKjIP_Pengaturan");
  const parts = workbook.sheets.filter((s) => sheets.has(s.name) && s.part).map((s) => s.part!);
  if (workbook.styles) parts.push(workbook.styles);
  if (store && !workbook.sheets.some((s) => s.name === "LKjIP_Pengaturan"))
    parts.push(workbook.part, workbook.part.replace(/([^/]+)$/, "_rels/$1.rels"), "/[Content_Types].xml");
  return new Set(parts.map((p) => p.slice(1).toLowerCase()));
}

/** The invariants every case keeps (see the top of this file). */
function expectOnlyDerivedChanged(input: Uint8Array, output: Uint8Array, run: Pick<CaseRun, "opened" | "analysis">, store: boolean): void {
  const before = rawEntries(input);
  const after = rawEntries(output);
  const allowed = allowedParts(run, store);
  const derived = new Set(run.analysis.derived.filter((d) => d.changed).map((d) => `${d.sheet}!${d.address}`));
  const added = [...after.keys()].filter((k) => !before.has(k));
  expect(added.length).toBe(store && !run.opened.workbook.sheets.some((s) => s.name === "LKjIP_Pengaturan") ? 1 : 0);
  for (const [name, e] of before) {
    const o = after.get(name);
    expect([name, !!o]).toEqual([name, true]);
    if (!allowed.has(name.toLowerCase())) {
      expect([name, o!.method, o!.crc, Buffer.compare(o!.data, e.data)]).toEqual([name, e.method, e.crc, 0]);
      continue;
    }
    const [was, now] = [entryText(e), entryText(o!)];
    const sheet = run.opened.workbook.sheets.find((s) => s.part?.slice(1).toLowerCase() === name.toLowerCase());
    if (sheet && sheet.name !== "LKjIP_Pengaturan") {
      const diff = sheetDiff(was, now);
      expect([name, diff.restSame]).toEqual([name, true]);
      for (const ref of diff.changed) expect([`${sheet.name}!${ref}`, derived.has(`${sheet.name}!${ref}`)]).toEqual([`${sheet.name}!${ref}`, true]);
    } else if (/styles\.xml$/i.test(name)) {
      const xfs = (x: string) => /<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(x)?.[1] ?? "";
      expect(xfs(now).startsWith(xfs(was))).toBe(true);
    } else if (!sheet) expect([name, insertion(was, now)]).not.toEqual([name, null]);
  }
}

async function runCase(input: Uint8Array, ext: string, hitungArgs: string[] = []): Promise<CaseRun> {
  const file = path.join(dir, `kasus-${++n}.${ext}`);
  const out = path.join(dir, `hasil-${n}.${ext}`);
  fs.writeFileSync(file, input);
  const periksa = await cli("periksa", file, "--json", ...hitungArgs);
  const hitung = await cli("hitung", file, "-o", out, ...hitungArgs);
  expect([hitung.code, hitung.err]).not.toEqual([2, expect.anything()]);
  const output = new Uint8Array(fs.readFileSync(out));
  const opened = readXlsx(input);
  return {
    input,
    output,
    opened,
    analysis: analyze(opened.grid, optionsOf(hitungArgs)),
    findings: JSON.parse(periksa.out).findings,
    periksaCode: periksa.code,
    hitungCode: hitung.code,
    hitungErr: hitung.err,
    narasi: (await cli("narasi", file, ...hitungArgs)).out,
    outputZip: await JSZip.loadAsync(output),
  };
}

/** The settings the command line derives from --efisiensi and --negatif (what analyze gets). */
function optionsOf(args: string[]): Parameters<typeof analyze>[1] {
  const out: NonNullable<Parameters<typeof analyze>[1]> = {};
  const e = args.indexOf("--efisiensi");
  if (e >= 0) out.efisiensi = args[e + 1] as "rasio";
  const g = args.indexOf("--negatif");
  if (g >= 0) out.polaritas = Object.fromEntries(args[g + 1].split(",").map((k) => [k, "negatif" as const]));
  return out;
}

/** hitung on its own output writes the same bytes. */
async function expectSecondRunSame(output: Uint8Array, ext: string, hitungArgs: string[] = []): Promise<void> {
  const file = path.join(dir, `sekali-${++n}.${ext}`);
  const out = path.join(dir, `dua-kali-${n}.${ext}`);
  fs.writeFileSync(file, output);
  expect((await cli("hitung", file, "-o", out, ...hitungArgs)).code).not.toBe(2);
  expect(Buffer.compare(fs.readFileSync(out), Buffer.from(output))).toBe(0);
}

describe("workbooks from other hands (test/fixtures/packages)", () => {
  test.each(PACKAGE_CASES.map(([file, c]) => [`${file}: ${c.title}${c.skip?.() ? ` (dilewati: ${c.skip()})` : ""}`, c] as const))(
    "%s",
    async (_name, c) => {
      if (c.skip?.()) return;
      const source = c.source ? await c.source() : null;
      const zip = source ? await JSZip.loadAsync(source) : await sampleZip();
      await c.make(zip);
      const input = await pack(zip, c.zipOptions);
      const ext = c.ext ?? "xlsx";
      const run = await runCase(input, ext, c.hitungArgs);
      expectOnlyDerivedChanged(input, run.output, run, !!c.hitungArgs?.length);
      await c.check?.(run);
      await expectSecondRunSame(run.output, ext, c.hitungArgs);
    },
    60_000,
  );
});

const GENERIC = PACKAGE_CASES.filter(([, c]) => c.generic && !c.skip?.() && !c.source)
  .map(([, c]) => c)
  // Cases that rewrite whole parts go last, after the cases that add to them.
  .sort((a, b) => Number(a.title.includes("prefixed")) - Number(b.title.includes("prefixed")));

describe("generated workbooks carrying any mix of the cases", () => {
  test("only the derived cells change, every other byte stays; a second hitung changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, optsArb, fc.subarray(GENERIC), async (report, opts, cases) => {
        const zip = await JSZip.loadAsync(await buildWorkbook(report, opts).xlsx.writeBuffer());
        for (const c of cases) await c.make(zip);
        const input = await pack(zip, Object.assign({}, ...cases.map((c) => c.zipOptions ?? {})));
        const ext = cases.some((c) => c.ext === "xlsm") ? "xlsm" : "xlsx";
        const args = cases.flatMap((c) => c.hitungArgs ?? []);
        const file = path.join(dir, `acak-${++n}.${ext}`);
        const out = path.join(dir, `acak-hasil-${n}.${ext}`);
        fs.writeFileSync(file, input);
        expect([0, 1]).toContain((await cli("hitung", file, "-o", out, ...args)).code);
        const output = new Uint8Array(fs.readFileSync(out));
        const opened = readXlsx(input);
        expectOnlyDerivedChanged(input, output, { opened, analysis: analyze(opened.grid, optionsOf(args)) }, args.length > 0);
        await expectSecondRunSame(output, ext, args);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
