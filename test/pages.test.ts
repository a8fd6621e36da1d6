// The pages the add-in ships: office.js from the URL "Referencing the Office JavaScript API library" gives since
// 2026-09 (office-js-docs-pr #5882: the officeapis.public.onecdn.static.microsoft domain), a CSP that admits it and the
// older appsforoffice.microsoft.com, and no page the manifest does not reference (the FunctionFile is the pane).
import { readFileSync } from "fs";
import { resolve } from "path";

const ROOT = resolve(__dirname, "..");
const read = (f: string) => readFileSync(resolve(ROOT, f), "utf8");
const OFFICE_JS = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const DOMAINS = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com"];

function csp(html: string): Record<string, string[]> {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("taskpane.html", () => {
  const html = read("src/taskpane/taskpane.html");
  test("loads office.js from the URL the current Microsoft page gives, in the head, before anything of ours", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(`<script src="${OFFICE_JS}"></script>`);
    expect(html.match(/<script /g)).toHaveLength(1);
  });
  test.each(["script-src", "connect-src", "frame-src"])("its CSP's %s admits both office.js domains", (directive) => {
    const sources = csp(html)[directive] ?? [];
    for (const d of DOMAINS) expect(sources).toContain(d);
  });
  test("its CSP allows no inline or eval'd script", () => {
    expect((csp(html)["script-src"] ?? []).filter((s) => s.includes("unsafe"))).toEqual([]);
  });
});

describe("the pages the build ships", () => {
  test("no commands page: with a shared runtime the manifest's FunctionFile is the pane, so a commands page would be loaded by nothing", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(manifest).not.toMatch(/commands\.html/);
    const webpack = read("webpack.config.js");
    const pages = [...webpack.matchAll(/filename: "([\w-]+\.html)"/g)].map((m) => m[1]);
    // The web page (issue 20) is built beside the pane; it is no page of the add-in (the manifest does not name it).
    expect(pages).toEqual(["taskpane.html", "web.html"]);
    expect(manifest).not.toMatch(/web\.html/);
  });
});

describe("web.html", () => {
  const html = read("src/web/web.html");
  test("loads nothing from another origin: no office.js, CSP default-src 'self' and no other source", () => {
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    const policy = csp(html);
    expect(policy["default-src"]).toEqual(["'self'"]);
    for (const sources of Object.values(policy)) expect(sources.filter((s) => /^https?:/.test(s))).toEqual([]);
  });
  test("its CSP allows no inline or eval'd script, nor inline style", () => {
    expect(csp(html)["script-src"]).toEqual(["'self'"]);
    expect(csp(html)["style-src"]).toEqual(["'self'"]);
  });
  test("shares the pane's markup (one set of views for both pages)", () => {
    expect(html).toContain("<%= paneBody %>");
    expect(read("src/taskpane/taskpane.html")).toContain("<%= paneBody %>");
  });
});
