// Accessibility, as Microsoft's add-in validation asks: axe-core on each screen (0 serious or critical), every action
// from the keyboard with a visible focus, the findings as a list a screen reader announces, Windows high contrast.
// Followed: "Accessibility guidelines for Office Add-ins" (https://learn.microsoft.com/office/dev/add-ins/design/accessibility-guidelines).
import { join } from "path";
import { Page } from "playwright-core";
import { seedSheets } from "../fake-excel/seed-data";
import { E2ECheck, SHOTS, axeSerious, clickAndWait, hostCell, newWatch, officeContext, openPane, waitDone } from "./lib";

/** The focused element: id/class, and whether its focus ring is visible (outline at least 2px, not none). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return { id: "", cls: "", visible: false, tag: "body" };
    const s = getComputedStyle(a);
    const visible = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    return { id: a.id, cls: a.className, visible, tag: a.tagName.toLowerCase(), width: s.outlineWidth };
  });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, match: (f: { id: string; cls: string; tag: string }) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (match(f)) return f;
  }
  return null;
}

const a11y: E2ECheck = {
  name: "accessibility",
  async run({ browser, base, check }) {
    const watch = newWatch();
    const page = await openPane(browser, base, seedSheets(), watch);
    const scan = async (screen: string) => {
      const v = await axeSerious(page);
      check(`axe: 0 serious/critical violations — ${screen}`, v.length === 0, v.join(" | "));
    };
    await scan("pane on opening");

    // Keyboard: the toolbar first, Enter runs Hitung Capaian, the focus stays where it was.
    await page.keyboard.press("Tab");
    let f = await focused(page);
    check("Tab: the first stop is Periksa, with a visible focus ring", f.id === "btn-periksa" && f.visible, JSON.stringify(f));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    // The first change in this workbook (Windows): the pane asks first; the focus moves to its first button.
    await page.waitForSelector("#confirm-ok");
    f = await focused(page);
    const role = await page.getAttribute("#confirm", "role");
    check("Enter on Hitung Capaian: the question before the hidden sheets, an alert dialog with the focus on Lanjutkan", role === "alertdialog" && f.id === "confirm-ok" && f.visible, `${role} ${JSON.stringify(f)}`);
    await scan("the question before the add-in's hidden sheets");
    await page.screenshot({ path: join(SHOTS, "4-question.png") });
    await page.keyboard.press("Enter");
    const m = await waitDone(page);
    f = await focused(page);
    check("Enter on Lanjutkan runs Hitung Capaian; the focus is back on the button after", /Hitung Capaian selesai/.test(m.text) && f.id === "btn-hitung" && f.visible, `${m.text} ${JSON.stringify(f)}`);
    await scan("findings after Hitung Capaian");
    const tree = await page.locator("#findings").ariaSnapshot();
    check("the findings are lists named by their group, with one item per finding", /- list "Galat \(2\)":/.test(tree) && (tree.match(/- listitem/g) ?? []).length >= 2, tree.slice(0, 300));

    // A finding's cell link and Terapkan from the keyboard.
    f = (await tabTo(page, (x) => x.cls.includes("cell-link")))!;
    check("Tab reaches a finding's cell link, focus visible", !!f && f.visible, JSON.stringify(f));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __fakeHost: { selection: unknown } }).__fakeHost.selection !== null);
    const sel = await page.evaluate(() => (window as unknown as { __fakeHost: { selection: { sheet: string; address: string } } }).__fakeHost.selection);
    check("Enter on the cell link selects the finding's cell in Excel", sel.sheet === "Tabel 2.2" && sel.address === "D5", JSON.stringify(sel));
    f = (await tabTo(page, (x) => x.cls.includes("apply"), 3))!;
    check("the next Tab stop is its Terapkan, focus visible", !!f && f.visible, JSON.stringify(f));
    await page.keyboard.press("Space");
    await waitDone(page);
    const d5 = await hostCell(page, "Tabel 2.2", "D5");
    f = await focused(page);
    check("Space on Terapkan applies the value; the focus is not lost to the page", d5?.value === 22900000 && f.tag !== "body", `${JSON.stringify(d5)} ${JSON.stringify(f)}`);

    // Buat Narasi and Salin.
    await page.focus("#btn-narasi");
    await page.keyboard.press("Enter");
    await waitDone(page);
    f = (await tabTo(page, (x) => x.id === "btn-salin"))!;
    check("Tab reaches Salin, focus visible", !!f && f.visible, JSON.stringify(f));
    await page.keyboard.press("Enter");
    // The clipboard answers asynchronously: wait for the message to change from Buat Narasi's (slow machines).
    await page.waitForFunction(() => !/paragraf/.test(document.getElementById("message")?.textContent ?? ""), null, { timeout: 5000 }).catch(() => undefined);
    const copied = await waitDone(page);
    check("Enter on Salin copies the narrative", /disalin/.test(copied.text), copied.text);

    // Settings: open with the keyboard, change a choice, save.
    f = (await tabTo(page, (x) => x.id === "settings-title"))!;
    check("Tab reaches Pengaturan, focus visible", !!f && f.visible, JSON.stringify(f));
    await page.keyboard.press("Enter");
    f = (await tabTo(page, (x) => x.id === "efisiensi"))!;
    check("the settings' choices are in the tab order, focus visible", !!f && f.visible, JSON.stringify(f));
    await page.keyboard.press("ArrowDown");
    const choice = await page.$eval("#efisiensi", (s) => (s as HTMLSelectElement).value);
    f = (await tabTo(page, (x) => x.id === "btn-simpan"))!;
    await page.keyboard.press("Enter");
    const saved = await waitDone(page);
    check("a setting changed and saved from the keyboard", choice === "rasio" && /disimpan/.test(saved.text), `${choice} ${saved.text}`);
    await scan("narrative shown, settings open");
    await page.screenshot({ path: join(SHOTS, "4-keyboard.png"), fullPage: true });

    // Windows high contrast: forced colours apply, focus rings stay (thicker, system colour).
    await page.emulateMedia({ forcedColors: "active" });
    await page.focus("#btn-hitung");
    const hc = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { forced: matchMedia("(forced-colors: active)").matches, outline: `${s.outlineStyle} ${s.outlineWidth}`, border: getComputedStyle(document.querySelector(".finding")!).borderLeftWidth };
    });
    check("high contrast: forced colours on, focus ring 3px, severity border kept", hc.forced && hc.outline === "solid 3px" && hc.border === "4px", JSON.stringify(hc));
    await scan("high contrast");
    await page.screenshot({ path: join(SHOTS, "5-high-contrast.png"), fullPage: true });
    check("no script errors in the page (accessibility run)", watch.errors.length === 0, watch.errors.join(" | "));
    await page.context().close();

    // The help page the manifest's SupportUrl names.
    const context = await officeContext(browser, newWatch(), false);
    const help = await context.newPage();
    await help.goto(`${base}/bantuan.html`);
    const v = await axeSerious(help);
    check("axe: 0 serious/critical violations — bantuan.html", v.length === 0, v.join(" | "));
    const text = await help.evaluate(() => document.body.innerText);
    const missing = ["Periksa", "Hitung Capaian", "Buat Narasi", "Urungkan", "Terapkan", "Salin", "Pengaturan", "FORMAT_ANGKA", "PAGU_TIDAK_SESUAI", "KOLOM_TIDAK_DITEMUKAN", "Excel 2016/2019"].filter((w) => !text.includes(w));
    check("bantuan.html explains every button and finding, in Indonesian", missing.length === 0 && /lang="id"/.test(await help.content()), missing.join(", "));
    await context.close();
  },
};
export default a11y;
