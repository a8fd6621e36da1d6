// `npm run bench`: ExcelJS load time against engine time (read + check + compute) on generated workbooks.
// Targets: engine ≤ 10% of load at 10,000 sub kegiatan rows; 10,000 rows ≤ 12× the 1,000-row time.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { Decimal, analyze, narasi } from "../src/core";
import { workbookToGrid } from "../src/cli/xlsx";
import { buildWorkbook, ReportSeed } from "../test/fixtures/seed";

const SUBS_PER_SASARAN = 10;

function report(subRows: number): ReportSeed {
  const n = Math.ceil(subRows / SUBS_PER_SASARAN);
  return {
    title: ["LAPORAN KINERJA TRIWULAN II", "Uji kecepatan", "Tahun 2025"],
    sasaran: Array.from({ length: n }, (_, i) => ({
      name: `Meningkatnya Sasaran ${i + 1}`,
      indikator: `Persentase Indikator ${i + 1}`,
      target: { pct: 1 },
      realisasi: { pct: (i % 100) / 100 },
      kegiatan: `Kegiatan ${i + 1}`,
      subs: Array.from({ length: SUBS_PER_SASARAN }, (_, j) => {
        const anggaran = 1_000_000 + ((i * 7919 + j * 104729) % 90_000) * 1000;
        return { name: `Sub Kegiatan ${i + 1}.${j + 1}`, indikator: `Jumlah Dokumen ${i + 1}.${j + 1}`, anggaran, pagu32: anggaran, realisasi: j % 3 ? 0 : anggaran / 2, jadwal: "Oktober 2025" };
      }),
    })),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * CPU time of this process (user + system), not wall-clock time: on a machine shared with other work the wall
 * clock mostly measures waiting for a core, and the figures would change from run to run with the load.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = cpuMs();
  const v = fn();
  return [cpuMs() - t0, v];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-"));
  const rows: { n: number; load: number; grid: number; engine: number; narasi: number; size: number; findings: number }[] = [];
  for (const n of [1000, 10000]) {
    const file = path.join(dir, `bench-${n}.xlsx`);
    await buildWorkbook(report(n), { layout: "sheets", numbers: "text", merges: true }).xlsx.writeFile(file);
    const loads: number[] = [];
    let wb: ExcelJS.Workbook | null = null;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuMs();
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      loads.push(cpuMs() - t0);
    }
    const grids: number[] = [];
    let grid = workbookToGrid(wb!);
    for (let i = 0; i < 3; i++) grids.push(time(() => (grid = workbookToGrid(wb!)))[0]);
    const engines: number[] = [];
    let a = analyze(grid);
    for (let i = 0; i < 5; i++) engines.push(time(() => (a = analyze(grid)))[0]);
    const [tn] = time(() => narasi(a));
    rows.push({ n, load: median(loads), grid: median(grids), engine: median(engines), narasi: tn, size: fs.statSync(file).size, findings: a.findings.filter((f) => f.severity !== "info").length });
  }
  fs.rmSync(dir, { recursive: true, force: true });

  // The floor under any exact engine: decimal.js alone parsing three amounts per row, one sum, one ratio.
  const amounts = Array.from({ length: 10000 }, (_, i) => `${1000 + (i % 900)}.${String(i % 1000).padStart(3, "0")}.000`);
  const floors: number[] = [];
  for (let k = 0; k < 5; k++) {
    floors.push(
      time(() => {
        let total = new Decimal(0);
        for (const m of amounts) {
          const a = new Decimal(m.replace(/\./g, ""));
          const b = new Decimal(m.replace(/\./g, ""));
          total = total.plus(new Decimal(m.replace(/\./g, "")));
          b.div(a).toDecimalPlaces(4);
        }
        return total;
      })[0],
    );
  }

  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const count = (x: number) => x.toLocaleString("id-ID");
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, beban rata-rata ${os.loadavg()[0].toFixed(1)}; waktu CPU proses, median 3 kali muat dan 5 kali mesin\n`);
  console.log("| baris sub kegiatan | berkas | ExcelJS memuat | grid (adapter) | mesin: baca + periksa + hitung | mesin / muat | narasi |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(`| ${count(r.n)} | ${(r.size / 1024).toFixed(0)} KB | ${ms(r.load)} | ${ms(r.grid)} | ${ms(r.engine)} | ${((100 * r.engine) / r.load).toFixed(1).replace(".", ",")}% | ${ms(r.narasi)} |`);
  }
  const [small, big] = rows;
  const growth = big.engine / small.engine;
  const share = big.engine / big.load;
  console.log(`\npertumbuhan mesin 1.000 → 10.000 baris: ${growth.toFixed(1)}× (sasaran ≤ 12×) ${growth <= 12 ? "TERPENUHI" : "MELEBIHI"}`);
  console.log(`decimal.js saja (3 angka dibaca, 1 penjumlahan, 1 rasio per baris) pada 10.000 baris: ${ms(median(floors))} (${((100 * median(floors)) / big.load).toFixed(1)}% dari waktu muat)`);
  console.log(`bagian mesin dari waktu muat pada 10.000 baris: ${(100 * share).toFixed(1)}% (sasaran ≤ 10%) ${share <= 0.1 ? "TERPENUHI" : "MELEBIHI"}`);
  if (small.findings || big.findings) console.log(`peringatan: buku kerja buatan memberi ${small.findings}/${big.findings} temuan (seharusnya nol)`);
}

main().catch((e) => {
  console.error(`bench gagal: ${(e as Error).message}`);
  process.exitCode = 1;
});
