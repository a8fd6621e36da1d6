// The manifest: structural checks that run on any clone, and offline XSD validation where the official schemas are
// found (LKJIP_SCHEMA, or ../shared/schemas beside the clone, as in CI); elsewhere those are reported skipped.
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

/** Well-formedness without an XML library: every element closed in order, one root. */
function wellFormed(xml: string): string | null {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open}>`;
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length) return `<${stack[stack.length - 1]}> not closed`;
  if (roots !== 1) return `${roots} root elements`;
  const stray = body.replace(/<[^>]*>/g, "").match(/[<>]/);
  return stray ? `stray ${stray[0]}` : null;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const HAVE_SCHEMA = existsSync(SCHEMA);
const SKIP_REASON = `schemas not found at ${SCHEMA}: set LKJIP_SCHEMA to OfficeAppManifestV1_1.xsd or clone beside shared/`;
if (!HAVE_SCHEMA) console.warn(`manifest XSD validation skipped: ${SKIP_REASON}`);
// CI has the schemas, so it validates; a plain clone runs the structural checks and reports the XSD ones skipped.
const xsdTest = HAVE_SCHEMA ? test : test.skip;
const xsdNote = HAVE_SCHEMA ? "" : ` [skipped: ${SKIP_REASON}]`;

describe("manifest.xml, structure (always)", () => {
  test("parses: well-formed, one OfficeApp root", () => {
    expect(wellFormed(manifest)).toBeNull();
    expect(wellFormed(manifest.replace("</Hosts>", ""))).not.toBeNull();
    expect(manifest).toMatch(/<OfficeApp [^>]*xsi:type="TaskPaneApp"/);
  });

  test("every resid is defined as a resource", () => {
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
  });

  test("ExecuteFunction names equal the functions registered with Office.actions.associate", () => {
    const fns = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    const src = ["src/commands/commands.ts", "src/taskpane/taskpane.ts", "src/addin/ribbon.ts"]
      .filter((f) => existsSync(resolve(ROOT, f)))
      .map((f) => readFileSync(resolve(ROOT, f), "utf8"))
      .join("\n");
    const registered = [...new Set([...src.matchAll(/associate\(\s*"(\w+)"/g)].map((m) => m[1]))].sort();
    expect(fns.length).toBeGreaterThan(0);
    expect(registered).toEqual(fns);
  });

  test("icons exist at the sizes the manifest gives them", () => {
    const url = (id: string) => new RegExp(`<bt:Image\\s+id="${id.replace(/\./g, "\\.")}"\\s+DefaultValue="([^"]+)"`).exec(manifest)?.[1];
    const local = (u: string) => resolve(ROOT, new URL(u).pathname.replace(/^\/+/, ""));
    const wanted: [string, number][] = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => [url(m[2])!, Number(m[1])]);
    wanted.push([/<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1], 32], [/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1], 64]);
    for (const [u, size] of wanted) {
      expect(u).toBeDefined();
      const file = local(u);
      expect([file, existsSync(file)]).toEqual([file, true]);
      expect([file, pngSize(file)]).toEqual([file, [size, size]]);
    }
  });

  test("every URL is https", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });
});

describe("manifest.xml, against the official XSDs (where they are found)", () => {
  xsdTest(`validates against the XSDs (without <Runtimes>, which they predate)${xsdNote}`, () => {
    const r = xmllint(stripRuntimes(manifest));
    expect(r.out).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  xsdTest(`the production manifest (URLs rewritten) validates too${xsdNote}`, () => {
    expect(xmllint(stripRuntimes(rewriteManifestUrls(manifest, "https://addin.contoh.go.id/lkjip"))).status).toBe(0);
  });

  xsdTest(`a broken manifest is rejected (the test can fail)${xsdNote}`, () => {
    expect(xmllint(stripRuntimes(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"))).status).not.toBe(0);
  });
});

describe("manifest.xml, content", () => {
  test("the production manifest keeps no localhost and refuses http", () => {
    const prod = rewriteManifestUrls(manifest, "https://addin.contoh.go.id/lkjip");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/https:\/\/addin\.contoh\.go\.id\/lkjip\/taskpane\.html/);
    expect(() => rewriteManifestUrls(manifest, "http://insecure")).toThrow();
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
