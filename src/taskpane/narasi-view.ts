// The narrative in the pane: the report's text and, apart from it, the review notes; and the small form for the
// texts the numbers cannot give (tugas pokok dan fungsi, strategi), kept in the workbook's settings store.
import { NarrativeDocument, NarrativeTexts, renderText } from "../core";
import { renderNarrativeDom, renderReviewNotesDom } from "../core/render/dom";
import { actions, state, strings } from "../addin";
import { $, copyText, el } from "./dom";

/** Fills `box` with the text, then the review notes under their own heading (text nodes only). */
export function showNarrative(box: HTMLElement, doc: NarrativeDocument): void {
  box.replaceChildren(
    renderNarrativeDom(document, doc) as unknown as Node,
    renderReviewNotesDom(document, doc.reviewNotes) as unknown as Node,
  );
}

/** What Salin copies: the report's text only, ready to paste; the review notes stay in the pane. */
export const textToCopy = (doc: NarrativeDocument): string =>
  renderText(doc, { notes: false });

export interface TextsLabels {
  heading: string;
  tupoksi: string;
  strategi: string;
  hint: string;
  save: string;
}

/** Two text areas and a save button; the values are given back trimmed, an empty one removes its text. */
export function textsForm(
  labels: TextsLabels,
  texts: NarrativeTexts,
  onSave: (texts: NarrativeTexts) => void,
): HTMLElement {
  const box = document.createElement("div");
  box.className = "texts-form";
  const h = document.createElement("h2");
  h.textContent = labels.heading;
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = labels.hint;
  box.append(h, hint);
  const area = (id: string, label: string, value: string) => {
    const l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    const t = document.createElement("textarea");
    t.id = id;
    t.rows = 4;
    t.value = value;
    box.append(l, t);
    return t;
  };
  const tupoksi = area("teks-tupoksi", labels.tupoksi, texts.tupoksi);
  const strategi = area("teks-strategi", labels.strategi, texts.strategi);
  const save = document.createElement("button");
  save.type = "button";
  save.className = "btn";
  save.id = "btn-simpan-teks";
  save.textContent = labels.save;
  save.addEventListener("click", () =>
    onSave({ tupoksi: tupoksi.value.trim(), strategi: strategi.value.trim() }),
  );
  box.append(save);
  return box;
}

/** The narrative section: hidden until Buat Narasi ran. */
export function renderNarasi(): void {
  const section = $("narasi-section");
  const box = $("narasi");
  if (state.narasi === null) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  // The report's text, then the review notes apart from it (what to check before signing).
  if (state.narasiDoc) showNarrative(box, state.narasiDoc);
  else
    box.replaceChildren(
      ...state.narasi.split(/\n{2,}/).map((p) => el("p", undefined, p)),
    );
}

/** Salin: the narrative's text to the clipboard (or selected, for Ctrl+C, where the clipboard is blocked). */
export async function copyNarasi(): Promise<void> {
  const t = strings();
  const ok = await copyText(state.narasi ?? "", $("narasi"));
  actions.notify(ok ? "success" : "info", ok ? t.copied : t.copyFailed);
}
