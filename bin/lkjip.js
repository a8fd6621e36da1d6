#!/usr/bin/env node
// `lkjip …` (npx lkjip, npm run -s lkjip -- …, or plain `lkjip` after npm link): the command line, run from its
// compiled build (build/cli/, made by npm ci); rebuilt first when a source is newer (scripts/cli-build.js).
"use strict";
let cli;
try {
  cli = require("../scripts/cli-build.js").loadCli();
} catch (e) {
  // esbuild has printed what it could not compile; a missing esbuild means the packages are not installed.
  const missing = e && e.code === "MODULE_NOT_FOUND" && /'esbuild'/.test(e.message);
  process.stderr.write(
    missing
      ? "lkjip: build/cli/ belum dibangun dan esbuild tidak terpasang: jalankan npm ci di folder proyek.\n"
      : `lkjip: kode baris perintah tidak dapat dikompilasi (${String(e && e.message).split("\n")[0]}).\n`,
  );
  process.exit(2);
}
cli.main();
