// The rules `npm test` holds the code to (pretest: `npm run lint:check`, `npm run depcruise`) catch what they are
// meant to: a violation of each, planted in a copy of src (so the layer paths are the real ones), is reported.
// A rule that silently matches nothing (a mistyped path) would otherwise pass every tree.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  rule: string;
  from: string;
  to: string;
}

describe("the dependency rules (.dependency-cruiser.cjs)", () => {
  let dir: string;
  let violations: Violation[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-rules-"));
    fs.cpSync(path.join(ROOT, "src"), path.join(dir, "src"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    const plant = (file: string, line: string) => fs.appendFileSync(path.join(dir, file), `\n${line}\n`);
    // A layer importing the layer above it, one per layer (targets chosen so no cycle hides the rule).
    plant("src/core/template.ts", 'import "./reader";');
    plant("src/core/reader/labels.ts", 'import "../model/field";');
    plant("src/core/model/field.ts", 'import "../checks/quantity";');
    plant("src/core/checks/quantity.ts", 'import "../types";');
    plant("src/core/types.ts", 'import type { CellRef as Old } from "./narrative/document";\nexport type { Old };');
    plant("src/core/narrative/texts.ts", 'import "../render/text";');
    // The engine reaching outside itself.
    plant("src/core/format.ts", 'import "node:fs";');
    plant("src/core/tables.ts", 'import "office-addin-mock";');
    plant("src/core/capaian.ts", 'import "../report/texts";');
    // A cycle inside one layer, through types only.
    plant("src/core/text.ts", 'import type { Period } from "./period";\nexport type P = Period;');
    plant("src/core/period.ts", 'import type { sameName } from "./text";\nexport type S = typeof sameName;');
    // Modules outside every layer: one imported by a layer, one importing a layer; and one that nothing uses.
    fs.writeFileSync(path.join(dir, "src/core/stray.ts"), "export const stray = 1;\n");
    plant("src/core/grid.ts", 'import "./stray";');
    fs.writeFileSync(path.join(dir, "src/core/loose.ts"), 'import "./grid";\nexport const loose = 1;\n');
    fs.writeFileSync(path.join(dir, "src/core/reader/unused.ts"), 'import "../grid";\nexport const unused = 1;\n');
    // The pane and the ribbon page importing each other; an import nothing can resolve.
    plant("src/taskpane/narasi-view.ts", 'import "../commands/commands";');
    plant("src/commands/commands.ts", 'import "../taskpane/laporan";');
    plant("src/addin/i18n.ts", 'import "./no-such-module";');
    // The web page and the recap run in a browser; the views and the web page never reach a host's code.
    plant("src/rekap/identity.ts", 'import "node:os";');
    plant("src/rekap/row.ts", 'import "../cli/rekap-files";');
    plant("src/web/file-store.ts", 'import "../excel/write";');
    plant("src/web/file-host.ts", 'import "node:path";');
    plant("src/taskpane/findings-view.ts", 'import "../excel/notes";');
    plant("src/addin/errors.ts", 'import "../excel/write";');

    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json", "src"],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser gave no output: ${run.stderr}`);
    violations = JSON.parse(run.stdout).summary.violations.map(
      (v: { rule: { name: string }; from: string; to: string }) => ({ rule: v.rule.name, from: v.from, to: v.to }),
    );
  }, 60_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["layer-base-looks-down", "src/core/template.ts", "src/core/reader/index.ts"],
    ["layer-reader-looks-down", "src/core/reader/labels.ts", "src/core/model/field.ts"],
    ["layer-model-looks-down", "src/core/model/field.ts", "src/core/checks/quantity.ts"],
    ["layer-checks-looks-down", "src/core/checks/quantity.ts", "src/core/types.ts"],
    ["layer-derive-looks-down", "src/core/types.ts", "src/core/narrative/document.ts"],
    ["layer-narrative-looks-down", "src/core/narrative/texts.ts", "src/core/render/text.ts"],
    ["core-not-to-node", "src/core/format.ts", "fs"],
    ["core-not-to-office", "src/core/tables.ts", "node_modules/office-addin-mock/"],
    ["core-not-to-adapters", "src/core/capaian.ts", "src/report/texts.ts"],
    ["no-circular", "src/core/period.ts", "src/core/text.ts"],
    ["core-module-in-a-layer", "src/core/grid.ts", "src/core/stray.ts"],
    ["core-module-outside-layers", "src/core/loose.ts", "src/core/grid.ts"],
    ["core-no-dead-modules", "src/core/reader/unused.ts", "src/core/reader/unused.ts"],
    ["taskpane-not-to-commands", "src/taskpane/narasi-view.ts", "src/commands/commands.ts"],
    ["commands-not-to-taskpane", "src/commands/commands.ts", "src/taskpane/laporan.ts"],
    ["not-to-unresolvable", "src/addin/i18n.ts", "./no-such-module"],
    ["rekap-not-to-node", "src/rekap/identity.ts", "os"],
    ["rekap-not-to-hosts", "src/rekap/row.ts", "src/cli/rekap-files.ts"],
    ["web-not-to-office", "src/web/file-store.ts", "src/excel/write.ts"],
    ["web-not-to-node", "src/web/file-host.ts", "path"],
    ["views-not-to-hosts", "src/taskpane/findings-view.ts", "src/excel/notes.ts"],
    ["addin-takes-only-types-from-excel", "src/addin/errors.ts", "src/excel/write.ts"],
  ])("%s: %s → %s is reported", (rule, from, to) => {
    const reported = violations.filter((v) => v.rule === rule && v.from === from).map((v) => v.to);
    expect(reported).toContainEqual(expect.stringContaining(to));
  });
});

