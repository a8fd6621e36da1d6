// The package reader (src/xlsx) on what SpreadsheetML allows: every cell type, shared and array formulas with their
// cached results as stored, dates in both systems, part names in every form, and files that are not packages.
import JSZip from "jszip";
import { GridCell } from "../src/core";
import { readXlsx, PackageError } from "../src/xlsx";
import { resolvePart, relativeTarget } from "../src/xlsx/package";
import { isDateFormat } from "../src/xlsx/styles";
import { serialDate } from "../src/xlsx/cells";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { buildSeedWorkbook } from "./fixtures/seed";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package written by hand: the sheet's sheetData, optional styles and shared strings. */
async function pkg(sheetData: string, extra: { styles?: string; strings?: string[]; workbookPr?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`];
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ""}<sheets><sheet name="Data" sheetId="1" r:id="s1"/></sheets></workbook>`);
  const rels = [`<Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (extra.styles) {
    zip.file("xl/styles.xml", `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`);
    rels.push(`<Relationship Id="st" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (extra.strings) {
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${MAIN}">${extra.strings.map((s) => `<si>${s}</si>`).join("")}</sst>`);
    rels.push(`<Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const cells = (bytes: Uint8Array) => readXlsx(bytes).grid.sheets[0].cells;

describe("cell values as stored", () => {
  test("every cell type: number, shared string (rich text), inline string, str, boolean, error, ISO date", async () => {
    const c = cells(
      await pkg(
        `<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>satu</t><r><t xml:space="preserve"> dua</t></r></is></c><c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#DIV/0!</v></c><c r="G1" t="d"><v>2024-07-15T00:00:00</v></c></row>`,
        { strings: [`<r><t>Rp </t></r><r><rPr><b/></rPr><t>600.000</t></r><rPh sb="0" eb="1"><t>ア</t></rPh>`] },
      ),
    );
    expect(c[0]).toEqual([
      { value: 12.5 },
      { value: "Rp 600.000" },
      { value: "satu dua" },
      { value: "ab", formula: true },
      { value: true },
      { value: { error: "#DIV/0!" } },
      { value: "15 Juli 2024" },
    ]);
  });

  test("formulas keep their cached result exactly: 0, empty string, FALSE; no <v> is no result (null), never empty text", async () => {
    const c = cells(
      await pkg(
        `<row r="1"><c r="A1"><f>SUM(B1:B2)</f><v>0</v></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1" t="b"><f>1=2</f><v>0</v></c><c r="D1"><f>A1*2</f></c><c r="E1" t="str"><f>B1</f></c></row>`,
      ),
    );
    expect(c[0]).toEqual([
      { value: 0, formula: true },
      { value: "", formula: true },
      { value: false, formula: true },
      { value: null, formula: true },
      { value: null, formula: true },
    ]);
  });

  test("shared and array formulas: the master and its dependents carry their own cached values", async () => {
    const c = cells(
      await pkg(
        `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c><c r="B1"><f t="array" ref="B1:B2">{1;2}</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/></c></row>`,
      ),
    );
    expect(c.map((r) => r[0])).toEqual([{ value: 2, formula: true }, { value: 0, formula: true }, { value: null, formula: true }]);
    expect(c[0][1]).toEqual({ value: 1, formula: true });
  });

  test("number formats: built-in ids mapped to their codes, custom ones by id; dates in the 1900 and 1904 systems", async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="170" formatCode="&quot;Rp&quot;#,##0"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="170"/><xf numFmtId="14"/><xf numFmtId="20"/></cellXfs>`;
    const data = `<row r="1"><c r="A1" s="1"><v>0.2222</v></c><c r="B1" s="2"><v>600000</v></c><c r="C1" s="3"><v>45488</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1" s="2"/></row>`;
    expect(cells(await pkg(data, { styles }))[0]).toEqual([
      { value: 0.2222, numFmt: "0.00%" },
      { value: 600000, numFmt: '"Rp"#,##0' },
      { value: "15 Juli 2024", numFmt: "mm-dd-yy" },
      { value: 0.5, numFmt: "h:mm" },
      { value: null, numFmt: '"Rp"#,##0' },
    ]);
    const in1904 = cells(await pkg(data, { styles, workbookPr: `<workbookPr date1904="true"/>` }));
    expect(in1904[0][2]?.value).toBe("16 Juli 2028");
  });

  test("date codes: day, month and year tokens make a date; times, text and quoted letters do not", () => {
    for (const code of ["mm-dd-yy", "d mmmm yyyy", "[$-421]d mmmm yyyy;@", "mmm-yy", "dd/mm/yyyy hh:mm"]) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ["General", "0.00%", '"Rp"#,##0', "h:mm", "mm:ss", "[h]:mm:ss", "@", '#,##0 "dokumen"']) expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  test("1900 serials keep Lotus's 29 February 1900; 1904 serials count from 1 January 1904", () => {
    expect(serialDate(1, false)).toEqual([1900, 1, 1]);
    expect(serialDate(59, false)).toEqual([1900, 2, 28]);
    expect(serialDate(60, false)).toEqual([1900, 2, 29]);
    expect(serialDate(61, false)).toEqual([1900, 3, 1]);
    expect(serialDate(45488, false)).toEqual([2024, 7, 15]);
    expect(serialDate(0, true)).toEqual([1904, 1, 1]);
    expect(serialDate(45488 - 1462, true)).toEqual([2024, 7, 15]);
  });

  test("merged cells and sheet state (hidden, very hidden) are read; cells with prefixed names too", async () => {
    const zip = await JSZip.loadAsync(await pkg(`<row r="2"><c r="B2"><v>1</v></c></row>`));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>`));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace('sheetId="1"', 'sheetId="1" state="veryHidden"'));
    const read = readXlsx(await zip.generateAsync({ type: "uint8array" })).grid.sheets[0];
    expect(read.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(read.hidden).toBe(true);
  });
});

describe("part names", () => {
  test.each([
    ["/xl/workbook.xml", "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml"],
    ["/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml"],
    ["/xl/workbook.xml", "./worksheets/./sheet1.xml", "/xl/worksheets/sheet1.xml"],
    ["/xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "/xl/drawings/drawing1.xml"],
    ["/xl/worksheets/sheet1.xml", "../../customXml/item1.xml", "/customXml/item1.xml"],
    ["/", "xl/workbook.xml", "/xl/workbook.xml"],
    ["/xl/workbook.xml", "worksheets\\sheet2.xml", "/xl/worksheets/sheet2.xml"],
  ])("from %s, %s is %s", (source, target, part) => expect(resolvePart(source, target)).toBe(part));

  test("a new relationship's target is relative to the source's folder", () => {
    expect(relativeTarget("/xl/workbook.xml", "/xl/worksheets/sheet9.xml")).toBe("worksheets/sheet9.xml");
    expect(relativeTarget("/xl/worksheets/sheet1.xml", "/xl/drawings/d.xml")).toBe("../drawings/d.xml");
  });
});

describe("files that are not workbooks", () => {
  test.each([
    ["an old .xls or a password-protected workbook (compound file)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /kata sandi/],
    ["a text file", new TextEncoder().encode("No;Sasaran;Target\n1;A;100%\n"), /bukan paket zip/],
  ])("%s: one reason, no stack", (_what, bytes, reason) => {
    expect(() => readXlsx(bytes)).toThrow(PackageError);
    expect(() => readXlsx(bytes)).toThrow(reason);
  });

  test("a zip without a workbook", async () => {
    const zip = new JSZip();
    zip.file("content.xml", "<office:document-content/>");
    expect(() => readXlsx(new Uint8Array([]))).toThrow(PackageError);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(() => readXlsx(bytes)).toThrow(/tidak memuat buku kerja/);
  });
});

describe("the package reader and the ExcelJS adapter the tests build grids with agree", () => {
  // Tests that build workbooks in memory read them with test/helpers/exceljs-grid.ts; the command line reads files
  // with src/xlsx. On every seed layout both give the same grid, so those tests speak for the command line too.
  test.each([
    { layout: "sheets" as const, numbers: "text" as const, merges: true },
    { layout: "sheets" as const, numbers: "number" as const, merges: false },
    { layout: "captions" as const, numbers: "number" as const, merges: true, startCol: 3 },
    { layout: "captions" as const, numbers: "text" as const, merges: false, typos: false },
  ])("%o", async (opts) => {
    const wb = buildSeedWorkbook(opts);
    const strip = (cs: (GridCell | null | undefined)[][]) => JSON.parse(JSON.stringify(cs));
    const a = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer())).grid;
    const b = workbookToGrid(wb);
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    a.sheets.forEach((s, i) => {
      expect(strip(s.cells)).toEqual(strip(b.sheets[i].cells));
      const order = (ms: typeof s.merges) => [...ms].sort((x, y) => x.top - y.top || x.left - y.left);
      expect(order(s.merges)).toEqual(order(b.sheets[i].merges));
    });
  });
});
