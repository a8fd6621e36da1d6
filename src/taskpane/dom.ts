// DOM helpers shared by the pane's views: text only (textContent / createElement), never HTML built from workbook
// content; the focus kept where a keyboard user left it across re-renders; copying text to the clipboard.
export const $ = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function button(
  cls: string,
  text: string,
  focus: string,
  onClick: () => void,
): HTMLButtonElement {
  const b = el("button", cls, text);
  b.type = "button";
  b.dataset.focusKey = focus;
  b.addEventListener("click", onClick);
  return b;
}

/**
 * The last focused control's focus key: a button disabled while busy drops the focus to <body>, and gets it back
 * after (the pane's render); the pane's question hands it back to the button that asked.
 */
export const focusMemory: { last: string | null } = { last: null };
document.addEventListener("focusin", (e) => {
  const key = (e.target as HTMLElement | null)?.dataset?.focusKey;
  if (key) focusMemory.last = key;
});

/** Keyboard users keep their place: the element with the same focus key gets the focus back after a re-render. */
export function focusKey(): string | null {
  const a = document.activeElement as HTMLElement | null;
  return a?.dataset?.focusKey ?? null;
}
export function restoreFocus(key: string | null, fallback: HTMLElement): void {
  if (!key) return;
  const again = document.querySelector<HTMLElement>(
    `[data-focus-key="${CSS.escape(key)}"]`,
  );
  (again && !(again as HTMLButtonElement).disabled ? again : fallback).focus();
}

/**
 * Copies text. The Clipboard API may be blocked in the Office webview: then the shown text (`shown`) is selected and
 * copied the old way, or left selected so Ctrl+C works. True when copied.
 */
export async function copyText(
  text: string,
  shown: HTMLElement,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(shown);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}
