// The real office.js (the npm package's copy, served for the CDN addresses) loads under the pane's own
// Content-Security-Policy without a violation, and Office.onReady resolves outside Office (host null): from the domain
// the current docs give (office-js-docs-pr #5882), as built, and from the older appsforoffice.microsoft.com (the same
// page with only the script's address changed), which the CSP still admits.
import { Browser } from "playwright-core";
import { CDN, Checker, E2ECheck, OLD_CDN, cspViolations, newWatch, officeContext, watchPage } from "./lib";

async function loadFrom(browser: Browser, base: string, check: Checker, cdn: string): Promise<void> {
  const watch = newWatch();
  const context = await officeContext(browser, watch, false);
  if (cdn !== CDN)
    await context.route(`${base}/taskpane.html`, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(`${CDN}office.js`, `${cdn}office.js`);
      await route.fulfill({ response: res, body });
    });
  const p = await context.newPage();
  watchPage(p, watch);
  await p.goto(`${base}/taskpane.html`);
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
  const where = new URL(cdn).hostname;
  check(`office.js from ${where}: requested there (${watch.cdn.join(", ")})`, watch.cdn[0] === "office.js");
  check(`office.js from ${where}: Office.onReady resolves outside Office`, typeof info === "object" && info !== null && (info as { host: unknown }).host === null, JSON.stringify(info));
  check(`office.js from ${where}: no Content-Security-Policy violation`, csp.length === 0 && !watch.errors.some((e) => /Content Security Policy/i.test(e)), [...csp, ...watch.errors].join(" | "));
  check(`office.js from ${where}: its logging frame is allowed by the CSP (frame-src)`, watch.logFrame.length > 0, "no frame request seen");
  check(`office.js from ${where}: no request beyond 127.0.0.1, the CDN and office.js's logging frame`, watch.external.length === 0, watch.external.join(", "));
  await context.close();
}

const officeCdn: E2ECheck = {
  name: "office.js from the CDN under the CSP",
  async run({ browser, base, check }) {
    for (const cdn of [CDN, OLD_CDN]) await loadFrom(browser, base, check, cdn);
  },
};
export default officeCdn;
