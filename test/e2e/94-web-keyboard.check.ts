// The web page from the keyboard (a visible focus at every stop; the file chooser, Hitung and Terapkan by Enter and
// Space), in Windows high contrast, and opened from the built folder itself (file://, no server).
import { join } from "path";
import { Page } from "playwright-core";
import { DIST, E2ECheck, ROOT, axeSerious } from "./lib";
import { choose, openWeb, settled } from "./web-lib";

const SAMPLE = join(ROOT, "samples/lkjip-triwulan-1-2024.xlsx");

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const s = a ? getComputedStyle(a) : null;
    return { id: a?.id ?? "", cls: a?.className ?? "", visible: !!s && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2, width: s?.outlineWidth };
  });

async function tabTo(page: Page, match: (f: { id: string; cls: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (match(f)) return f;
  }
  return null;
}

const keyboard: E2ECheck = {
  name: "web page: keyboard, high contrast, file://",
  async run({ browser, base, check }) {
    const w = await openWeb(browser, `${base}/web.html`);
    const { page } = w;
    let f = (await tabTo(page, (x) => x.id === "btn-pilih"))!;
    check("Tab reaches Pilih berkas first, focus visible", !!f && f.visible, JSON.stringify(f));
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
    await chooser.setFiles(SAMPLE);
    const opened = await settled(page, /dibuka dan diperiksa/);
    check("Enter on it opens the file chooser; the file chosen is checked", /2 galat/.test(opened), opened);
    f = (await tabTo(page, (x) => x.id === "btn-hitung"))!;
    check("Tab reaches Hitung Capaian, focus visible", !!f && f.visible, JSON.stringify(f));
    const [d] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    await settled(page, /Hitung Capaian selesai/);
    f = await focused(page);
    check("Enter on Hitung Capaian offers the workbook; the focus stays on the button", d.suggestedFilename().endsWith("-hasil.xlsx") && f.id === "btn-hitung", JSON.stringify(f));
    f = (await tabTo(page, (x) => x.cls.includes("apply")))!;
    await page.keyboard.press("Space");
    const applied = await settled(page, /Nilai diterapkan/);
    check("Tab reaches a finding's Terapkan (visible focus); Space applies it to the page's copy", !!f && f.visible && /salinan buku kerja/.test(applied), applied);
    f = (await tabTo(page, (x) => x.id === "btn-rekap-folder"))!;
    check("the recap's choosers are in the tab order, focus visible", !!f && f.visible, JSON.stringify(f));

    await page.emulateMedia({ forcedColors: "active" });
    await page.focus("#btn-pilih");
    const hc = await focused(page);
    check("high contrast: forced colours, a 3px focus ring", hc.width === "3px", JSON.stringify(hc));
    const v = await axeSerious(page);
    check("axe: 0 serious/critical violations — high contrast, after Terapkan", v.length === 0, v.join(" | "));
    check("no script error from the keyboard run", w.watch.errors.length === 0, w.watch.errors.join(" | "));
    await w.context.close();

    // From the built folder itself: no server, no service worker needed (the files are on the disk).
    const local = await openWeb(browser, `file://${join(DIST, "web.html")}`);
    await choose(local.page, "#btn-pilih", SAMPLE);
    const m = await settled(local.page, /dibuka dan diperiksa/);
    const [x] = await Promise.all([local.page.waitForEvent("download", { timeout: 60_000 }), local.page.click("#btn-laporan")]);
    check("opened as file:// from dist/: the sample checked (2 galat), the report downloaded, no script error", /2 galat/.test(m) && x.suggestedFilename() === "Laporan-Kinerja-TW1-2024.docx" && local.watch.errors.length === 0, `${m} ${local.watch.errors.join(" | ")}`);
    await local.context.close();
  },
};
export default keyboard;
