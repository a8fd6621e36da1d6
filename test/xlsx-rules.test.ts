// The package reader and writer (src/xlsx) run in the web page too (issue 20): the dependency rules that keep
// Node built-ins and the other adapters out of it catch a violation planted in a copy of src.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

test("src/xlsx importing a Node built-in or the command line is reported", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-xlsx-rules-"));
  try {
    fs.cpSync(path.join(ROOT, "src"), path.join(dir, "src"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "tsconfig.json"), path.join(dir, "tsconfig.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.appendFileSync(path.join(dir, "src/xlsx/zip.ts"), '\nimport "node:zlib";\n');
    fs.appendFileSync(path.join(dir, "src/xlsx/cells.ts"), '\nimport "../cli/template";\n');
    const run = spawnSync(process.execPath, [DEPCRUISE, "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json", "src"], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const violations = (JSON.parse(run.stdout).summary.violations as { rule: { name: string }; from: string; to: string }[]).map(
      (v) => `${v.rule.name} ${v.from} → ${v.to}`,
    );
    expect(violations).toContainEqual(expect.stringMatching(/^xlsx-not-to-node src\/xlsx\/zip\.ts → zlib/));
    expect(violations).toContainEqual("xlsx-not-to-other-adapters src/xlsx/cells.ts → src/cli/template.ts");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
