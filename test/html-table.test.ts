// The HTML table SIPD tools save as `.xls` (wp-sipd's "Download Excel": `#cetak`'s outerHTML after one space, UTF-8
// without BOM, no <html> wrapper, every <td> marked `mso-number-format:\@`), read into the engine's grid
// (src/xlsx/html-table.ts) and into a package Hitung can patch (src/xlsx/from-grid.ts, open.ts).
import { analyze } from "../src/core";
import { PackageError, gridToXlsx, htmlSheet, htmlText, openWorkbook, patchXlsx, readXlsx } from "../src/xlsx";

const enc = (s: string) => new TextEncoder().encode(s);

describe("the HTML table read into a grid", () => {
  const html = ` <div id="cetak" title="Laporan RFK 2025" style="padding: 5px;">
\t<h4 style="text-align: center;">Realisasi Fisik dan Keuangan (RFK)<br>7.01.0.00.0.00.06.0000&nbsp;Kecamatan Sukamaju<br>Bulan Juni Tahun 2025</h4>
\t<div style="overflow-x: auto;"><table cellpadding="2">
\t\t<thead>
\t\t\t<tr><th rowspan="2">No</th><th colspan="2">Realisasi</th></tr>
\t\t\t<tr><th>K</th><th>Rp</th></tr>
\t\t</thead>
\t\t<tfoot><tr><th colspan=2>TOTAL</th><th>1.000</th></tr></tfoot>
\t\t<tbody>
\t\t\t<tr class="sub"><td style="null; mso-number-format:\\@;">01</td><td style="x;; mso-number-format:\\@;">&nbsp;</td><td>1.000</td></tr>
\t\t\t<tr><td>2.01</td><td><a target="_blank">Koordinasi
\t\t\t\tKegiatan</a><span style="display: none;" class="edit-monev"><i class="dashicons"></i></span> <ul class="indikator_renstra"><li data-id=abc>IKM 80 | 81</li></ul></td><td>95<br>12</td></tr>
\t\t</tbody>
\t</table></div>
</div>`;
  const { sheet, tables } = htmlSheet(html);
  const text = (r: number, c: number) => sheet.cells[r]?.[c]?.value ?? null;

  test("the title lines above the table are rows of their own (the RFK's month is read from there)", () => {
    expect([text(0, 0), text(1, 0), text(2, 0)]).toEqual([
      "Realisasi Fisik dan Keuangan (RFK)",
      // A non-breaking space inside a text is a character of it; only around a cell's text is it trimmed.
      "7.01.0.00.0.00.06.0000\u00a0Kecamatan Sukamaju",
      "Bulan Juni Tahun 2025",
    ]);
    expect(sheet.name).toBe("Laporan RFK 2025");
    expect(tables).toBe(1);
  });

  test("rowspan and colspan become merges, a spanned slot is skipped by the next cell", () => {
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 4, left: 0, bottom: 5, right: 0 },
        { top: 4, left: 1, bottom: 4, right: 2 },
      ]),
    );
    expect([text(5, 1), text(5, 2)]).toEqual(["K", "Rp"]);
  });

  test("cells stay text as marked (`01`, `2.01`), `&nbsp;` is empty, a <br> is a line break, markup and hiding are dropped", () => {
    expect(text(6, 0)).toBe("01");
    expect(text(6, 1)).toBeNull();
    expect(text(7, 0)).toBe("2.01");
    expect(text(7, 1)).toBe("Koordinasi Kegiatan\nIKM 80 | 81");
    expect(text(7, 2)).toBe("95\n12");
  });

  test("the <tfoot> is laid out after the body, wherever it is written", () => {
    expect(text(8, 0)).toBe("TOTAL");
    expect(text(8, 2)).toBe("1.000");
  });
});

describe("which bytes are an HTML table", () => {
  test("one space, then <div …>, UTF-8 without BOM (as the plugin's data: URL writes it)", () => {
    expect(htmlText(enc(' <div id="cetak"><table><tr><td>é</td></tr></table></div>'))).toContain("é");
  });
  test("with a BOM, and the old Internet Explorer branch's literal %20 and %23", () => {
    const ie = enc('\ufeff<div%20id="cetak"><table><tr><td%20style="color:%23000">Rp%20600.000</td></tr></table></div>');
    const grid = htmlSheet(htmlText(ie)!).sheet;
    expect(grid.cells[0][0]!.value).toBe("Rp 600.000");
  });
  test("bytes that are not UTF-8 (a `%` the browser decoded) are read as Windows-1252, not refused", () => {
    const bytes = new Uint8Array([...enc("<table><tr><td>100"), 0xda, ...enc("ri</td></tr></table>")]);
    expect(htmlSheet(htmlText(bytes)!).sheet.cells[0][0]!.value).toBe("100Úri");
  });
  test("an .xlsx (zip) and an old .xls (BIFF) are not HTML", () => {
    expect(htmlText(new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
    expect(htmlText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
  });
});

describe("opening a file", () => {
  test("an HTML page without a table is refused with its own hint, never as 'not a workbook'", () => {
    expect(() => openWorkbook(enc(" <div><h4>RFK tidak ditemukan!</h4></div>"))).toThrow(/halaman HTML .* tidak memuat tabel/);
  });
  test("an old binary .xls keeps the hint to save it as .xlsx", () => {
    const biff = new Uint8Array(512);
    biff.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => openWorkbook(biff)).toThrow(PackageError);
    expect(() => openWorkbook(biff)).toThrow(/\.xls lama/);
  });
  test("the HTML table becomes a package read back to the same grid, and Hitung patches it", () => {
    const html = '<table><tr><th>Pagu</th><th>Realisasi</th><th>Capaian (%)</th></tr><tr><td>1.000</td><td>500</td><td></td></tr></table>';
    const opened = openWorkbook(enc(html));
    expect(opened.source).toBe("html");
    const { sheet } = htmlSheet(html);
    expect(opened.grid.sheets[0].cells.map((r) => (r ?? []).map((c) => c?.value ?? null))).toEqual(
      sheet.cells.map((r) => r.map((c) => c?.value ?? null)),
    );
    const back = readXlsx(patchXlsx(opened, [{ table: "3.2", sheet: "Lembar1", row: 1, col: 2, address: "C2", what: "Capaian (%)", value: 0.5, numFmt: "0.00%", previous: { value: null, text: "" }, changed: true }]).bytes);
    expect(back.grid.sheets[0].cells[1][2]).toMatchObject({ value: 0.5, numFmt: "0.00%" });
  });
  test("text that looks like an escape or holds control characters is kept as written", () => {
    const grid = { sheets: [{ name: "S", top: 0, left: 0, merges: [], cells: [[{ value: "a_x0041_b\u0001" }]] }] };
    expect(readXlsx(gridToXlsx(grid)).grid.sheets[0].cells[0][0]!.value).toBe("a_x0041_b\u0001");
  });
});

test("a wp-sipd table that is no form the reader knows is still read by its headers (the generic reader)", () => {
  const html = ` <div id="cetak"><table><thead><tr><th>No</th><th>Sasaran</th><th>Indikator</th><th>Target</th><th>Realisasi</th><th>Capaian</th></tr></thead>
<tbody><tr><td>1</td><td>Meningkatnya layanan</td><td>IKM</td><td>80</td><td>84</td><td></td></tr></tbody></table></div>`;
  const a = analyze(openWorkbook(enc(html)).grid);
  expect(a.tables.find((t) => t.id === "3.1")?.found).toBe(true);
  expect(a.derived.find((d) => d.address === "F2")?.value).toBe(1.05);
});
