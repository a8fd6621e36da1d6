// The generated report both benches measure: sasaran of ten sub kegiatan each, varied pagu, every third realised.
import { ReportSeed } from "../test/fixtures/seed";

export const SUBS_PER_SASARAN = 10;

export function benchReport(subRows: number, unit = "Uji kecepatan"): ReportSeed {
  const n = Math.ceil(subRows / SUBS_PER_SASARAN);
  return {
    title: ["LAPORAN KINERJA TRIWULAN II", unit, "Tahun 2025"],
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
