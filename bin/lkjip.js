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
  const why = e && Array.isArray(e.errors) ? "lihat galat di atas" : String(e && e.message).split("\n")[0];
  process.stderr.write(
    missing
      ? "lkjip: build/cli/ tidak ada atau lebih lama dari sumbernya, dan esbuild tidak terpasang: jalankan npm ci di folder proyek.\n"
      : `lkjip: kode baris perintah tidak dapat dikompilasi (${why}).\n`,
  );
  process.exit(2);
}
cli.main();
