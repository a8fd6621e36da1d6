// The checks of one sasaran (src/core/checks), each on its own: the rule it enforces, on a small grid of the five
// tables (one sasaran, two sub kegiatan) that is consistent until a test changes a cell. Each test calls only
// the check it is about and looks at what it reported and what it computed.
import Decimal from "decimal.js";
import { GridWorkbook, parseA1 } from "../src/core";
import { AnggaranCheck, checkAnggaran } from "../src/core/checks/anggaran";
import { capaianOf, efisiensiCell, kinerjaCell } from "../src/core/checks/capaian-cells";
import {
  checkRealisasi31,
  checkTarget31,
  checkTarget32,
  deriveCapaian31,
  readKinerja31,
} from "../src/core/checks/capaian31";
import { Ctx } from "../src/core/checks/context";
import { checkKinerja } from "../src/core/checks/kinerja";
import { checkRealisasiWithinPagu, checkSasaranRow32, checkSubRows32, serapan } from "../src/core/checks/rows32";
import { checkSasaranPagu32, checkSasaranRealisasi32, subMoney32 } from "../src/core/checks/totals32";
import { Sasaran, buildReport } from "../src/core/model";
import { readTables } from "../src/core/reader";
import { withDefaults } from "../src/core/capaian";
import { gridOf } from "./helpers/grid";

type Rows = (string | number | null)[][];

/** One sasaran (target 80%, realisasi 60%, pagu 3.000.000) with two sub kegiatan, as the seed lays the tables out. */
const TABLES: Record<string, Rows> = {
  "Tabel 2.1": [
    ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target"],
    ["1.", "Meningkatnya Layanan", "Persentase Layanan", "80%"],
  ],
  "Tabel 2.2": [
    ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Anggaran"],
    ["1.", "Meningkatnya Layanan", "Persentase Layanan", "3.000.000"],
  ],
  "Tabel 2.3": [
    ["Kegiatan", "Sub Kegiatan", "Anggaran", "Jadwal"],
    ["Kegiatan Layanan", "Sub A", "1.000.000", ""],
    ["", "Sub B", "2.000.000", ""],
    ["Jumlah", "", "3.000.000", ""],
  ],
  "Tabel 3.1": [
    ["No", "Sasaran Kegiatan", "Indikator", "Target", "Realisasi", "Capaian"],
    ["1.", "Meningkatnya Layanan", "Persentase Layanan", "80%", "60%", ""],
  ],
  "Tabel 3.2": [
    ["No", "Sasaran/ Kegiatan", "Indikator Kinerja", "Anggaran", "", "", "Kinerja", "", "", "Efisiensi"],
    ["", "", "", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)", "T", "R", "%", ""],
    ["1.", "Meningkatnya Layanan", "Persentase Layanan", "", "", "", "80%", "60%", "", ""],
    ["", "Kegiatan", "", "", "", "", "", "", "", ""],
    ["1.a", "Sub A", "Jumlah Dokumen A", "1.000.000", "500.000", "", "4 Dokumen", "2 Dokumen", "", ""],
    ["1.b", "Sub B", "Jumlah Dokumen B", "2.000.000", "1.000.000", "", "10 Dokumen", "5 Dokumen", "", ""],
  ],
};

/** The grid with cells changed, by `Sheet!A1`. */
function grid(changes: Record<string, string | number | null> = {}): GridWorkbook {
  const sheets = Object.fromEntries(Object.entries(TABLES).map(([name, rows]) => [name, rows.map((r) => [...r])]));
  for (const [at, value] of Object.entries(changes)) {
    const [sheet, address] = at.split("!");
    const { row, col } = parseA1(address)!;
    sheets[sheet][row][col] = value;
  }
  return gridOf(sheets);
}

interface Setup {
  ctx: Ctx;
  s: Sasaran;
  ang: AnggaranCheck;
}

/** The first sasaran of the changed grid, its anggaran already checked, and a fresh context for the check under test. */
function setup(changes: Record<string, string | number | null> = {}): Setup {
  const report = buildReport(readTables(grid(changes)));
  const s = report.sasaran[0];
  const ang = checkAnggaran(new Ctx(), s);
  return { ctx: new Ctx(), s, ang };
}

const found = (ctx: Ctx) => ctx.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
const expected = (ctx: Ctx) => ctx.findings.map((f) => f.expected);
const derived = (ctx: Ctx) =>
  Object.fromEntries(ctx.derived.filter((d) => d.changed).map((d) => [`${d.sheet}!${d.address}`, d.value]));
const settings = withDefaults();

describe("the grid the checks start from", () => {
  test("is consistent: the whole check of its sasaran reports nothing", () => {
    const { ctx, s, ang } = setup();
    checkKinerja(ctx, s, settings, ang);
    expect(found(ctx)).toEqual([]);
  });
});

