// Generated consistent reports (sums agree, pagu agrees, realisasi within pagu, targets agree), for property tests.
// Names carry no digits, so every number in a generated narrative can be traced to a figure.
import fc from "fast-check";
import { ReportSeed, SasaranSeed } from "../fixtures/seed";

const WORDS = ["Alfa", "Bravo", "Charlie", "Delta"];
const SUBWORDS = ["Fasilitasi Musyawarah", "Sinkronisasi Program", "Pembinaan Lembaga", "Pelatihan Kader", "Pendataan Keluarga"];

const subArb = fc.record({
  anggaran: fc.integer({ min: 1, max: 2_000_000 }).map((n) => n * 1000),
  share: fc.constantFrom(0, 0.1, 0.25, 0.5, 1, 0.3333),
  
});

const sasaranArb = fc.record({
  subs: fc.array(subArb, { minLength: 1, maxLength: 5 }),
  unit: fc.boolean(),
  target: fc.integer({ min: 1, max: 50 }),
  done: fc.integer({ min: 0, max: 60 }),
});

export const reportArb: fc.Arbitrary<ReportSeed> = fc.array(sasaranArb, { minLength: 1, maxLength: 4 }).map((list) => ({
  title: ["LAPORAN KINERJA TRIWULAN II", "Seksi Uji", "Tahun 2025"],
  sasaran: list.map((s, i): SasaranSeed => ({
    name: `Meningkatnya Sasaran ${WORDS[i]}`,
    indikator: `Persentase Indikator ${WORDS[i]}`,
    target: s.unit ? { n: s.target, unit: "Dokumen" } : { pct: 1 },
    realisasi: s.unit ? { n: Math.min(s.done, s.target * 2), unit: "Dokumen" } : { pct: Math.min(s.done, 100) / 100 },
    kegiatan: `Kegiatan ${WORDS[i]}`,
    subs: s.subs.map((x, j) => {
      const realisasi = Math.round((x.anggaran * x.share) / 1000) * 1000;
      const name = `${SUBWORDS[j]} ${WORDS[i]}`;
      return { name, indikator: `Jumlah Peserta ${name}`, anggaran: x.anggaran, pagu32: x.anggaran, realisasi, jadwal: j % 2 ? "Oktober 2025" : "" };
    }),
  })),
}));

export const optsArb = fc.record({
  layout: fc.constantFrom("sheets" as const, "captions" as const),
  numbers: fc.constantFrom("text" as const, "number" as const),
  merges: fc.boolean(),
  startCol: fc.integer({ min: 1, max: 3 }),
});

