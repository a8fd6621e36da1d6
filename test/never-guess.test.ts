// Never a silent guess (issue 15): the sample workbook changed the way real workbooks differ, one defect per
// describe. Each test failed on the code before the fix; the reader now reads what is meant or says what it did
// not understand, and never proposes or narrates a figure taken from another row or built on a bad input.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  Analysis,
  GridWorkbook,
  analyze,
  buildNarrativeDocument,
  parsePeta,
  parseText,
  renderText,
} from "../src/core";
import { readXlsx } from "../src/xlsx";
import { packageGrid } from "./helpers/exceljs-grid";
import { sasaranNumber, subIndices, subNumber } from "../src/core/model/numbering";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { buildWorkbook } from "./fixtures/seed";
import { cloneGrid, deleteRow, setCell, sheetOf, swapColumns } from "./helpers/mutate";

const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");
// The sample as the command line reads it (its own package reader).
let sample: GridWorkbook;
beforeAll(() => {
  sample = readXlsx(fs.readFileSync(SAMPLE)).grid;
});

/** The sample with changes made on a copy of its grid. */
function changed(edit: (g: GridWorkbook) => void): GridWorkbook {
  const g = cloneGrid(sample);
  edit(g);
  return g;
}
const narasi = (a: Analysis) => renderText(buildNarrativeDocument(a, { panjang: "lengkap" }));
/** The report's own text, without the review notes after it (which quote the cells as typed). */
const reportText = (a: Analysis) => narasi(a).split("Catatan pemeriksaan")[0];
const at = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
const derivedAt = (a: Analysis, sheet: string, cell: string) => a.derived.find((d) => d.sheet === sheet && d.address === cell);
/** The derived cells Hitung writes, as `Sheet!A1 value`. */
const writes = (a: Analysis) => a.derived.filter((d) => d.changed).map((d) => `${d.sheet}!${d.address} ${d.value}`);