describe("checkSasaranPagu32: the sasaran's 3.2 pagu is the sum of its sub kegiatan's pagu", () => {
  test("written where empty", () => {
    const { ctx, s, ang } = setup();
    expect(checkSasaranPagu32(ctx, s, ang, subMoney32(ctx, ang))?.toNumber()).toBe(3_000_000);
    expect(derived(ctx)).toEqual({ "Tabel 3.2!D3": 3_000_000 });
  });

  test("a typed pagu that is not the sum is wrong, and says what it should be", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!D3": "3.500.000" });
    checkSasaranPagu32(ctx, s, ang, subMoney32(ctx, ang));
    expect(found(ctx)).toEqual(["PAGU_TIDAK_SESUAI@Tabel 3.2!D3"]);
    expect(expected(ctx)).toEqual([3_000_000]);
  });

  test("an unreadable pagu is read from the sum", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!D3": "3.00.000" });
    checkSasaranPagu32(ctx, s, ang, subMoney32(ctx, ang));
    expect(found(ctx)).toEqual(["FORMAT_ANGKA@Tabel 3.2!D3"]);
    expect(expected(ctx)).toEqual([3_000_000]);
  });

  test("without sub kegiatan rows, the pagu is the 2.3 total", () => {
    const noSubRows = Object.fromEntries([5, 6].flatMap((r) => [..."ABCDEGH"].map((c) => [`Tabel 3.2!${c}${r}`, ""])));
    const { ctx, s, ang } = setup({ ...noSubRows, "Tabel 3.2!D3": "2.900.000" });
    checkSasaranPagu32(ctx, s, ang, subMoney32(ctx, ang));
    expect(found(ctx)).toEqual(["PAGU_TIDAK_SESUAI@Tabel 3.2!D3"]);
    expect(ctx.findings[0].message).toContain("Tabel 2.3");
    expect(expected(ctx)).toEqual([3_000_000]);
  });
});

describe("checkSasaranRealisasi32: the sasaran's 3.2 realisasi is the sum of its sub kegiatan's", () => {
  test("written where empty", () => {
    const { ctx, s, ang } = setup();
    expect(checkSasaranRealisasi32(ctx, s, subMoney32(ctx, ang))?.toNumber()).toBe(1_500_000);
    expect(derived(ctx)).toEqual({ "Tabel 3.2!E3": 1_500_000 });
  });

  test("a typed realisasi that is not the sum is wrong", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!E3": "1.600.000" });
    checkSasaranRealisasi32(ctx, s, subMoney32(ctx, ang));
    expect(found(ctx)).toEqual(["REALISASI_TIDAK_SESUAI@Tabel 3.2!E3"]);
    expect(expected(ctx)).toEqual([1_500_000]);
  });
});

describe("checkRealisasiWithinPagu: a row's realisasi is not more than its pagu", () => {
  test("more is a warning at the realisasi", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!E5": "1.200.000" });
    const row = s.subs[0].cost!;
    checkRealisasiWithinPagu(ctx, row, ang.subs[0].pagu, ctx.money(row.realisasi, "Realisasi")!, "sub kegiatan 1.a");
    expect(found(ctx)).toEqual(["REALISASI_MELEBIHI_PAGU@Tabel 3.2!E5"]);
    expect(ctx.findings[0].severity).toBe("warning");
  });

  test("equal is fine", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!E5": "1.000.000" });
    const row = s.subs[0].cost!;
    checkRealisasiWithinPagu(ctx, row, ang.subs[0].pagu, ctx.money(row.realisasi, "Realisasi")!, "sub kegiatan 1.a");
    expect(found(ctx)).toEqual([]);
  });
});

describe("serapan: a row's capaian anggaran is its realisasi over its pagu", () => {
  test("written to its Capaian (%) cell", () => {
    const { ctx, s, ang } = setup();
    const row = s.subs[0].cost!;
    expect(serapan(ctx, row, ang.subs[0].pagu, ctx.money(row.realisasi, "Realisasi"), "sub kegiatan 1.a")?.toNumber()).toBe(0.5);
    expect(derived(ctx)).toEqual({ "Tabel 3.2!F5": 0.5 });
  });

  test("a zero pagu has none: TARGET_NOL at the pagu, the capaian cell left alone", () => {
    const { ctx, s } = setup({ "Tabel 3.2!D5": "0", "Tabel 3.2!E5": "0" });
    const row = s.subs[0].cost!;
    const pagu = ctx.money(row.pagu, "Pagu");
    expect(serapan(ctx, row, pagu, ctx.money(row.realisasi, "Realisasi"), "sub kegiatan 1.a")).toBeNull();
    expect(found(ctx)).toEqual(["TARGET_NOL@Tabel 3.2!D5"]);
    expect(derived(ctx)).toEqual({});
  });
});

