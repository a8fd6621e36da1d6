// The Diagnostik on every host of the matrix: each line is the outcome of a real call (a step Excel refuses is shown
// as failed and the rest go on), the scratch sheet is removed, the user's sheets are never touched.
import * as excel from "../src/excel";
import { FakeHost, HOSTS, HostName } from "./fake-excel/fake-office";
import { seedSheets } from "./fake-excel/seed-data";
import { installFake } from "./helpers/office";

const HOST_NAMES = Object.keys(HOSTS) as HostName[];
const statusOf = (r: excel.DiagResult) => Object.fromEntries(r.lines.map((l) => [l.id, l.status]));
const userSheets = (host: FakeHost) => JSON.stringify(host.dump());

describe.each(HOST_NAMES)("on %s", (hostName) => {
  const minor = HOSTS[hostName].excelApiMinor;

  test("every step runs for real; what this Excel lacks is skipped and said; the scratch sheet is gone after", async () => {
    const host = await installFake({ host: hostName }, seedSheets());
    const before = userSheets(host);
    const seen: string[] = [];
    const r = await excel.runDiagnostik((l) => seen.push(l.id));
    const st = statusOf(r);
    expect(seen).toEqual(r.lines.map((l) => l.id));
    expect(r.lines.find((l) => l.id === "info.platform")!.detail).toBe(HOSTS[hostName].platform);
    expect(r.lines.find((l) => l.id === "info.version")!.detail).toBe(HOSTS[hostName].version);
    expect(r.lines.find((l) => l.id === "set.ExcelApi.1.18")!.detail).toMatch(minor >= 18 ? /^ya/ : /^tidak/);
    for (const id of ["sheet.add", "write.value", "write.format", "write.fill", "write.merge", "read.values", "read.formats", "read.merged", "run.grouped", "setting", "sheet.hide", "sheet.remove"])
      expect([id, st[id]]).toEqual([id, "ok"]);
    expect([st["note.add"], st["note.read"]]).toEqual(minor >= 18 ? ["ok", "ok"] : ["dilewati", "dilewati"]);
    expect(r.lines.find((l) => l.id === "read.merged")!.detail).toMatch(/B3:C4.*→ \(tidak ada\)/);
    expect(userSheets(host)).toBe(before);
    expect(host.sheets.map((s) => s.name)).toEqual(seedSheets().map((s) => s.name));
    expect(host.undoStackCleared).toEqual(HOSTS[hostName].platform === "OfficeOnline" ? ["Worksheet.delete"] : ["Worksheet.visibility", "Worksheet.delete"]);
    const summary = excel.diagnostikSummary(r.lines);
    expect(summary).toMatch(/0 gagal/);
    const report = excel.diagnostikReport(r, summary);
    expect(report.split("\n")).toHaveLength(r.lines.length + 2);
    expect(report).toMatch(/^OK {7}Tambah lembar sementara/m);
  });
});

test("a host where a step fails: shown as failed with Excel's answer, the steps after it still run", async () => {
  const host = await installFake({ host: "m365", refuse: [{ api: "NoteCollection.add", code: "GeneralException" }] }, seedSheets());
  const r = await excel.runDiagnostik();
  const st = statusOf(r);
  expect(st["note.add"]).toBe("gagal");
  expect(r.lines.find((l) => l.id === "note.add")!.detail).toMatch(/^GeneralException/);
  expect(st["note.read"]).toBe("gagal"); // a real call: there is no note to read
  expect([st["run.grouped"], st["setting"], st["sheet.hide"], st["sheet.remove"]]).toEqual(["ok", "ok", "ok", "ok"]);
  expect(host.sheets.some((s) => s.name.startsWith("LKjIP_Diagnostik"))).toBe(false);
  expect(excel.diagnostikSummary(r.lines)).toMatch(/Yang gagal: Tambah catatan sel, Baca catatan sel/);
});

test("a workbook whose structure is protected: the scratch sheet cannot be added; the info lines stand, the rest are skipped", async () => {
  const host = await installFake({ host: "excel2024", workbookProtected: true }, seedSheets());
  const before = userSheets(host);
  const r = await excel.runDiagnostik();
  const st = statusOf(r);
  expect(st["sheet.add"]).toBe("gagal");
  expect(r.lines.filter((l) => l.status === "info").length).toBeGreaterThan(5);
  expect(r.lines.filter((l) => !l.id.startsWith("info.") && !l.id.startsWith("set.") && l.id !== "sheet.add").every((l) => l.status === "dilewati")).toBe(true);
  expect(userSheets(host)).toBe(before);
});

test("a scratch sheet name already taken (a leftover): another name is used, the user's sheet is left alone", async () => {
  const host = await installFake({ host: "web" }, [...seedSheets(), { name: "LKjIP_Diagnostik", cells: { A1: { value: "punya saya" } } }]);
  const r = await excel.runDiagnostik();
  expect(r.lines.find((l) => l.id === "sheet.add")!.detail).toMatch(/LKjIP_Diagnostik 2/);
  expect(host.cell("LKjIP_Diagnostik", "A1")?.value).toBe("punya saya");
});
