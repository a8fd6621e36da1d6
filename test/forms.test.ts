// Issue 19: the forms officers already fill (Monev Renja E.81 and RFK as wp-sipd exports them, E-Sakip's LAKIP
// workbook), read by their layout (src/core/forms-*.ts): every row and column placed or reported, the planted
// errors found at their cells, Hitung filling what the forms leave to compute, and a narrative stating the period.
import { Analysis, GridWorkbook, analyze, narasi } from "../src/core";
import { openWorkbook, readXlsx } from "../src/xlsx";
import { buildLaporan } from "../src/report";
import { rasterizeWithResvg } from "../src/report/rasterize-node";
import { all, openDocx } from "./helpers/docx";
import { FORM_FIXTURES, FormFixture, formHtml } from "./fixtures/forms";
import { monevDoc, monevRows } from "./fixtures/forms/monev-renja";
import { rfkDoc, rfkRows } from "./fixtures/forms/rfk";

const fixture = (id: string) => FORM_FIXTURES.find((f) => f.id === id)!;

async function xlsxGrid(f: FormFixture, planted: boolean): Promise<GridWorkbook> {
  const buf = await f.workbook(planted).xlsx.writeBuffer();
  return readXlsx(new Uint8Array(buf as ArrayBuffer)).grid;
}
const htmlGrid = (html: string) => openWorkbook(new TextEncoder().encode(html)).grid;

