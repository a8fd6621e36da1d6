import { Decimal, formatAngka, formatPersen, formatRupiah, jumlahKata, terbilang } from "../src/core";

describe("Indonesian figures", () => {
  test.each([
    [600000, "Rp 600.000"],
    [1234567.5, "Rp 1.234.567,50"],
    [0, "Rp 0"],
    [102855000, "Rp 102.855.000"],
    [999, "Rp 999"],
  ])("%d → %s", (n, s) => expect(formatRupiah(new Decimal(n))).toBe(s));

  test.each([
    [0.2222222, "22,22%"],
    [0.67, "67%"],
    [1, "100%"],
    [0, "0%"],
    [0.0637, "6,37%"],
    [0.605, "60,5%"],
    [-0.05, "-5%"],
  ])("%d → %s", (n, s) => expect(formatPersen(new Decimal(n))).toBe(s));

  test("big amounts group every three digits", () => {
    expect(formatAngka(new Decimal("1234567890123"))).toBe("1.234.567.890.123");
  });
});

describe("terbilang (KBBI)", () => {
  test.each([
    [0, "nol"],
    [1, "satu"],
    [2, "dua"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1100, "seribu seratus"],
    [2000, "dua ribu"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [600000, "enam ratus ribu"],
    [1000000, "satu juta"],
    [1000000000, "satu miliar"],
    [2500000000, "dua miliar lima ratus juta"],
    [1000000000000, "satu triliun"],
    [102855000, "seratus dua juta delapan ratus lima puluh lima ribu"],
  ])("%d → %s", (n, s) => expect(terbilang(n)).toBe(s));

  test("small counts in reports: 2 (dua)", () => {
    expect(jumlahKata(2)).toBe("2 (dua)");
    expect(jumlahKata(5)).toBe("5 (lima)");
    expect(jumlahKata(0)).toBe("0 (nol)");
    expect(jumlahKata(12)).toBe("12 (dua belas)");
    expect(jumlahKata(13)).toBe("13");
  });
});
