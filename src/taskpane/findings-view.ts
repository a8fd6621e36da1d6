// The findings, grouped by severity: a list a screen reader announces ("Galat (2), daftar, 2 item"), each finding
// with its cell link and, where the engine knows the right value, Terapkan.
import { Finding, TITLE, expectedText } from "../core";
import { actions, host, state, strings } from "../addin";
import { $, el, focusKey, restoreFocus } from "./dom";

export function renderFindings(): void {
  const t = strings();
  const box = $("findings");
  const key = focusKey();
  const hadFocus = box.contains(document.activeElement);
  box.replaceChildren();
  const a = state.analysis;
  if (!a)
    box.append(
      el("p", "empty", state.noWorkbook ? t.noWorkbook : t.notChecked),
    );
  else if (!a.findings.length) box.append(el("p", "empty", t.noFindings));
  else
    for (const sev of ["error", "warning", "info"] as const) {
      const list = a.findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      const group = el("div", `group ${sev}`);
      group.dataset.severity = sev;
      const h = el("h3", undefined, `${t[sev]} (${list.length})`);
      h.id = `group-${sev}`;
      // A real list, named by its heading: a screen reader announces "Galat (2), list, 2 items".
      const ul = el("ul", "findings-list");
      ul.setAttribute("aria-labelledby", h.id);
      list.forEach((f, i) => ul.append(findingItem(f, `${sev}-${i}`)));
      group.append(h, ul);
      box.append(group);
    }
  if (hadFocus || key?.startsWith("finding:"))
    restoreFocus(key, $("findings-title"));
}

/** Where the finding is: a link that selects the cell (Excel), or the address as text (a file, or the workbook). */
function cellPart(
  f: Finding,
  where: string | null,
  li: HTMLLIElement,
): HTMLElement {
  const t = strings();
  if (!where || !host.capabilities.selectCell) {
    const cell = el("span", "cell");
    cell.append(`${t.cell}: `, el("b", undefined, where ?? t.workbook));
    return cell;
  }
  // The cell link is a button (Enter and Space work, it is in the tab order); the whole card stays clickable for the mouse.
  const go = el("button", "cell-link");
  go.type = "button";
  go.dataset.focusKey = `finding:${where}:${f.code}:go`;
  go.setAttribute("aria-label", t.goToCell(where));
  go.append(`${t.cell}: `, el("b", undefined, where));
  go.addEventListener("click", (ev) => {
    ev.stopPropagation();
    void actions.select(f);
  });
  li.addEventListener("click", () => void actions.select(f));
  li.classList.add("selectable");
  return go;
}

function findingItem(f: Finding, id: string): HTMLLIElement {
  const t = strings();
  const li = el("li", `finding ${f.severity}`);
  li.dataset.code = f.code;
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
  const title = el("div", "code", TITLE[f.code] ?? f.code);
  title.id = `finding-${id}`;
  li.append(title, el("p", "msg", f.message));
  const meta = el("div", "meta");
  if (where) li.dataset.cell = where;
  meta.append(cellPart(f, where, li));
  const exp = expectedText(f);
  if (exp !== null) {
    const e = el("span", "expected");
    e.append(`${t.expected}: `, el("b", undefined, exp));
    meta.append(e);
    if (where) {
      const b = el("button", "btn small apply", t.terapkan);
      b.type = "button";
      b.disabled = state.busy;
      b.dataset.focusKey = `finding:${where}:${f.code}:apply`;
      b.setAttribute("aria-label", t.applyLabel(exp, where));
      b.addEventListener("click", (ev) => {
        ev.stopPropagation(); // applying is not the same as selecting
        void actions.terapkan(f);
      });
      meta.append(b);
    }
  }
  li.append(meta);
  return li;
}
