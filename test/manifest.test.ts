// The manifest validates offline against the official XSDs (../shared/schemas), and holds what the issue asks.
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls, stripRuntimes } = require("../scripts/manifest-urls");

const ROOT = resolve(__dirname, "..");
// Same place as scripts/validate-manifest.sh: the shared/ folder beside the clone, or LKJIP_SCHEMA.
const SCHEMA = resolve(ROOT, process.env.LKJIP_SCHEMA ?? "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");

function xmllint(xml: string): { status: number | null; out: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
  if (r.error) throw new Error(`xmllint not runnable (apt-get install libxml2-utils): ${r.error.message}`);
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("manifest.xml", () => {
  test("the official schemas are beside the repo", () => {
    if (!existsSync(SCHEMA)) {
      throw new Error(`Manifest XSDs not found at ${SCHEMA}: clone next to shared/ or set LKJIP_SCHEMA to OfficeAppManifestV1_1.xsd`);
    }
  });

  test("validates against the XSDs (without <Runtimes>, which they predate)", () => {
    const r = xmllint(stripRuntimes(manifest));
    expect(r.out).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  test("the production manifest (URLs rewritten) validates too and keeps no localhost", () => {
    const prod = rewriteManifestUrls(manifest, "https://addin.contoh.go.id/lkjip");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/https:\/\/addin\.contoh\.go\.id\/lkjip\/taskpane\.html/);
    expect(xmllint(stripRuntimes(prod)).status).toBe(0);
    expect(() => rewriteManifestUrls(manifest, "http://insecure")).toThrow();
  });

  test("a broken manifest is rejected (the test can fail)", () => {
    expect(xmllint(stripRuntimes(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"))).status).not.toBe(0);
  });

  test("shared runtime: SharedRuntime 1.1, Runtime and FunctionFile on the task pane's resid", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
  });

  test("an LKjIP tab with Hitung Capaian, Buat Narasi (ExecuteFunction) and Panel LKjIP (ShowTaskpane)", () => {
    expect(manifest).toMatch(/<bt:String id="Tab.Label" DefaultValue="LKjIP"\/>/);
    const fns = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(fns).toEqual(["hitungCapaian", "buatNarasi"]);
    expect(manifest.match(/xsi:type="ShowTaskpane"/g)).toHaveLength(1);
    for (const label of ["Hitung Capaian", "Buat Narasi", "Panel LKjIP"]) expect(manifest).toContain(`<bt:Override Locale="id-ID" Value="${label}"/>`);
    // the ribbon handlers the manifest names are the ones the code registers
    const src = readFileSync(resolve(ROOT, "src/addin/ribbon.ts"), "utf8");
    for (const f of fns) expect(src).toContain(`associate("${f}"`);
  });

  test("every string resource has an Indonesian override (except the tab's acronym)", () => {
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^/]*?>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const m of strings) expect(m[2]).toMatch(/Locale="id-ID"/);
  });
});
