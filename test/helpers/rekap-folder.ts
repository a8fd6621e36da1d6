// A kabupaten's folder of kecamatan workbooks for the recap: copies of the sample's tables with varied units,
// quarters, realisasi and errors, some with their texts stored in LKjIP_Pengaturan, some without a cover, plus one
// file that is not a workbook and an Excel lock file. Each workbook comes with what it should give, worked out from
// the figures written into it (not from the engine): the totals, each sasaran's capaian and the status.
import fs from "node:fs";
import path from "node:path";
import { SETTINGS_SHEET, storeRows } from "../../src/core";
import { ReportSeed, SEED, SubSeed, buildWorkbook } from "../fixtures/seed";

export type Kind = "siap" | "typos" | "lebih";

export interface Expected {
  file: string;
  kind: Kind;
  unit: string;
  unitFrom: "teks tersimpan" | "sampul/judul" | "nama berkas";
  period: string;
  pagu: number;
  realisasi: number;
  capaian: number[];
  status: "siap" | "periksa";
}

const ROMAN = ["I", "II", "III", "IV"];
const SEKSI = ["Pemberdayaan Masyarakat", "Pemerintahan", "Ketentraman dan Ketertiban Umum", "Kesejahteraan Sosial"];
const KEC = ["Ranuyoso", "Klakah", "Kedungjajang", "Randuagung", "Sukodono", "Padang", "Gucialit", "Senduro"];
const REALISASI = [0.5, 0.67, 0.8, 1];

/** Sub kegiatan i's realisasi: a share of its anggaran that varies by workbook, to the thousand. */
function realisasiOf(x: SubSeed, n: number, j: number, kind: Kind): number {
  const share = [0, 0.25, 0.5, 0.9, 1][(n + j) % 5];
  if (kind === "lebih" && j === 0) return x.anggaran + 150000;
  return Math.round((x.anggaran * share) / 1000) * 1000;
}

function seedFor(n: number, kind: Kind): { seed: ReportSeed; unit: string; tw: number } {
  const seksi = SEKSI[n % SEKSI.length];
  const kec = KEC[n % KEC.length];
  const tw = (n % 4) + 1;
  const seed: ReportSeed = {
    title: [`LAPORAN KINERJA TRIWULAN ${ROMAN[tw - 1]}`, `Kepala Seksi ${seksi} Kec. ${kec}`, "Tahun 2024"],
    sasaran: SEED.sasaran.map((s, i) => {
      const r = REALISASI[(n + i) % REALISASI.length];
      return {
        ...s,
        realisasi: { pct: r, text: `${Math.round(r * 100)}%` },
        capaianText: `${Math.round(r * 100)} %`,
        anggaranText: kind === "typos" ? s.anggaranText : undefined,
        subs: s.subs.map((x, j) => ({
          ...x,
          pagu32: kind === "typos" ? x.pagu32 : x.anggaran,
          realisasi: realisasiOf(x, n, j, kind),
        })),
      };
    }),
  };
  return { seed, unit: `Seksi ${seksi} Kec. ${kec}`, tw };
}

/** Workbook `n` (1-based) of the folder, with what it should give. */
export async function rekapWorkbook(n: number): Promise<{ bytes: Uint8Array; expected: Expected }> {
  const kind: Kind = (["siap", "typos", "lebih"] as const)[n % 3];
  const { seed, unit, tw } = seedFor(n, kind);
  const wb = buildWorkbook(seed, { typos: kind === "typos", numbers: n % 2 ? "text" : "number" });
  const file = `kec-${String(n).padStart(2, "0")}.xlsx`;
  let expectedUnit = unit;
  let unitFrom: Expected["unitFrom"] = "sampul/judul";
  if (n % 5 === 0) {
    // Texts stored by the page, the add-in or the command line.
    const store = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    // The cover's texts as the pane's form keeps them now (laporan.instansi), or as earlier versions did (laporan.kecamatan).
    const instansi = n % 10 === 0 ? { "laporan.kecamatan": KEC[n % KEC.length] } : { "laporan.instansi": `Kecamatan ${KEC[n % KEC.length]}` };
    storeRows({ "laporan.unit": `Seksi Tersimpan ${n}`, ...instansi }).forEach((r) => store.addRow(r));
    expectedUnit = `Seksi Tersimpan ${n} Kecamatan ${KEC[n % KEC.length]}`;
    unitFrom = "teks tersimpan";
  } else if (n % 7 === 0) {
    // No cover: nothing above the tables names the unit.
    wb.removeWorksheet(wb.getWorksheet("Sampul")!.id);
    expectedUnit = `kec-${String(n).padStart(2, "0")}`;
    unitFrom = "nama berkas";
  }
  const subs = seed.sasaran.flatMap((s) => s.subs);
  return {
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    expected: {
      file,
      kind,
      unit: expectedUnit,
      unitFrom,
      period: `Triwulan ${ROMAN[tw - 1]} 2024`,
      pagu: subs.reduce((t, x) => t + x.anggaran, 0),
      realisasi: subs.reduce((t, x) => t + x.realisasi, 0),
      capaian: seed.sasaran.map((s) => ("pct" in s.realisasi ? s.realisasi.pct : 0)),
      status: kind === "siap" ? "siap" : "periksa",
    },
  };
}

/**
 * Writes `count` workbooks (`copies` times each, under other names, for a bigger folder) and, with `extras`, a file
 * that is not a workbook (`rusak.xlsx`) and an Excel lock file; the expectations of the distinct workbooks.
 */
export async function writeRekapFolder(dir: string, count: number, copies = 1, extras = true): Promise<Expected[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: Expected[] = [];
  for (let n = 1; n <= count; n++) {
    const { bytes, expected } = await rekapWorkbook(n);
    fs.writeFileSync(path.join(dir, expected.file), bytes);
    for (let c = 2; c <= copies; c++) fs.writeFileSync(path.join(dir, expected.file.replace(".xlsx", `-${c}.xlsx`)), bytes);
    out.push(expected);
  }
  if (!extras) return out;
  fs.writeFileSync(path.join(dir, "rusak.xlsx"), "bukan buku kerja, hanya teks yang diberi nama .xlsx\n");
  fs.writeFileSync(path.join(dir, "~$kec-01.xlsx"), Buffer.alloc(165));
  return out;
}