/** Errors and warnings as `CODE Sheet!A1 expected`. */
const problems = (a: Analysis) =>
  a.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.expected ?? ""}`.trim())
    .sort();
const infos = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code);
const changed = (a: Analysis) =>
  Object.fromEntries(a.derived.filter((d) => d.changed).map((d) => [d.address, d.value]));

describe.each([
  ["as the .xlsx a spreadsheet saves", "xlsx"],
  ["as the HTML .xls the plugin downloads", "html"],
])("Monev Renja (wp-sipd, Permendagri 86/2017 E.81) %s", (_label, kind) => {
  const f = fixture("wp-sipd-monev-renja");
  const grid = (planted: boolean) =>
    kind === "html" ? Promise.resolve(htmlGrid(f.html!(planted))) : xlsxGrid(f, planted);
  const sheet = kind === "html" ? "Laporan MONEV RENJA" : "Monev Renja";

  test("the clean export: no error or warning, every row placed, the Renstra columns listed as not used", async () => {
    const a = analyze(await grid(false));
    expect(problems(a)).toEqual([]);
    const [form] = infos(a, "FORMULIR_DIKENALI");
    expect(form.message).toContain("agusnurwanto/wp-sipd@5e6580f281e98a98afccce9e257d6e0ce9db74de");
    expect(form.message).toContain("menurut kode SIPD (kolom D)");
    expect(form.message).toContain("triwulan II, dari triwulan terakhir yang terisi");
    const unused = infos(a, "KOLOM_TIDAK_DIPAKAI")[0].message;
    for (const why of ["target Renstra lima tahun", "realisasi Renstra sampai tahun lalu", "capaian Renstra", "Tujuan Renstra"])
      expect(unused).toContain(why);
    expect(a.tables.find((t) => t.id === "3.2")).toMatchObject({ found: true, foundBy: "form", rows: 8 });
    expect(a.period).toEqual({ triwulan: 2, tahun: 2025, cumulative: true });
  });

  test("column 12 K of a percentage indicator is the level reached (93.00, not 90 + 93): said, not reported", async () => {
    const a = analyze(await grid(false));
    const rule = infos(a, "CATATAN_FORMULIR");
    expect(rule.map((x) => x.cell)).toEqual(["AB6"]);
    expect(rule[0].message).toContain("tingkat yang dicapai");
    expect(rule[0].message).toContain("6 baris lain sama dengan jumlah periodenya");
  });

  test("the planted errors, each at its cell", async () => {
    const a = analyze(await grid(true));
    expect(problems(a)).toEqual(
      [
        // K1's pagu typed 151.535.000: the sum of its two sub kegiatan is 151.355.000.
        `PAGU_TIDAK_SESUAI ${sheet}!O7 151355000`,
        // S1's TW II Rp retyped: 18.250.000 + 27.460.000 is not the 45.890.000 of column 12.
        `KUMULATIF_TIDAK_SESUAI ${sheet}!AD8 45710000`,
        // S2's TW I Rp `9.10.000`: column 12 (21.500.000) less TW II (12.400.000) says 9.100.000.
        `FORMAT_ANGKA ${sheet}!R9 9100000`,
        // K2's column 12 K 3 where its quarters (a positif indicator) add up to 2.
        `KUMULATIF_TIDAK_SESUAI ${sheet}!AB11 2`,
        // S2's capaian 43.33: 21.500.000 / 48.500.000 = 44,33%.
        `CAPAIAN_TIDAK_SESUAI ${sheet}!AF9 0.4433`,
      ].sort(),
    );
    // Nothing is built on the figure that does not add up: S1's capaian is left as it is.
    expect(changed(a)).not.toHaveProperty("AF8");
  });

  test("Hitung fills only the capaian columns (13 K, 13 Rp), for every row and the footer", async () => {
    const a = analyze(await grid(false));
    const written = a.derived.filter((d) => d.changed).map((d) => d.address.replace(/\d+$/, ""));
    expect(new Set(written)).toEqual(new Set(["AE", "AF"]));
    expect(changed(a)).toMatchObject({ AF8: 0.4462, AE6: 0.9789, AF7: 0.4452, AE13: 0.4173 });
  });

  test("the narrative states the period from the quarters filled and the figures", async () => {
    const text = narasi(analyze(await grid(false)), {});
    expect(text).toContain("Dalam kurun waktu 1 Januari s.d. 30 Juni 2025 (sampai dengan triwulan II tahun 2025)");
    expect(text).toContain("dari 2 (dua) program");
    expect(text).toContain(
      "Untuk Program Penyelenggaraan Pemerintahan dan Pelayanan Publik, dari pagu anggaran Rp 151.355.000 telah direalisasikan Rp 67.390.000 atau 44,52%",
    );
    expect(text).toContain("Rp 88.190.000 atau 41,73% dari total pagu Rp 211.355.000");
    expect(text).not.toMatch(/predikat/);
  });

  test("the report's Tabel 3.2 prints the form's figures the Indonesian way, as the narrative states them", async () => {
    const l = await buildLaporan(await grid(false), { rasterize: rasterizeWithResvg });
    const docx = await openDocx(l.bytes);
    const rows = all(docx.body, "w:tr").map((tr) => all(tr, "w:tc").map((tc) => all(tc, "w:t").map((t) => t.text).join("")));
    const program = rows.find((r) => /^PROGRAM PENYELENGGARAAN/.test(r[1] ?? ""))!;
    expect(program.slice(3)).toEqual(["151.355.000", "67.390.000", "44,52%", "95", "93,00", "97,89%", expect.any(String)]);
    // With the planted errors the capaian of 1.1.1 cannot be computed: the form's own 44.62 prints as a percentage.
    const planted = await openDocx((await buildLaporan(await grid(true), { rasterize: rasterizeWithResvg })).bytes);
    const sub = all(planted.body, "w:tr")
      .map((tr) => all(tr, "w:tc").map((tc) => all(tc, "w:t").map((t) => t.text).join("")))
      .find((r) => r[0] === "1.1.1")!;
    expect(sub.slice(3, 6)).toEqual(["102.855.000", "45.710.000*", "44,62%"]);
  }, 60_000);

  test("each program's realisasi and target in the unit of its Satuan column (7)", async () => {
    const text = narasi(analyze(await grid(false)), {});
    expect(text).toContain("mencatat realisasi 93,00 persen dari target 95 persen, atau capaian kinerja 97,89%");
    expect(text).toContain("mencatat realisasi 7 desa dari target 10 desa, atau capaian kinerja 70%");
  });
});

describe.each([
  ["as the .xlsx a spreadsheet saves", "xlsx"],
  ["as the HTML .xls the plugin downloads", "html"],
])("RFK (wp-sipd) %s", (_label, kind) => {
  const f = fixture("wp-sipd-rfk");
  const grid = (planted: boolean) =>
    kind === "html" ? Promise.resolve(htmlGrid(f.html!(planted))) : xlsxGrid(f, planted);
  const sheet = kind === "html" ? "Laporan RFK 2025" : "RFK Juni 2025";

  test("the clean export: no error or warning; the month in the title is the period; Anggaran Kas only checked", async () => {
    const a = analyze(await grid(false));
    expect(problems(a)).toEqual([]);
    expect(a.period).toEqual({ triwulan: 2, tahun: 2025, bulan: 6, cumulative: true });
    expect(infos(a, "FORMULIR_DIKENALI")[0].message).toContain(
      "bulan Juni tahun 2025 menurut judul di atas tabel, dinilai sebagai triwulan 2; realisasinya dari 1 Januari",
    );
    const kas = infos(a, "KOLOM_DIPILIH").find((x) => x.cell === "AD7")!;
    expect(kas.message).toContain("bukan realisasi");
    expect(infos(a, "KOLOM_TIDAK_DIPAKAI")[0].message).toMatch(/O "Sumber Dana.*P "Keterangan/);
    expect(a.findings.some((x) => x.code === "BARIS_TIDAK_DIKENALI")).toBe(false);
  });

  test("the planted errors, each at its cell", async () => {
    const a = analyze(await grid(true));
    expect(problems(a)).toEqual(
      [
        // Sub 1's realisasi fisik 120.00%.
        `NILAI_TIDAK_VALID ${sheet}!M13`,
        // Sub 1's cash plan: month 5 typed 8.750.000, the months no longer add up to the Total.
        `KUMULATIF_TIDAK_SESUAI ${sheet}!AD13 103035000`,
        // Sub 3's month 9 `5.00.000`: the Total says 5.000.000.
        `FORMAT_ANGKA ${sheet}!Z17 5000000`,
        // The TOTAL row's DPA is not the sum of the two programs.
        `PAGU_TIDAK_SESUAI ${sheet}!H18 211355000`,
        // Sub 2's capaian 43.33 (21.500.000 / 48.500.000 = 44,33%) and its deviasi written as RAK − capaian.
        `CAPAIAN_TIDAK_SESUAI ${sheet}!J14 0.4433`,
        `CAPAIAN_TIDAK_SESUAI ${sheet}!L14 0.0851`,
        // Sub 3 spent more than its pagu; the program and bidang above it are not reported again.
        `REALISASI_MELEBIHI_PAGU ${sheet}!I17`,
      ].sort(),
    );
    const dev = a.findings.find((x) => x.cell === "L14")!;
    expect(dev.message).toContain("selisih RAK − capaian");
  });

  test("Hitung fills capaian, deviasi, fisik and nilai fisik where the form computes them, never an input", async () => {
    const a = analyze(await grid(false));
    const cols = new Set(a.derived.filter((d) => d.changed).map((d) => d.address.replace(/\d+$/, "")));
    expect(cols).toEqual(new Set(["J", "L", "M", "N"]));
    // Sub rows: fisik is typed (M), its rupiah value derived (N); rows adding up others: the reverse.
    expect(a.derived.filter((d) => d.changed && /^M1[37]$/.test(d.address))).toEqual([]);
    expect(changed(a)).toMatchObject({ J13: 0.4462, L13: -0.0439, N13: 46284750, M11: 0.434, J18: 0.4173 });
  });

  test("the narrative names the month and its triwulan, and the figures", async () => {
    const text = narasi(analyze(await grid(false)), {});
    expect(text).toContain("Dalam kurun waktu 1 Januari s.d. 30 Juni 2025 (sampai dengan bulan Juni tahun 2025, akhir triwulan II)");
    expect(text).toContain("Laporan Kinerja Bulan Juni Tahun 2025");
    expect(text).toContain("Rp 88.190.000 atau 41,73% dari total pagu Rp 211.355.000");
  });
});

describe("RFK: which pagu the capaian is over when the RKA SIPD (7) and the second pagu (8) differ", () => {
  /** Sub 2 with a DPA of 50.000.000 beside its RKA 48.500.000, the sums above it kept consistent. */
  function twoPagu(capaian: string) {
    const rows = rfkRows();
    rows[5].figures![1] = "50.000.000";
    rows[5].figures![3] = capaian;
    for (const i of [1, 2, 3]) rows[i].figures![1] = i === 1 ? "212.855.000" : "152.855.000";
    return analyze(htmlGrid(formHtml(rfkDoc(rows))));
  }

  test("a capaian written over the RKA (as wp-sipd computes it without SIMDA) is kept, and said", () => {
    const a = twoPagu("44.33");
    const note = a.findings.find((x) => x.cell === "G14")!;
    expect(note.code).toBe("CATATAN_FORMULIR");
    expect(note.message).toContain("ditulis terhadap pagu sel G14");
    expect(a.findings.some((x) => x.cell === "J14" && x.code === "CAPAIAN_TIDAK_SESUAI")).toBe(false);
  });

  test("otherwise the capaian is over column 8, as the header's 10 = (9 / 8) * 100 says", () => {
    const a = twoPagu("43.00");
    expect(a.findings.find((x) => x.cell === "G14")!.message).toContain("sesuai rumus judul kolomnya (10 = (9 / 8) * 100)");
    expect(a.findings.some((x) => x.cell === "J14" && x.code === "CAPAIAN_TIDAK_SESUAI")).toBe(false);
  });
});

describe("RFK: a typed total its rows show wrong", () => {
  test("a program's realisasi: said with the sum of its sub kegiatan; capaian, deviasi and fisik not rebuilt on the typo", () => {
    const rows = rfkRows();
    // Program 7.01.02 typed 67.000.000; its kegiatan and its two sub kegiatan say 67.390.000.
    rows[2].figures![2] = "67.000.000";
    const a = analyze(htmlGrid(formHtml(rfkDoc(rows))));
    expect(problems(a)).toEqual(["REALISASI_TIDAK_SESUAI Laporan RFK 2025!I11 67390000"]);
    expect(changed(a)).toMatchObject({ J11: 0.4452 });
  });

  test("a kegiatan's pagu: said with the sum; its fisik is not recomputed over the typo", () => {
    const rows = rfkRows();
    rows[3].figures![1] = "151.555.000";
    const a = analyze(htmlGrid(formHtml(rfkDoc(rows))));
    expect(problems(a)).toEqual(["PAGU_TIDAK_SESUAI Laporan RFK 2025!H12 151355000"]);
  });
});

describe("Monev Renja: rows by their SIPD code", () => {
  test("a sub kegiatan filed under another program's kegiatan is reported, not summed there", () => {
    const rows = monevRows();
    // S3 (program 7.01.03) moved up under kegiatan 7.01.02.2.01.
    const s3 = rows.splice(6, 1)[0];
    rows.splice(4, 0, s3);
    const a = analyze(htmlGrid(formHtml(monevDoc(rows))));
    const row = a.findings.find((x) => x.code === "BARIS_TIDAK_DIKENALI")!;
    expect(row.message).toContain("kode 7.01.03.2.01.0001 bukan sub kegiatan dari kegiatan 7.01.02.2.01");
  });

  test("a program pagu its kegiatan rows contradict is the wrong one: said with the right value, its capaian kept", () => {
    const rows = monevRows();
    // Program 7.01.02 typed 151.555.000; its kegiatan row says 151.355.000, the sum of the two sub kegiatan.
    rows[0].pagu = "151.555.000";
    const a = analyze(htmlGrid(formHtml(monevDoc(rows))));
    expect(problems(a)).toEqual(["PAGU_TIDAK_SESUAI Laporan MONEV RENJA!O6 151355000"]);
    // The capaian written over the right pagu (44.52) is kept (made a number), not replaced by one over the typo (44,47%).
    expect(changed(a).AF6).toBe(0.4452);
    expect(narasi(a, {})).toContain("dari pagu anggaran Rp 151.355.000 telah direalisasikan Rp 67.390.000 atau 44,52%");
  });

  test("a program pagu that differs while a kegiatan row also does: not settled, no value proposed or built on", () => {
    const rows = monevRows();
    rows[0].pagu = "151.555.000";
    rows[1].pagu = "151.455.000";
    const a = analyze(htmlGrid(formHtml(monevDoc(rows))));
    const at = a.findings.find((x) => x.cell === "O6")!;
    expect(at).toMatchObject({ code: "JUMLAH_TIDAK_PASTI", expected: null });
    expect(at.message).toContain("Baris kegiatannya tidak memastikan semua sub kegiatannya tercantum");
    expect(changed(a)).not.toHaveProperty("AF6");
  });

  test("a negative quarter (wp-sipd's dead carry-forward) is reported where it is, and nothing is summed over it", () => {
    const rows = monevRows();
    rows[6].tw[2] = ["0", "-20.800.000"];
    rows[6].rp12 = "0";
    const a = analyze(htmlGrid(formHtml(monevDoc(rows))));
    expect(a.findings.find((x) => x.cell === "X12")).toMatchObject({ code: "NILAI_TIDAK_VALID" });
    expect(a.findings.some((x) => x.cell === "AD12" && x.code === "KUMULATIF_TIDAK_SESUAI")).toBe(false);
  });
});

describe("E-Sakip LAKIP workbook (sheets LAKIP, Efisiensi Program, Analisis Faktor)", () => {
  const f = fixture("e-sakip-lakip");

  test("the clean export: each sheet recognised, the negative indicator's 120% accepted and said", async () => {
    const a = analyze(await xlsxGrid(f, false));
    expect(problems(a)).toEqual([]);
    expect(infos(a, "FORMULIR_DIKENALI").map((x) => x.sheet).sort()).toEqual(["Analisis Faktor", "Efisiensi Program", "LAKIP"]);
    expect(infos(a, "FORMULIR_DIKENALI")[0].message).toContain("andhika201/E-Sakip@74f39c284cf7b9873269d9bea2265028516dd98a");
    const negative = infos(a, "CATATAN_FORMULIR").find((x) => x.cell === "J13")!;
    expect(negative.message).toContain("rumus indikator negatif");
    expect(a.period).toEqual({ triwulan: null, tahun: 2025 });
    // The prior year's columns are not read as this year's.
    expect(infos(a, "KOLOM_TIDAK_DIPAKAI")[0].message).toContain('F "TARGET TAHUN SEBELUMNYA (tahun sebelumnya)"');
  });

  test("the planted errors, each at its cell", async () => {
    const a = analyze(await xlsxGrid(f, true));
    expect(problems(a)).toEqual(
      [
        "CAPAIAN_TIDAK_SESUAI LAKIP!J10 1.0183",
        "FORMAT_ANGKA LAKIP!H11",
        "REALISASI_MELEBIHI_PAGU Efisiensi Program!D10",
        // The TOTAL's REALISASI is not the sum of the programs; no second total says which one is wrong: no proposal.
        "JUMLAH_TIDAK_PASTI Efisiensi Program!D12",
        "SISA_ANGGARAN_TIDAK_SESUAI Efisiensi Program!E11 2434500",
      ].sort(),
    );
    expect(a.findings.find((x) => x.cell === "J10")!.message).toContain("kira-kira 10 kali hasil hitung");
    // EFISIENSI is typed in E-Sakip: checked, never written.
    expect(a.derived.some((d) => d.sheet === "Efisiensi Program" && d.changed)).toBe(false);
  });

  test("the narrative: annual, programs by name without their code, predikat stated", async () => {
    const text = narasi(analyze(await xlsxGrid(f, false)), {});
    expect(text).toContain("Dalam kurun waktu 1 Januari s.d. 31 Desember 2025 (Tahun 2025)");
    expect(text).toContain("Untuk Program Penyelenggaraan Pemerintahan dan Pelayanan Publik, dari pagu anggaran Rp 151.355.000 telah direalisasikan Rp 148.920.500 atau 98,39%");
    expect(text).toContain("capaian kinerja 120% (predikat Sangat Tinggi)");
  });
});

test("the HTML .xls and the .xlsx of one form give the same findings at the same cells", async () => {
  for (const id of ["wp-sipd-monev-renja", "wp-sipd-rfk"]) {
    const f = fixture(id);
    const strip = (a: Analysis) => a.findings.map((x) => `${x.code} ${x.cell} ${x.expected}`).sort();
    expect(strip(analyze(htmlGrid(f.html!(true))))).toEqual(strip(analyze(await xlsxGrid(f, true))));
  }
});