describe("kinerjaCell: a 3.2 row's % kinerja is R over T", () => {
  const row = (changes: Record<string, string> = {}) => {
    const { ctx, s } = setup(changes);
    const r = s.subs[0].cost!;
    return { ctx, r, t: ctx.qty(r.t, "Target kinerja"), real: ctx.qty(r.r, "Realisasi kinerja") };
  };

  test("written to the % cell", () => {
    const { ctx, r, t, real } = row({ "Tabel 3.2!H5": "3 Dokumen" });
    expect(kinerjaCell(ctx, r, t, real, "positif", "sub kegiatan 1.a")?.toNumber()).toBe(0.75);
    expect(derived(ctx)).toEqual({ "Tabel 3.2!I5": 0.75 });
  });

  test("a zero target has none: TARGET_NOL at T", () => {
    const { ctx, r, t, real } = row({ "Tabel 3.2!G5": "0 Dokumen" });
    expect(kinerjaCell(ctx, r, t, real, "positif", "sub kegiatan 1.a")).toBeNull();
    expect(found(ctx)).toEqual(["TARGET_NOL@Tabel 3.2!G5"]);
  });

  test("R in another unit than T cannot be compared: NILAI_TIDAK_VALID at R", () => {
    const { ctx, r, t, real } = row({ "Tabel 3.2!H5": "2 Kegiatan" });
    expect(kinerjaCell(ctx, r, t, real, "positif", "sub kegiatan 1.a")).toBeNull();
    expect(found(ctx)).toEqual(["NILAI_TIDAK_VALID@Tabel 3.2!H5"]);
  });

  test("capaianOf: a negative polarity measures how far below the target R stays", () => {
    const { ctx, r, t, real } = row({ "Tabel 3.2!H5": "3 Dokumen" });
    expect(capaianOf(ctx, t, real, r.r, "negatif")?.toNumber()).toBe(1.25);
  });
});

describe("efisiensiCell: a 3.2 row's efisiensi by the chosen method", () => {
  test("selisih: capaian kinerja minus capaian anggaran, written to the Efisiensi cell", () => {
    const { ctx, s, ang } = setup();
    const row = s.subs[0].cost!;
    const realisasi = ctx.money(row.realisasi, "Realisasi")!;
    const e = efisiensiCell(ctx, row, new Decimal(0.75), new Decimal(0.5), ang.subs[0].pagu!, realisasi, settings);
    expect(e.value?.toNumber()).toBe(0.25);
    // A difference of percentages is written in poin (efisiensi.md): 25 with the format 0.00" poin".
    expect(derived(ctx)).toEqual({ "Tabel 3.2!J5": 25 });
    expect(ctx.derived[0].numFmt).toBe('0.00" poin"');
  });
});

describe("checkSubRows32: each sub kegiatan's row, serapan, % kinerja and efisiensi", () => {
  test("computes every sub kegiatan's row", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!H6": "8 Dokumen" });
    const rows = checkSubRows32(ctx, s, ang, subMoney32(ctx, ang).realisasi, "positif", settings);
    expect(rows.kinerja.map((k) => k?.toNumber())).toEqual([0.5, 0.8]);
    expect(rows.capaianAnggaran.map((k) => k?.toNumber())).toEqual([0.5, 0.5]);
    expect(derived(ctx)).toEqual({
      "Tabel 3.2!F5": 0.5,
      "Tabel 3.2!I5": 0.5,
      "Tabel 3.2!J5": 0,
      "Tabel 3.2!F6": 0.5,
      "Tabel 3.2!I6": 0.8,
      "Tabel 3.2!J6": 30, // poin

    });
  });
});

describe("checkSasaranRow32: the sasaran's own 3.2 row", () => {
  test("an empty R is the mean of its sub kegiatan's % kinerja", () => {
    const { ctx, s, ang } = setup({ "Tabel 3.2!H3": "", "Tabel 3.2!H6": "8 Dokumen" });
    const money = subMoney32(ctx, ang);
    const subs = checkSubRows32(new Ctx(), s, ang, money.realisasi, "positif", settings);
    checkSasaranRow32(ctx, s, { pagu: null, realisasi: null }, money.costSubs, subs.kinerja, "positif", settings);
    expect(derived(ctx)["Tabel 3.2!H3"]).toBe(0.65);
  });

  test("a typed R is kept", () => {
    const { ctx, s, ang } = setup();
    const money = subMoney32(ctx, ang);
    const subs = checkSubRows32(new Ctx(), s, ang, money.realisasi, "positif", settings);
    const own = checkSasaranRow32(ctx, s, { pagu: null, realisasi: null }, money.costSubs, subs.kinerja, "positif", settings);
    expect(derived(ctx)["Tabel 3.2!H3"]).toBeUndefined();
    expect(own.kinerja?.toNumber()).toBe(0.75);
  });
});