describe("the size limits (eslint.config.mjs)", () => {
  /** Lints texts as if they were the files named, in one ESLint process with the project's config. */
  function lint(files: Record<string, string>): Record<string, string[]> {
    const script = `
      import { ESLint } from "eslint";
      const files = JSON.parse(process.env.FILES);
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = {};
      for (const [filePath, code] of Object.entries(files)) {
        const [result] = await eslint.lintText(code, { filePath });
        out[filePath] = result.messages.map((m) => m.ruleId ?? m.message).sort();
      }
      console.log(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FILES: JSON.stringify(files) },
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout);
  }

  const statements = (n: number) => "  n += 1;\n".repeat(n);
  /** A function of `n` counted lines: its signature, `let`, the statements, `return` and the closing brace. */
  const fn = (name: string, n: number, filler = "") =>
    `export function ${name}(): number {\n  let n = 0;\n${filler}${statements(n - 4)}  return n;\n}\n`;
  const branched = (name: string, ifs: number) =>
    `export function ${name}(x: number): number {\n${Array.from({ length: ifs }, (_, i) => `  if (x === ${i}) return ${i};`).join("\n")}\n  return -1;\n}\n`;
  const constants = (n: number) => Array.from({ length: n }, (_, i) => `export const c${i} = ${i};`).join("\n") + "\n";
  const blankAndComments = "\n  // why\n\n  /* and why */\n".repeat(40);

  let results: Record<string, string[]>;
  beforeAll(() => {
    results = lint({
      "src/core/checks/over.ts": fn("long", 81) + branched("branched", 20) + constants(400),
      "src/core/checks/within.ts":
        fn("long", 80, blankAndComments) + branched("branched", 19) + constants(400 - 80 - 22),
      "src/cli/main.ts": fn("long", 81) + branched("branched", 20) + constants(400),
      "src/report/docx.ts": fn("long", 81) + branched("branched", 20) + constants(400),
      "src/core/purity.ts": "export const env = () => process.env.X;\nexport const host = () => Office.context;\n",
    });
  }, 60_000);

  test("a module of the engine over each limit fails: 81 lines, complexity 21, 401 lines", () => {
    expect(results["src/core/checks/over.ts"]).toEqual(["complexity", "max-lines", "max-lines-per-function"]);
  });

  test("at the limits it passes: 80 lines, complexity 20, 400 lines; blank lines and comments are not counted", () => {
    expect(results["src/core/checks/within.ts"]).toEqual([]);
  });

  test("no file is exempt any more: the files once on the debt list are held to every limit", () => {
    // Issue 21 split the command line into one module per command, issue 17 the report's writer: both entries are gone.
    expect(results["src/cli/main.ts"]).toEqual(["complexity", "max-lines", "max-lines-per-function"]);
    expect(results["src/report/docx.ts"]).toEqual(["complexity", "max-lines", "max-lines-per-function"]);
  });

  test("the engine uses no Office or Node globals", () => {
    expect(results["src/core/purity.ts"]).toEqual(["no-restricted-globals", "no-restricted-globals"]);
  });
});
