// Opening a workbook in the web page: the file picker, or a file dropped on the page (several files or a folder
// dropped go to the recap). The file's bytes go to the file host; the pane then reads its settings and checks it.
// Also the copy's state (which file, whether it has changes not yet downloaded), its download and the Narasi option.
import { actions, state } from "../addin";
import { $ } from "../taskpane/dom";
import { FileHost } from "./file-host";
import { Dropped, filesOfDrop } from "./drop";

export interface Opener {
  /** Opens a file as the workbook the pane works on (also a row of the recap). */
  open(file: File): Promise<boolean>;
  /** Shows which file is open and whether its copy has changes; enables the download. */
  render(): void;
  /** Where several files dropped on the page go (the recap). */
  onMany: (files: Dropped[]) => void;
}

export function wireOpener(host: FileHost): Opener {
  const input = $<HTMLInputElement>("file");
  const opener: Opener = {
    open: (file) =>
      actions.workbookOpened(async () =>
        host.open(file.name, new Uint8Array(await file.arrayBuffer())),
      ),
    render: () => renderState(host),
    onMany: () => undefined,
  };
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void opener.open(file);
    // The same file chosen again (after changes elsewhere) is opened again.
    input.value = "";
  });
  // Each button opens the browser's file chooser of its hidden input.
  document
    .querySelectorAll<HTMLButtonElement>("[data-opens]")
    .forEach((b) =>
      b.addEventListener("click", () => $(b.dataset.opens!).click()),
    );
  wireDrop(opener);
  $("btn-unduh").addEventListener("click", () => {
    const name = host.download();
    actions.notify(
      "success",
      `Buku kerja ditawarkan sebagai unduhan: ${name}.`,
    );
  });
  const narasi = $<HTMLInputElement>("narasi-sheet");
  narasi.addEventListener("change", () => (host.narasiSheet = narasi.checked));
  return opener;
}

function renderState(host: FileHost): void {
  const name = host.fileName;
  const p = $("file-state");
  const text = !name
    ? "Belum ada buku kerja yang dibuka."
    : host.changed
      ? `Terbuka: ${name}. Salinan di halaman ini berisi perubahan yang belum diunduh; unduh buku kerja untuk menyimpannya (berkas asli tidak berubah).`
      : `Terbuka: ${name}.`;
  if (p.textContent !== text) p.textContent = text;
  $<HTMLButtonElement>("btn-unduh").disabled = !name || state.busy;
}

/** Files dropped anywhere on the page: one opens, several (or a folder) go to the recap; never a navigation. */
function wireDrop(opener: Opener): void {
  const zone = $("drop");
  const over = (e: DragEvent) => {
    e.preventDefault();
    zone.classList.add("over");
  };
  document.addEventListener("dragover", over);
  document.addEventListener("dragenter", over);
  document.addEventListener("dragleave", (e) => {
    if (!e.relatedTarget) zone.classList.remove("over");
  });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (!e.dataTransfer) return;
    void filesOfDrop(e.dataTransfer).then((files) => {
      if (files.length === 1 && !files[0].folder)
        void opener.open(files[0].file);
      else if (files.length) opener.onMany(files);
    });
  });
}