describe("1. a unit word after Rp scales the amount, with a finding, or the amount is reported", () => {
  test.each([
    ["Rp 0,6 juta", 600000],
    ["Rp600rb", 600000],
    ["600 ribu", 600000],
    ["Rp 0,0006 miliar", 600000],
    ["Rp 0,0006 M", 600000],
  ])("Tabel 3.2!E8 = %s is read as %d, said at the cell, and totals as with 600.000", (text, value) => {
    const a = analyze(changed((g) => setCell(g, "Tabel 3.2", "E8", { value: text })));
    const info = a.findings.filter((f) => f.code === "ANGKA_BERSATUAN");
    expect(info.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Tabel 3.2!E8"]);
    expect(info[0].message).toMatch(/dibaca (Rp )?600\.000/);
    expect(a.sasaran[0].subs[0].realisasi?.toNumber()).toBe(value);
    expect(derivedAt(a, "Tabel 3.2", "E5")?.value).toBe(6555000);
    expect(writes(a)).toEqual(writes(analyze(sample)));
  });

  test("the parser keeps the unit word: Rp 2 miliar is 2.000.000.000, never Rp 2", () => {
    const p = parseText("Rp 2 miliar");
    expect(p.kind === "number" && p.value.toNumber()).toBe(2e9);
    expect(p.kind === "number" && p.unit).toBe("rp");
  });

  test("a word after Rp that is no unit of money (`Rp 5 jutaan`) is reported, and no total is built on it", () => {
    const a = analyze(changed((g) => setCell(g, "Tabel 3.2", "E8", { value: "Rp 5 jutaan" })));
    expect(at(a, "FORMAT_ANGKA")).toContain("Tabel 3.2!E8");
    expect(derivedAt(a, "Tabel 3.2", "E5")).toBeUndefined();
    expect(reportText(a)).not.toMatch(/Rp 5(?![\d.])|Rp 5,00/);
    expect(reportText(a)).not.toContain("telah direalisasikan");
  });
});

describe("2. a missing row is reported by its number; the rows after it keep their own numbers", () => {
  // 1.b deleted from Tabel 3.2: the rows move up and A9 now reads 1.c.
  const without1b = () => changed((g) => deleteRow(g, "Tabel 3.2", 8));

  test("1.c is 1.c: no finding at D9 (1.c's pagu), none proposes 1.b's 5.995.000 for another row", () => {
    const a = analyze(without1b());
    expect(a.findings.filter((f) => f.sheet === "Tabel 3.2" && f.cell === "D9")).toEqual([]);
    expect(a.findings.filter((f) => f.expected === 5995000)).toEqual([]);
    expect(a.sasaran[0].subs.map((x) => [x.label, x.pagu?.toNumber()])).toEqual([
      ["1.a", 2700000],
      ["1.b", 5995000],
      ["1.c", 94160000],
    ]);
  });

  test("the missing row is said by its number, at its Tabel 2.3 row", () => {
    const a = analyze(without1b());
    const f = a.findings.find((x) => x.code === "BARIS_TIDAK_SESUAI")!;
    expect(`${f.sheet}!${f.cell}`).toBe("Tabel 2.3!B5");
    expect(f.message).toContain("baris 1.b pada Tabel 3.2");
  });

  test("no total is made without 1.b, and the narrative does not call 1.b 'belum terlaksana' nor 1.c rowless", () => {
    const a = analyze(without1b());
    expect(derivedAt(a, "Tabel 3.2", "D5")).toBeUndefined();
    expect(derivedAt(a, "Tabel 3.2", "E5")).toBeUndefined();
    const text = narasi(a);
    expect(text).not.toMatch(/Sinkronisasi Program Kerja[^;.]*dijadwalkan|yaitu \(1\) Sinkronisasi/);
    expect(text).not.toMatch(/Peningkatan Efektifitas[^.]*tidak mempunyai baris/);
    expect(text).not.toContain("telah direalisasikan Rp 600.000");
  });
});

describe("3. an invalid input feeds no sum, capaian or efisiensi, and no sentence of the narrative", () => {
  test.each([
    ["#REF!", { error: "#REF!" }],
    ["the text `600 000`", "600 000"],
  ])("Tabel 3.2!E8 = %s: reported; E5, F5, J5 keep what they held; the narrative states no total", (_label, value) => {
    const a = analyze(changed((g) => setCell(g, "Tabel 3.2", "E8", { value: value as never })));
    expect(at(a, "NILAI_TIDAK_VALID")).toContain("Tabel 3.2!E8");
    for (const cell of ["E5", "F5", "J5"]) expect(derivedAt(a, "Tabel 3.2", cell)).toBeUndefined();
    const text = narasi(a);
    expect(text).not.toContain("telah direalisasikan Rp 5.955.000");
    expect(text).not.toMatch(/5,79%|61,21|Secara keseluruhan, realisasi anggaran/);
    expect(a.sasaran[0].unknown).toEqual(["realisasiAnggaran"]);
  });

  test("a formula saved without its result is reported as such, never read as empty", () => {
    const a = analyze(changed((g) => setCell(g, "Tabel 3.2", "E8", { value: null, formula: true })));
    expect(at(a, "RUMUS_MASUKAN_TANPA_HASIL")).toEqual(["Tabel 3.2!E8"]);
    expect(derivedAt(a, "Tabel 3.2", "E5")).toBeUndefined();
  });
});

describe("4. a peta choice that cannot apply is reported, and never makes Hitung write over input", () => {
  const withPeta = (raw: unknown) => {
    const { peta, problems } = parsePeta(raw);
    return { a: analyze(sample, undefined, { peta }), problems };
  };

  test("capaian → D (the pagu column of Tabel 3.2): refused, said, and no percentage written over D8–D15", () => {
    const { a } = withPeta({ tables: { "3.2": { columns: { capaian: "D" } } } });
    expect(at(a, "PETA_TIDAK_BERLAKU")).toEqual(["Tabel 3.2!D3"]);
    expect(a.derived.filter((d) => d.sheet === "Tabel 3.2" && /^D([89]|1\d)$/.test(d.address))).toEqual([]);
    expect(writes(a)).toEqual(writes(analyze(sample)));
  });

  test("capaian → B of Tabel 3.1 (the sasaran names): refused; the names are never overwritten", () => {
    const { a } = withPeta({ tables: { "3.1": { columns: { capaian: "B" } } } });
    expect(at(a, "PETA_TIDAK_BERLAKU")).toEqual(["Tabel 3.1!B3"]);
    expect(a.derived.filter((d) => d.sheet === "Tabel 3.1" && d.address.startsWith("B"))).toEqual([]);
  });

  test.each([
    ["a sheet that does not exist", { tables: { "3.2": { sheet: "Tabel 9", header: "A3" } } }, /lembar "Tabel 9" tidak ada/],
    ["a header cell with no header (Z999)", { tables: { "3.2": { sheet: "Tabel 3.2", header: "Z999" } } }, /Z999.*bukan judul kolom/],
    ["a column beyond the sheet", { tables: { "3.2": { columns: { efisiensi: "XFC" } } } }, /kolom XFC untuk Efisiensi tidak ada/],
    ["row 999", { tables: {}, rows: { "Tabel 3.2!999": "sub" } }, /baris 999 lembar "Tabel 3.2"/],
    ["one column given two parts", { tables: { "3.2": { columns: { pagu: "E" } } } }, /kolom E .* diberi dua bagian/],
  ])("%s: a finding says so", (_label, raw, message) => {
    const { a, problems } = withPeta(raw);
    expect(problems).toEqual([]);
    const f = a.findings.filter((x) => x.code === "PETA_TIDAK_BERLAKU");
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(message);
  });

  test.each([
    ["a misspelt key (`tabels`)", { tabels: { "3.2": { columns: { capaian: "F" } } } }, /kunci "tabels" tidak dikenal/],
    ["column XFE (past Excel's last column)", { tables: { "3.2": { columns: { capaian: "XFE" } } } }, /"XFE" bukan huruf kolom/],
  ])("%s: the peta is not read silently as no peta", (_label, raw, message) => {
    expect(parsePeta(raw).problems.join("; ")).toMatch(message);
  });
});

describe("5. headers by meaning: columns in any order, numbering rows never data, nothing written into a header", () => {
  test("T and R swapped in Tabel 3.2 (the Kinerja label moving with its column): T, R and % still read", () => {
    const a = analyze(changed((g) => swapColumns(g, "Tabel 3.2", 6, 7, true)));
    expect(at(a, "KOLOM_TIDAK_DITEMUKAN")).toEqual([]);
    expect(at(a, "KOLOM_TIDAK_DIPAKAI")).toEqual([]);
    expect(derivedAt(a, "Tabel 3.2", "I5")?.value).toBe(0.67);
    expect(derivedAt(a, "Tabel 3.2", "J5")?.value).toBe(derivedAt(analyze(sample), "Tabel 3.2", "J5")?.value);
  });

  test("a column-number row out of order (1 2 3 6 5 4 7) is no sasaran, and nothing is written into it", () => {
    const a = analyze(
      changed((g) => {
        const row = sheetOf(g, "Tabel 3.1").cells[3]!;
        ["1", "2", "3", "6", "5", "4", "7"].forEach((v, i) => (row[i] = { value: v }));
      }),
    );
    const base = analyze(sample);
    expect(a.findings.map((f) => [f.code, f.cell])).toEqual(base.findings.map((f) => [f.code, f.cell]));
    expect(a.derived.filter((d) => d.sheet === "Tabel 3.1" && d.row === 3)).toEqual([]);
    expect(writes(a)).toEqual(writes(base));
  });
});

describe("6. sub kegiatan numbered 1.1, 1.i, a), 1) or not at all are placed; the PAGU error at D9 is still found", () => {
  const renumber = (write: (s: number, i: number) => string | null) =>
    changed((g) => {
      const labels = ["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "2.d", "2.e"];
      labels.forEach((label, k) => {
        const v = write(Number(label[0]), label.charCodeAt(2) - 97);
        setCell(g, "Tabel 3.2", `A${8 + k}`, v === null ? null : { value: v });
      });
    });
  const ROMAN = ["i", "ii", "iii", "iv", "v"];

  test.each([
    ["1.1", (s: number, i: number) => `${s}.${i + 1}`],
    ["1.i", (s: number, i: number) => `${s}.${ROMAN[i]}`],
    ["a)", (_s: number, i: number) => `${String.fromCharCode(97 + i)})`],
    ["1)", (_s: number, i: number) => `${i + 1})`],
    ["none", () => null],
  ])("numbered %s", (style, write) => {
    const a = analyze(renumber(write));
    expect(at(a, "BARIS_TIDAK_DIKENALI")).toEqual([]);
    expect(at(a, "PAGU_TIDAK_SESUAI")).toEqual(["Tabel 3.2!D9"]);
    expect(a.findings.find((f) => f.code === "PAGU_TIDAK_SESUAI")!.expected).toBe(5995000);
    expect(writes(a)).toEqual(writes(analyze(sample)));
    // Rows without a number are linked by their order, and that is said once.
    expect(at(a, "BARIS_MENURUT_URUTAN")).toEqual(style === "none" ? ["Tabel 3.2!B8"] : []);
  });

  test("1.i is roman one where the sasaran counts i, ii, iii; the letter i where it counts h, i, j", () => {
    expect(subIndices(["i", "ii", "iii"])).toEqual([0, 1, 2]);
    expect(subIndices(["i"])).toEqual([0]);
    expect(subIndices(["h", "i", "j"])).toEqual([7, 8, 9]);
    expect(subIndices(["a", "b", "c"])).toEqual([0, 1, 2]);
    expect(subIndices(["1", "2", "10"])).toEqual([0, 1, 9]);
  });

  test("numbers read as written: `10.` is sasaran 10, `1.10` the tenth sub kegiatan of sasaran 1, `b)` one of the sasaran above", () => {
    expect([sasaranNumber("10."), subNumber("10.")]).toEqual([10, null]);
    expect(subNumber("1.10")).toEqual({ owner: 1, token: "10" });
    expect(subNumber("12.b")).toEqual({ owner: 12, token: "b" });
    expect(subNumber("b)")).toEqual({ owner: null, token: "b" });
    expect(subNumber("1)")).toBeNull();
  });

  test("a consistent report of 12 sasaran with 10 sub kegiatan each (1.a … 12.j) has no finding", async () => {
    const sasaran = Array.from({ length: 12 }, (_, i) => ({
      name: `Meningkatnya Sasaran ${i + 1}`,
      indikator: `Persentase Indikator ${i + 1}`,
      target: { pct: 1 },
      realisasi: { pct: 0.5 },
      kegiatan: `Kegiatan ${i + 1}`,
      subs: Array.from({ length: 10 }, (_, j) => ({
        name: `Sub Kegiatan ${i + 1}.${j + 1}`,
        indikator: `Jumlah Dokumen ${i + 1}.${j + 1}`,
        anggaran: 1_000_000 * (j + 1),
        pagu32: 1_000_000 * (j + 1),
        realisasi: 500_000 * (j + 1),
        jadwal: "",
      })),
    }));
    const wb = buildWorkbook({ title: ["LAPORAN KINERJA TRIWULAN II", "Uji", "Tahun 2025"], sasaran }, { layout: "sheets", numbers: "text", merges: true });
    const a = analyze(await packageGrid(wb));
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([]);
    expect(a.sasaran.map((s) => s.subs.length)).toEqual(Array(12).fill(10));
  });
});

describe("7. dates at the granularity the cell shows", () => {
  test("a Jadwal formatted `mmmm yyyy` is narrated `Agustus 2024`, one formatted as a day keeps its day", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Tabel 2.3")!;
    ws.getCell("D8").value = new Date(Date.UTC(2024, 7, 1));
    ws.getCell("D8").numFmt = "mmmm yyyy";
    ws.getCell("D9").value = new Date(Date.UTC(2024, 6, 15));
    ws.getCell("D9").numFmt = "d mmmm yyyy";
    // Written as a file and read back by the command line's reader: dates as the package stores them.
    const text = narasi(analyze(await packageGrid(wb)));
    expect(text).toContain("dijadwalkan pada Agustus 2024");
    expect(text).not.toContain("1 Agustus 2024");
    expect(text).toContain("dijadwalkan pada 15 Juli 2024");
  });

  test("Excel's serial number (as Office.js gives it) with `[$-421]mmmm yyyy;@` is `Agustus 2024`", () => {
    const a = analyze(changed((g) => setCell(g, "Tabel 2.3", "D8", { value: 45505, text: "August 2024", numFmt: "[$-421]mmmm yyyy;@" })));
    expect(narasi(a)).toContain("dijadwalkan pada Agustus 2024");
    expect(narasi(a)).not.toContain("August");
  });
});

describe("8. cumulative figures are narrated from the start of the year", () => {
  test("a TW II workbook whose realisasi runs `s.d. TW II`: 1 Januari s.d. 30 Juni 2024, sampai dengan triwulan II", () => {
    const a = analyze(
      changed((g) => {
        setCell(g, "Sampul", "A1", { value: "LAPORAN KINERJA TRIWULAN II" });
        setCell(g, "Tabel 3.2", "A2", { value: "Cost per outcome Tahun 2024 - Triwulan II" });
        setCell(g, "Tabel 3.2", "E4", { value: "Realisasi s.d. TW II (Rp)" });
      }),
    );
    expect(a.period).toEqual({ triwulan: 2, tahun: 2024, cumulative: true });
    const text = narasi(a);
    expect(text).toContain("Dalam kurun waktu 1 Januari s.d. 30 Juni 2024 (sampai dengan triwulan II tahun 2024)");
    expect(text).not.toContain("1 April s.d. 30 Juni 2024");
  });

  test("a TW II workbook with a plain Realisasi column keeps the quarter's own dates", () => {
    const a = analyze(
      changed((g) => {
        setCell(g, "Sampul", "A1", { value: "LAPORAN KINERJA TRIWULAN II" });
        setCell(g, "Tabel 3.2", "A2", { value: "Cost per outcome Tahun 2024 - Triwulan II" });
      }),
    );
    expect(narasi(a)).toContain("Dalam kurun waktu 1 April s.d. 30 Juni 2024 (triwulan II tahun 2024)");
  });
});

describe("totals the tables cannot settle are said, with no value proposed and none narrated", () => {
  test("the 3.2 sum of pagu against a 2.3 total whose rincian cannot be read (2.3!C5 = #REF!)", () => {
    const a = analyze(changed((g) => setCell(g, "Tabel 2.3", "C5", { value: { error: "#REF!" } })));
    const f = a.findings.find((x) => x.code === "JUMLAH_TIDAK_PASTI")!;
    expect(`${f.sheet}!${f.cell}`).toBe("Tabel 3.2!D5");
    expect(f.expected).toBeNull();
    expect(a.sasaran[0].paguResolved).toBeNull();
    expect(reportText(a)).not.toMatch(/102\.815\.000|125\.715\.000/);
  });

  test("a typed kegiatan total of a web export without Tabel 2.3, one of its two sub kegiatan deleted", async () => {
    const polman = REAL_REPORTS.find((r) => r.id === "polman-subbid-anggaran-2022")!;
    const g = await packageGrid(buildRealWorkbook(polman));
    deleteRow(g, "Pengukuran Kinerja", 25);
    const a = analyze(g);
    const f = a.findings.filter((x) => x.code === "JUMLAH_TIDAK_PASTI");
    expect(f.map((x) => [x.cell, x.expected])).toEqual([
      ["C24", null],
      ["P24", null],
    ]);
    expect(f[0].message).toContain("Tabel 2.3 tidak memastikan semua sub kegiatannya tercantum");
    // Neither the typed total nor the one row left is stated as the kegiatan's pagu or realisasi.
    expect([a.sasaran[0].paguResolved, a.sasaran[0].realisasiAnggaranResolved]).toEqual([null, null]);
    expect(reportText(a)).not.toMatch(/1\.004\.422\.800|dari pagu anggaran Rp 195\.992\.600|total pagu/);
  });

  test("two rows numbered 1.b: the second is not placed, and the message says why", () => {
    const a = analyze(changed((g) => setCell(g, "Tabel 3.2", "A10", { value: "1.b" })));
    const f = a.findings.find((x) => x.code === "BARIS_TIDAK_DIKENALI")!;
    expect(`${f.sheet}!${f.cell}`).toBe("Tabel 3.2!A10");
    expect(f.message).toContain("sub kegiatan ke-2 sasaran 1 sudah ada di baris 9");
  });
});
