// The real office.js (the npm package's copy, served for the CDN address) loads under the pages' own
// Content-Security-Policy without a violation, and Office.onReady resolves outside Office (host null).
import { E2ECheck, cspViolations, newWatch, officeContext, watchPage } from "./lib";

const officeCdn: E2ECheck = {
  name: "office.js from the CDN under the CSP",
  async run({ browser, base, check }) {
    for (const page of ["taskpane.html", "commands.html"]) {
      const watch = newWatch();
      const context = await officeContext(browser, watch, false);
      const p = await context.newPage();
      watchPage(p, watch);
      await p.goto(`${base}/${page}`);
      const info = await p.evaluate(() =>
        Promise.race([
          Office.onReady().then((i) => ({ host: i.host ?? null, platform: i.platform ?? null })),
          new Promise((r) => setTimeout(() => r("timeout"), 10000)),
        ]),
      );
      // office.js frames its logging page 3 s after loading: wait past that, so its frame is under the CSP too.
      await p.waitForFunction(() => !!document.querySelector("iframe"), undefined, { timeout: 8000 }).catch(() => undefined);
      await p.waitForTimeout(500);
      const csp = await cspViolations(p);
      check(`${page}: office.js requested from the CDN (${watch.cdn.join(", ")})`, watch.cdn[0] === "office.js");
      check(`${page}: Office.onReady resolves outside Office`, typeof info === "object" && info !== null && (info as { host: unknown }).host === null, JSON.stringify(info));
      check(`${page}: no Content-Security-Policy violation`, csp.length === 0 && !watch.errors.some((e) => /Content Security Policy/i.test(e)), [...csp, ...watch.errors].join(" | "));
      check(`${page}: office.js's logging frame is allowed by the CSP (frame-src)`, watch.logFrame.length > 0, "no frame request seen");
      check(`${page}: no request beyond 127.0.0.1, the CDN and office.js's logging frame`, watch.external.length === 0, watch.external.join(", "));
      await context.close();
    }
  },
};
export default officeCdn;
