// The recap in the web page: a folder of kecamatan workbooks (and a file that is not one, and an Excel lock file)
// chosen through the folder chooser; one row per workbook, as src/rekap gives it for the same bytes; a chart with a
// text alternative; a row opens that workbook's findings; the recap's own .xlsx downloaded and read back.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { rekapRow } from "../../src/rekap";
import { writeRekapFolder } from "../helpers/rekap-folder";
import { E2ECheck, SHOTS, axeSerious, cspViolations } from "./lib";
import { choose, download, listed, openWeb, settled } from "./web-lib";

const rekap: E2ECheck = {
  name: "web page: rekap",
  async run({ browser, base, check }) {
    const dir = mkdtempSync(join(tmpdir(), "lkjip-web-rekap-"));
    const folder = join(dir, "Laporan TW");
    const expected = await writeRekapFolder(folder, 6);
    const w = await openWeb(browser, `${base}/web.html`);
    const { page } = w;
    try {
      await choose(page, "#btn-rekap-folder", folder);
      await page.waitForFunction(() => /^Rekap \d+ buku kerja/.test(document.getElementById("rekap-status")?.textContent ?? ""), null, { timeout: 60_000 });
      const status = (await page.textContent("#rekap-status")) ?? "";
      check("a folder chosen: its 6 workbooks and the file that is not one are recapped, the lock file left out", /^Rekap 7 buku kerja: 2 siap ditandatangani, 4 perlu diperiksa, 1 tidak terbaca\.$/.test(status), status);
      const rows = await page.$$eval(".rekap-table tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
      const files = [...expected.map((e) => e.file), "rusak.xlsx"];
      const mismatch = files.filter((f, i) => {
        const r = rekapRow(`Laporan TW/${f}`, new Uint8Array(readFileSync(join(folder, f))));
        const row = rows[i] ?? [];
        return row[0] !== r.file || row[3] !== String(r.galat ?? "–") || row[4] !== String(r.peringatan ?? "–") || !row[9]?.startsWith(r.status === "siap" ? "siap ditandatangani" : r.status === "periksa" ? "perlu diperiksa" : "tidak terbaca");
      });
      check("each row is src/rekap's for the same bytes: file, galat, peringatan, status", rows.length === 7 && mismatch.length === 0, JSON.stringify({ mismatch, rows: rows.slice(0, 2) }));
      const first = rows[0];
      check("the row shows the unit with its source, the period, capaian per sasaran, pagu, realisasi and serapan the Indonesian way", /\(menurut sampul\/judul\)/.test(first[1]) && /^Triwulan II 2024/.test(first[2]) && /^1: \d+%; 2: \d+%$/.test(first[5]) && /^\d{1,3}(\.\d{3})+$/.test(first[6]) && /%$/.test(first[8]), JSON.stringify(first));
      const chart = await page.evaluate(() => {
        const svg = document.querySelector("svg.rekap-chart")!;
        const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
        return { role: svg.getAttribute("role"), named: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | "), rows: svg.querySelectorAll(".chart-row").length };
      });
      check("the chart: an image named by its title and description (the figures are in the table), one row per readable workbook", chart.role === "img" && /Serapan anggaran dan capaian kinerja per unit \| 6 unit/.test(chart.named) && chart.rows === 6, JSON.stringify(chart));
      const v = await axeSerious(page);
      check("axe: 0 serious/critical violations — the recap", v.length === 0, v.join(" | "));
      await page.locator("#rekap").screenshot({ path: join(SHOTS, "web-rekap.png") });

      const typo = expected.findIndex((e) => e.kind === "typos");
      await page.focus(`.rekap-table tbody tr:nth-child(${typo + 1}) button`);
      await page.keyboard.press("Enter");
      const opened = await settled(page, /dibuka dan diperiksa/);
      const found = await listed(page);
      const focus = await page.evaluate(() => document.activeElement?.id);
      check("Enter on a row's Lihat temuan opens that workbook: its findings in the pane, the focus on them", opened.startsWith(expected[typo].file) && found.includes("FORMAT_ANGKA Tabel 2.2!D5") && focus === "findings-title", `${opened} ${focus}`);

      const x = await download(page, "#btn-unduh-rekap");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.bytes.buffer.slice(x.bytes.byteOffset, x.bytes.byteOffset + x.bytes.length) as ArrayBuffer);
      const sheet = wb.getWorksheet("Rekap");
      check(`Unduh rekap: ${x.name}, read back with its 7 rows and the sheet of findings`, x.name === "rekap-lkjip.xlsx" && sheet?.rowCount === 8 && !!wb.getWorksheet("Temuan"), String(sheet?.rowCount));
      check("no request, CSP violation or script error during the recap", w.requests.every((r) => r.url.startsWith(base)) && (await cspViolations(page)).length === 0 && w.watch.errors.length === 0, JSON.stringify(w.watch.errors));
    } finally {
      await w.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default rekap;
