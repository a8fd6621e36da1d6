// The build: office.js comes from Microsoft's CDN (not copied, not minified again), the pages' CSP allows exactly
// that, the help page ships, and the pane bundle stays small.
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { CDN, DIST, E2ECheck } from "./lib";

const buildCheck: E2ECheck = {
  name: "build",
  async run({ check }) {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(DIST, page), "utf8");
      const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
      check(`${page}: loads office.js from ${CDN}office.js`, new RegExp(`<script src="?${CDN.replace(/[./]/g, "\\$&")}office\\.js"?>`).test(html));
      check(`${page}: CSP scripts are the add-in's own and Microsoft's CDN only, no inline script`, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/.test(csp) && !/script-src[^;]*unsafe/.test(csp), csp);
    }
    check("dist/ carries no copy of office.js", !existsSync(join(DIST, "office-js")) && !readdirSync(DIST).some((f) => /^office/.test(f)));
    check("the help page bantuan.html ships, and the manifest's SupportUrl points at it", existsSync(join(DIST, "bantuan.html")) && /<SupportUrl DefaultValue="[^"]*\/bantuan\.html"\/>/.test(readFileSync(join(DIST, "manifest.xml"), "utf8")));
    const bundle = readdirSync(DIST).filter((f) => /^taskpane\..*\.js$/.test(f));
    const raw = bundle.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
    const gz = bundle.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    check(`task pane bundle is ${(gz / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(0)} KB raw, office.js not included), under 250 KB`, bundle.length > 0 && gz < 250 * 1024);
  },
};
export default buildCheck;
