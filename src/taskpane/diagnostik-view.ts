// Diagnostik in the pane: what it is, a button that asks first (confirm-view), then one line per result as it comes
// (each the outcome of a real call, src/excel/diagnostik.ts), the plain summary and Salin for the short text report.
import { actions, state, strings } from "../addin";
import { $, button, copyText, el } from "./dom";

let shownLines = -1;
let shownSummary: string | null = null;

/** The static part: the intro and the Run button (built once). */
export function buildDiagnostik(): void {
  const t = strings();
  $("diagnostik-title").textContent = t.diagHeading;
  const intro = el("p", "hint", t.diagIntro);
  const run = button("btn", t.diagRun, "btn-diagnostik", () =>
    actions.diagnostik(),
  );
  run.id = "btn-diagnostik";
  const out = el("div", "diag-out");
  out.id = "diag-out";
  $("diagnostik-body").replaceChildren(intro, run, out);
}

function resultList(): HTMLUListElement {
  const t = strings();
  const ul = el("ul", "diag-lines");
  ul.setAttribute("aria-label", t.diagHeading);
  for (const l of state.diagnostik.lines) {
    const li = el("li", `diag-line ${l.status}`);
    li.dataset.id = l.id;
    li.dataset.status = l.status;
    li.append(
      el("b", undefined, `${l.label}: `),
      `${t.diagStatus[l.status] ?? l.status} — ${l.detail}`,
    );
    ul.append(li);
  }
  return ul;
}

/** Copies the report, and shows it (what was copied; where the clipboard is blocked, selected for Ctrl+C). */
async function copyReport(shown: HTMLElement): Promise<void> {
  const t = strings();
  shown.hidden = false;
  const ok = await copyText(state.diagnostik.report ?? "", shown);
  actions.notify(ok ? "success" : "info", ok ? t.diagCopied : t.copyFailed);
}

/** The results, rebuilt only when a line or the summary is new. */
export function renderDiagnostik(): void {
  const d = state.diagnostik;
  ($("btn-diagnostik") as HTMLButtonElement | null)?.toggleAttribute(
    "disabled",
    state.busy,
  );
  if (d.lines.length === shownLines && d.summary === shownSummary) return;
  shownLines = d.lines.length;
  shownSummary = d.summary;
  const t = strings();
  const out = $("diag-out");
  out.replaceChildren();
  if (d.running) out.append(el("p", "subtle", t.diagRunning));
  if (d.lines.length) out.append(resultList());
  if (!d.summary) return;
  const summary = el("p", "diag-summary", d.summary);
  summary.id = "diag-summary";
  const report = el("pre", "diag-report", d.report ?? "");
  report.id = "diag-report";
  report.hidden = true;
  // It scrolls: reachable and named for keyboard and screen-reader users.
  report.tabIndex = 0;
  report.setAttribute("aria-label", t.diagCopy);
  const copy = button(
    "btn small",
    t.diagCopy,
    "btn-diag-salin",
    () => void copyReport(report),
  );
  copy.id = "btn-diag-salin";
  out.append(summary, copy, report);
}
