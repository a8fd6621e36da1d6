// The pane's question before a step the user must agree to (the add-in's hidden sheets, the Diagnostik): what it
// does and what it costs, then Lanjutkan or Batal. An alert dialog inside the pane: the focus moves to its first
// button, Escape answers Batal.
import { actions, state } from "../addin";
import { $, button, el, focusMemory } from "./dom";

let shown: string | null = null;
/** The control that asked (the button clicked): it gets the focus back once the question is answered. */
let opener: HTMLElement | null = null;

export function renderConfirm(): void {
  const box = $("confirm");
  const c = state.confirm;
  box.hidden = !c;
  if (!c) {
    if (shown !== null && opener?.dataset.focusKey) {
      focusMemory.last = opener.dataset.focusKey;
      opener.focus(); // refused while the button is disabled: the pane's render gives it back when the work is done
    }
    shown = null;
    opener = null;
    box.replaceChildren();
    return;
  }
  const key = JSON.stringify(c);
  if (key === shown) return;
  if (shown === null) opener = document.activeElement as HTMLElement | null;
  shown = key;
  const title = el("h2", undefined, c.title);
  title.id = "confirm-title";
  const text = el("div", "confirm-text");
  text.id = "confirm-text";
  for (const p of c.text) text.append(el("p", undefined, p));
  const ok = button(
    "btn primary",
    c.ok,
    "confirm-ok",
    () => void actions.answer(true),
  );
  ok.id = "confirm-ok";
  const no = button(
    "btn",
    c.cancel,
    "confirm-cancel",
    () => void actions.answer(false),
  );
  no.id = "confirm-cancel";
  const row = el("div", "confirm-buttons");
  row.append(ok, no);
  box.replaceChildren(title, text, row);
  ok.focus();
}

/** Escape inside the question answers Batal. */
export function wireConfirm(): void {
  $("confirm").addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.confirm) void actions.answer(false);
  });
}
