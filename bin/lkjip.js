#!/usr/bin/env node
// `npx lkjip …` from the project folder: the command line, its TypeScript compiled on the fly by tsx (no build).
"use strict";
require("tsx/cjs/api").register();
require("../src/cli/main.ts").main();
