// @ts-check
// The command line's build: src/cli/main.ts and everything it imports from src/ bundled by esbuild into one
// CommonJS file, build/cli/main.js (git-ignored), beside a list of its inputs with their size and modification time.
// Packages stay outside the bundle and load from node_modules as under tsx (resvg is native; ExcelJS, docx and
// ECharts load only when the command that needs them runs).
//
// `npm ci` builds it (the `prepare` script: `node scripts/cli-build.js`). bin/lkjip.js runs it when every input is
// as the list says; when an input changed (an edit in src/, a branch checked out) or the build is missing, it
// builds again first (a few tenths of a second), so the command line never runs code older than its source.
// Where build/ cannot be written, the fresh build is run from memory.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const OUT_DIR = "build/cli";
/** Each output (build/cli/NAME.js) and its source: the entry, and any module a worker thread must load as a file. */
const ENTRIES = { main: "src/cli/main.ts", "rekap-worker": "src/cli/rekap-worker.ts" };
const ENTRY = ENTRIES.main;
const OUT = `${OUT_DIR}/main.js`;
const INPUTS = `${OUT_DIR}/inputs.json`;
/** Bumped when this file changes how a build is made or listed. */
const FORMAT = 1;

/** @typedef {Record<string, [number, number]>} Stats path (relative to the root) → [size, mtimeMs] */

/** @param {string} root @param {string} file @returns {[number, number] | null} */
function statOf(root, file) {
  try {
    const s = fs.statSync(path.join(root, file));
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/**
 * The compiled entry when the build is as fresh as its inputs, else null. Runs on every call of the command line:
 * one small JSON file read and one stat per input (under a millisecond).
 * @param {string} [root]
 * @returns {string | null}
 */
function freshBuild(root = ROOT) {
  let listed;
  try {
    listed = JSON.parse(fs.readFileSync(path.join(root, INPUTS), "utf8"));
  } catch {
    return null;
  }
  if (listed.format !== FORMAT || !fs.existsSync(path.join(root, OUT))) return null;
  for (const [file, [size, mtime]] of Object.entries(listed.inputs)) {
    const now = statOf(root, file);
    if (!now || now[0] !== size || now[1] !== mtime) return null;
  }
  return path.join(root, OUT);
}

/**
 * Every file under src/ with its stat, taken before esbuild reads them: an edit during the build shows as newer.
 * @param {string} root
 * @returns {Stats}
 */
function statSources(root) {
  /** @type {Stats} */
  const stats = {};
  /** @param {string} dir */
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      const s = e.isFile() && statOf(root, rel);
      if (s) stats[rel] = s;
    }
  };
  walk("src");
  return stats;
}

/**
 * Writes a file by renaming a finished temporary one over it: a reader never sees half a file.
 * @param {string} file
 * @param {string | Uint8Array} data
 */
function writeWhole(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * Builds the command line from the sources at `root`. Returns the compiled code and whether it was written to
 * build/cli/ (false when that folder cannot be written: the caller runs the code from memory).
 * @param {string} [root]
 * @returns {{ code: string, file: string, written: boolean, bytes: number }}
 */
function buildCli(root = ROOT) {
  const esbuild = require("esbuild");
  const before = statSources(root);
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  // The sources esbuild read, this file, and what else decides the output: tsconfig.json, package.json, esbuild.
  const extra = ["tsconfig.json", "package.json", path.relative(root, __filename), path.relative(root, require.resolve("esbuild/package.json"))];
  /** @type {Stats} */
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...extra]) {
    const s = before[file] ?? statOf(root, file);
    if (s) inputs[file.split(path.sep).join("/")] = s;
  }
  const file = path.join(root, OUT);
  const code = result.outputFiles.find((f) => f.path === file)?.text ?? "";
  try {
    fs.mkdirSync(path.join(root, OUT_DIR), { recursive: true });
    for (const f of result.outputFiles) writeWhole(f.path, f.contents);
    // The list last: until it is written, the build is not taken as fresh.
    writeWhole(path.join(root, INPUTS), JSON.stringify({ format: FORMAT, inputs }, null, 1));
    return { code, file, written: true, bytes: code.length };
  } catch {
    return { code, file, written: false, bytes: code.length };
  }
}

/**
 * Runs compiled code as the module `file` would be, its packages found from there (node_modules of the root).
 * @param {string} code
 * @param {string} file
 */
function runFromMemory(code, file) {
  const Module = require("node:module");
  const m = new Module(file);
  m.filename = file;
  // @ts-expect-error Module._nodeModulePaths is how Node itself lists a module's node_modules folders.
  m.paths = Module._nodeModulePaths(path.dirname(file));
  // @ts-expect-error _compile runs source text as a CommonJS module (as require does after reading the file).
  m._compile(code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"), file);
  return m.exports;
}

/**
 * The command line's entry module: the build when fresh, else built again first. Used by bin/lkjip.js.
 * @param {string} [root]
 */
function loadCli(root = ROOT) {
  const fresh = freshBuild(root);
  if (fresh) return require(fresh);
  const built = buildCli(root);
  return built.written ? require(built.file) : runFromMemory(built.code, built.file);
}

module.exports = { freshBuild, buildCli, loadCli, OUT, INPUTS };

// `node scripts/cli-build.js` (npm ci's prepare, npm run build:cli): build now, say where.
if (require.main === module) {
  const built = buildCli();
  if (!built.written) {
    console.error(`${OUT} tidak dapat ditulis.`);
    process.exitCode = 1;
  } else console.log(`${OUT} (${Math.round(built.bytes / 1024)} KB) dibangun dari ${ENTRY}.`);
}