describe("checkTarget31: Tabel 3.1's target is the Perjanjian Kinerja's", () => {
  test("another target in 3.1 is wrong, and should be 2.1's", () => {
    const { ctx, s } = setup({ "Tabel 3.1!D2": "75%" });
    checkTarget31(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual(["TARGET_TIDAK_SESUAI@Tabel 3.1!D2"]);
    expect(expected(ctx)).toEqual([0.8]);
    expect(ctx.findings[0].expectedKind).toBe("persen");
  });

  test("the same target written another way (0,8 in a percent column) agrees", () => {
    const { ctx, s } = setup({ "Tabel 3.1!D2": "80,00%" });
    checkTarget31(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual([]);
  });
});

describe("checkTarget32: Tabel 3.2's target is the agreed one", () => {
  test("another T in 3.2 is wrong, and should be the Perjanjian Kinerja's", () => {
    const { ctx, s } = setup({ "Tabel 3.2!G3": "75%" });
    checkTarget32(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual(["TARGET_TIDAK_SESUAI@Tabel 3.2!G3"]);
    expect(ctx.findings[0].message).toContain("Perjanjian Kinerja");
    expect(expected(ctx)).toEqual([0.8]);
  });

  test("when 3.1 disagrees with 2.1, 3.2 is held to 2.1 (the authority), not to 3.1", () => {
    const { ctx, s } = setup({ "Tabel 3.1!D2": "75%", "Tabel 3.2!G3": "75%" });
    checkTarget32(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual(["TARGET_TIDAK_SESUAI@Tabel 3.2!G3"]);
    expect(expected(ctx)).toEqual([0.8]);
  });

  test("without a Perjanjian Kinerja target, 3.1's is the agreed one", () => {
    const { ctx, s } = setup({ "Tabel 2.1!D2": "", "Tabel 3.2!G3": "75%" });
    checkTarget32(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual(["TARGET_TIDAK_SESUAI@Tabel 3.2!G3"]);
    expect(ctx.findings[0].message).toContain("Tabel 3.1");
  });
});

describe("checkRealisasi31: Tabel 3.1's realisasi is Tabel 3.2's", () => {
  test("another realisasi in 3.1 is wrong, and should be 3.2's", () => {
    const { ctx, s } = setup({ "Tabel 3.1!E2": "55%" });
    checkRealisasi31(ctx, s, readKinerja31(ctx, s, []));
    expect(found(ctx)).toEqual(["REALISASI_TIDAK_SESUAI@Tabel 3.1!E2"]);
    expect(expected(ctx)).toEqual([0.6]);
  });

  test("with R empty in 3.2, 3.2's realisasi is its sub kegiatan's mean", () => {
    const { ctx, s } = setup({ "Tabel 3.2!H3": "" });
    const q = readKinerja31(ctx, s, [new Decimal(0.5), new Decimal(0.7)]);
    checkRealisasi31(ctx, s, q);
    expect(found(ctx)).toEqual([]);
  });
});

describe("deriveCapaian31: Tabel 3.1's capaian is its realisasi over its target", () => {
  test("written to the Capaian cell", () => {
    const { ctx, s } = setup();
    expect(deriveCapaian31(ctx, s, readKinerja31(ctx, s, []), "positif")?.toNumber()).toBe(0.75);
    expect(derived(ctx)).toEqual({ "Tabel 3.1!F2": 0.75 });
  });

  test("by negative polarity, (2T - R) / T", () => {
    const { ctx, s } = setup();
    expect(deriveCapaian31(ctx, s, readKinerja31(ctx, s, []), "negatif")?.toNumber()).toBe(1.25);
  });

  test("a zero target has none: TARGET_NOL at the target, the capaian cell left alone", () => {
    const { ctx, s } = setup({ "Tabel 3.1!D2": "0%" });
    expect(deriveCapaian31(ctx, s, readKinerja31(ctx, s, []), "positif")).toBeNull();
    expect(found(ctx)).toEqual(["TARGET_NOL@Tabel 3.1!D2"]);
    expect(derived(ctx)).toEqual({});
  });

  test("an empty 3.1 target falls back to the Perjanjian Kinerja's", () => {
    const { ctx, s } = setup({ "Tabel 3.1!D2": "" });
    expect(deriveCapaian31(ctx, s, readKinerja31(ctx, s, []), "positif")?.toNumber()).toBe(0.75);
  });
});
