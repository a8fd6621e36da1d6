// Writes the test fixtures of the forms officers already fill (issue 19) as files, to try the command line on them:
// wp-sipd's Monev Renja and RFK as the HTML `.xls` its Download Excel saves and as the `.xlsx` a spreadsheet saves,
// and E-Sakip's LAKIP workbook; each clean and with its planted errors (`-salah`). Usage:
//   npx tsx scripts/form-samples.ts [FOLDER]      (default samples/out/formulir, git-ignored)
import fs from "node:fs";
import path from "node:path";
import { FORM_FIXTURES } from "../test/fixtures/forms";

async function main(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of FORM_FIXTURES)
    for (const planted of [false, true]) {
      const name = `${f.id}${planted ? "-salah" : ""}`;
      if (f.html) fs.writeFileSync(path.join(dir, `${name}.xls`), f.html(planted), "utf8");
      await f.workbook(planted).xlsx.writeFile(path.join(dir, `${name}.xlsx`));
    }
  console.log(`Ditulis ke ${dir}: ${fs.readdirSync(dir).sort().join(", ")}`);
}

main(process.argv[2] ?? path.join(__dirname, "..", "samples", "out", "formulir")).catch((e) => {
  console.error(String(e));
  process.exit(1);
});
