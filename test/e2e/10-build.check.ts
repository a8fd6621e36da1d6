// The build: office.js comes from Microsoft's CDN at the URL the current docs give (not copied, not minified again),
// the pane's CSP admits both CDN domains and no inline script, every page shipped is referenced by the manifest,
// the help page ships, and the pane bundle stays small.
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { CDN, DIST, E2ECheck, OLD_CDN } from "./lib";

const buildCheck: E2ECheck = {
  name: "build",
  async run({ check }) {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    check(`taskpane.html loads office.js from ${CDN}office.js`, new RegExp(`<script src="?${CDN.replace(/[./]/g, "\\$&")}office\\.js"?>`).test(html));
    const origin = (u: string) => new URL(u).origin;
    for (const d of ["script-src", "connect-src", "frame-src"]) {
      const sources = new RegExp(`${d} ([^;]+)`).exec(csp)?.[1].split(/\s+/) ?? [];
      check(`taskpane.html CSP ${d} admits both office.js domains`, sources.includes(origin(CDN)) && sources.includes(origin(OLD_CDN)), csp);
    }
    check("taskpane.html CSP allows no inline script", !/script-src[^;]*unsafe/.test(csp), csp);
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    // web.html is the web page for a file (issue 20), not a page of the add-in: the manifest must not name it.
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html") && f !== "web.html");
    const unreferenced = pages.filter((p) => !manifest.includes(`/${p}"`));
    check(`every add-in page shipped is referenced by the manifest (${pages.join(", ")}); no commands.html; web.html not in it`, unreferenced.length === 0 && !pages.includes("commands.html") && !manifest.includes("web.html"), unreferenced.join(", "));
    check("dist/ carries no copy of office.js", !existsSync(join(DIST, "office-js")) && !readdirSync(DIST).some((f) => /^office/.test(f)));
    check("the help page bantuan.html ships, and the manifest's SupportUrl points at it", existsSync(join(DIST, "bantuan.html")) && /<SupportUrl DefaultValue="[^"]*\/bantuan\.html"\/>/.test(manifest));
    const bundle = readdirSync(DIST).filter((f) => /^taskpane\..*\.js$/.test(f));
    const raw = bundle.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
    const gz = bundle.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    check(`task pane bundle is ${(gz / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(0)} KB raw, office.js not included), under 250 KB`, bundle.length > 0 && gz < 250 * 1024);
  },
};
export default buildCheck;
