import { analyze } from "../src/core";
import { readXlsx } from "../src/xlsx";
import { REAL_REPORTS, buildRealWorkbook } from "../test/fixtures/real";
(async () => {
  for (const r of REAL_REPORTS) {
    if (process.argv[2] && r.id !== process.argv[2]) continue;
    const buf = await buildRealWorkbook(r).xlsx.writeBuffer();
    // Read as the command line reads a file: the package itself.
    const a = analyze(readXlsx(new Uint8Array(buf as ArrayBuffer)).grid);
    console.log("=====", r.id, JSON.stringify(a.period));
    for (const t of a.tables) if (t.found) console.log("  table", t.id, t.sheet, t.header, t.rows);
    for (const f of a.findings) console.log(" ", f.severity, f.code, f.cell, JSON.stringify(f.actual), f.expected, "|", f.message.slice(0, 250));
    for (const d of a.derived.filter((d) => d.changed)) console.log("  derive", d.sheet, d.address, d.what, d.value);
  }
})();
