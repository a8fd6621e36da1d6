// Buat Narasi: the text is written from the figures and never contradicts them.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import Decimal from "decimal.js";
import { analyze, Analysis, formatPersen, formatRupiah, narasi, narasiParagraf, terbilang } from "../src/core";
import { workbookToGrid } from "../src/cli/xlsx";
import { buildSeedWorkbook, buildWorkbook, ReportSeed, SEED } from "./fixtures/seed";
import { optsArb, reportArb } from "./helpers/arbitraries";
import { seedAnalysis } from "./helpers/grid";

const GOLDEN = path.join(__dirname, "golden");

describe("the seed sample", () => {
  const a = seedAnalysis();
  const lengkap = narasi(a, { panjang: "lengkap" });
  const ringkas = narasi(a, { panjang: "ringkas" });

  test("matches the reviewed golden text (lengkap and ringkas)", () => {
    // Reviewed sentence by sentence against the seed's meaning, not its errors; regenerate with UPDATE_GOLDEN=1.
    for (const [name, text] of [["narasi-seed-lengkap.txt", lengkap], ["narasi-seed-ringkas.txt", ringkas]]) {
      const file = path.join(GOLDEN, name);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, text + "\n");
      expect(text + "\n").toBe(fs.readFileSync(file, "utf8"));
    }
  });

  const bab3 = ringkas;
  test("BAB III states 67% and 0% for the two sasaran", () => {
    const first = bab3.split("\n\n").find((p) => p.startsWith("1. "))!;
    expect(first).toContain(`${SEED.sasaran[0].name} telah tercapai 67%`);
    expect(first).toContain(`${SEED.sasaran[1].name} belum terlaksana (capaian 0%)`);
  });

  test("states Rp 600.000 (22,22%) for 1.a, never 100%", () => {
    const item = bab3.match(/\(1\) Peningkatan Partisipasi[^;]*/)![0];
    expect(item).toContain("Rp 600.000 atau 22,22% dari pagu Rp 2.700.000");
    expect(item).not.toContain("100%");
  });

  test("flags the 1.b pagu as doubtful instead of choosing silently", () => {
    expect(bab3).toContain("pada Tabel 3.2 (Rp 5.955.000) berbeda dengan Tabel 2.3 (Rp 5.995.000)");
    expect(bab3).toContain("Tabel 2.2 tidak dapat dibaca dengan pasti; menurut tabel lain seharusnya Rp 22.900.000");
  });

  test("lists every sub kegiatan not yet carried out, with its Jadwal, numbered once each", () => {
    const item = bab3.split("\n\n").find((p) => p.includes("belum terlaksana:"))!;
    const numbers = [...item.matchAll(/\((\d+)\) /g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(item).toContain("Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan, dijadwalkan Juli s.d. Agustus 2024");
    expect(item).toContain("Penumbuhan Kesadaran Keluarga dalam Peningkatan Taraf Hidup Keluarga Melalui Kehidupan Berkoperasi dan Pengembangan Ekonomi Lainnya, dijadwalkan November 2024");
  });

  test("the total anggaran realised and the period come from the workbook", () => {
    expect(bab3).toContain("sebesar Rp 6.555.000 dari total pagu Rp 125.715.000 (5,21%)");
    expect(lengkap).toContain("Dalam kurun waktu 1 Januari s.d. 31 Maret 2024 (triwulan I tahun 2024)");
    expect(lengkap).toContain("2 (dua) sub kegiatan yang sudah terlaksana");
  });

  test("2.3 names the efisiensi method and the reading", () => {
    expect(lengkap).toContain("dihitung dengan metode selisih capaian kinerja dan capaian anggaran");
    expect(lengkap).toContain("Selisih capaian kinerja dan capaian anggaran adalah 60,62%, sehingga penggunaan anggarannya tergolong efisien");
    const rasio = narasi(seedAnalysis({}, undefined, { efisiensi: "rasio" }));
    expect(rasio).toContain("metode rasio capaian anggaran terhadap capaian kinerja");
  });

  test("the length is a saved setting too; an explicit length wins", () => {
    const short = seedAnalysis({}, undefined, { narasi: "ringkas" });
    expect(narasi(short)).toBe(ringkas);
    expect(narasi(short, { panjang: "lengkap" })).toBe(lengkap);
  });

  test("ringkas is BAB III only; lengkap has the three sections", () => {
    expect(ringkas.startsWith("BAB III PENUTUP")).toBe(true);
    expect(lengkap).toMatch(/^2\.2\. Capaian Kinerja[\s\S]*2\.3\. Evaluasi dan Analisis Kinerja[\s\S]*BAB III PENUTUP/);
  });
});

function custom(mutate: (r: ReportSeed) => void): Analysis {
  const r: ReportSeed = JSON.parse(JSON.stringify({ ...SEED, sasaran: SEED.sasaran.map((s) => ({ ...s, anggaranText: undefined, capaianText: undefined })) }));
  r.sasaran.forEach((s) => s.subs.forEach((x) => (x.pagu32 = x.anggaran)));
  mutate(r);
  return analyze(workbookToGrid(buildWorkbook(r, { typos: false })));
}

describe("sentences that vary with the data", () => {
  test("nothing carried out", () => {
    const a = custom((r) => r.sasaran.forEach((s) => ((s.realisasi = { pct: 0 }), s.subs.forEach((x) => (x.realisasi = 0)))));
    const t = narasi(a);
    expect(t).toContain("Dari 8 (delapan) sub kegiatan, belum ada yang terlaksana pada triwulan I tahun 2024.");
    expect(t).toContain("Belum ada sub kegiatan yang terealisasi, baik kinerja maupun anggarannya.");
    expect(t).not.toMatch(/0 \(nol\) sub kegiatan|terlaksana: \./);
  });

  test("one carried out", () => {
    const a = custom((r) => r.sasaran.forEach((s, i) => s.subs.forEach((x, j) => (x.realisasi = i === 0 && j === 0 ? 600000 : 0))));
    const t = narasi(a);
    expect(t).toContain("Dari 8 (delapan) sub kegiatan, baru 1 (satu) sub kegiatan yang sudah terlaksana, yaitu pada kegiatan Koordinasi Kegiatan Pemberdayaan Desa.");
    expect(t).toContain("Sub kegiatan yang sudah terealisasi: (1) Peningkatan Partisipasi");
    expect(t).not.toMatch(/\(2\) Sinkronisasi/);
  });

  test("all carried out and every sasaran reached", () => {
    const a = custom((r) =>
      r.sasaran.forEach((s) => {
        s.realisasi = { pct: 1 };
        s.subs.forEach((x) => (x.realisasi = x.anggaran));
      }),
    );
    const t = narasi(a);
    expect(t).toContain("dari 2 (dua) sasaran kegiatan yang ditetapkan dalam Perjanjian Kinerja, seluruhnya telah tercapai.");
    expect(t).toContain("Seluruh 8 (delapan) sub kegiatan telah terlaksana.");
    expect(t).toContain("Sub kegiatan yang sudah terealisasi (seluruhnya):");
    expect(t).not.toContain("belum terlaksana:");
  });

  test("no tables at all: one clear sentence, nothing invented", () => {
    const t = narasi(analyze({ sheets: [] }));
    expect(t).toMatch(/tidak ditemukan/);
    expect(narasiParagraf(analyze({ sheets: [] }))).toHaveLength(1);
  });

  test("a workbook with a missing table says so among the notes", () => {
    const wb = buildSeedWorkbook({ typos: false });
    wb.removeWorksheet(wb.getWorksheet("Tabel 2.2")!.id);
    const t = narasi(analyze(workbookToGrid(wb)), { panjang: "ringkas" });
    expect(t).toMatch(/Catatan: ada satu angka yang perlu diperiksa[^]*Tabel 2\.2 \(Kegiatan dan Anggaran\) tidak ditemukan/);
  });
});

/** Every figure a narrative may print for this analysis, formatted as the narrative formats it. */
function figures(a: Analysis, report: ReportSeed): { money: Set<string>; pct: Set<string>; counts: Set<number>; other: Set<string> } {
  const money = new Set<string>();
  const pct = new Set<string>();
  const addM = (d: Decimal | null) => d && money.add(formatRupiah(d));
  const addP = (d: Decimal | null | undefined) => d && pct.add(formatPersen(d));
  let totalP = new Decimal(0);
  let totalR = new Decimal(0);
  for (const s of a.sasaran) {
    addM(s.pagu);
    addM(s.realisasiAnggaran);
    addP(s.capaianKinerja);
    addP(s.capaianAnggaran);
    addP(s.efisiensi?.value);
    totalP = totalP.plus(s.pagu ?? 0);
    totalR = totalR.plus(s.realisasiAnggaran ?? 0);
    for (const x of s.subs) {
      addM(x.pagu);
      addM(x.realisasi);
      addP(x.capaianAnggaran);
      addP(x.kinerja);
    }
  }
  addM(totalP);
  addM(totalR);
  if (!totalP.isZero()) addP(totalR.div(totalP));
  const other = new Set<string>();
  for (const s of report.sasaran) {
    for (const q of [s.target, s.realisasi]) {
      if ("pct" in q) pct.add(formatPersen(new Decimal(q.pct)));
      else other.add(String(q.n));
    }
  }
  const subs = a.sasaran.flatMap((s) => s.subs);
  const counts = new Set([a.sasaran.length, subs.length, subs.filter((x) => x.realisasi?.gt(0) || x.kinerja?.gt(0)).length, a.sasaran.filter((s) => s.capaianKinerja?.gte(1)).length]);
  return { money, pct, counts, other };
}

describe("property: the narrative never contradicts the numbers", () => {
  test("every number in the text is a computed figure; no false 100%; no NaN/undefined", () => {
    fc.assert(
      fc.property(reportArb, optsArb, fc.constantFrom("ringkas" as const, "lengkap" as const), (report, opts, panjang) => {
        const a = analyze(workbookToGrid(buildWorkbook(report, opts)));
        const text = narasi(a, { panjang });
        expect(text).not.toMatch(/NaN|undefined|Infinity|\[object|null/);
        const fig = figures(a, report);
        let rest = text
          .replace(/Tabel \d\.\d/g, "")
          .replace(/^(2\.2\.|2\.3\.|BAB III)/gm, "")
          .replace(/^\d+\. /gm, "")
          .replace(/\(\d+\) /g, "")
          .replace(/Sasaran \d+|sasaran \d+/g, "")
          .replace(/1 (Januari|April|Juli|Oktober) s\.d\. 3[01] (Maret|Juni|September|Desember) 2025|tahun 2025|Oktober 2025/g, "");
        rest = rest.replace(/Rp \d{1,3}(\.\d{3})*(,\d+)?/g, (m) => {
          expect(fig.money).toContain(m);
          return "";
        });
        rest = rest.replace(/-?\d+(,\d+)?%/g, (m) => {
          expect(fig.pct).toContain(m);
          return "";
        });
        rest = rest.replace(/(\d+) \(([a-z ]+)\)/g, (_m, n, words) => {
          expect(terbilang(Number(n))).toBe(words);
          expect(fig.counts).toContain(Number(n));
          return "";
        });
        rest = rest.replace(/(\d+)(?= (sub kegiatan|sasaran|angka))/g, (_m, n) => {
          expect(Number(n)).toBeGreaterThan(12);
          expect(fig.counts).toContain(Number(n));
          return "";
        });
        rest = rest.replace(/(\d+) Dokumen/g, (_m, n) => {
          expect(fig.other).toContain(n);
          return "";
        });
        expect(rest).not.toMatch(/\d/);
        // A sub kegiatan below 100% is never said to be at 100%.
        for (const x of a.sasaran.flatMap((s) => s.subs)) {
          const at = text.indexOf(`${x.name} sebesar`);
          if (at < 0) continue;
          const item = text.slice(at).split(/; (dan )?\(\d+\) |\.\n|\.$/)[0];
          if (x.capaianAnggaran && x.capaianAnggaran.lt(1)) expect(item).not.toMatch(/(^|[^,\d])100%/);
        }
      }),
      { numRuns: 80 },
    );
  });
});
