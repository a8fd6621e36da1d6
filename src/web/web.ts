// The web page's entry (web.html): the pane's own views on a file instead of Excel. The file host is installed first,
// then the pane starts as in Excel, then the page's own parts: opening a file, the workbook's download, the recap
// over many files, and the service worker that keeps the page's files for use offline.
import { actions, state, subscribe, useHost } from "../addin";
import { offerDownload } from "../taskpane/download";
import { startPane } from "../taskpane/pane";
import { FileHost } from "./file-host";
import { registerOffline } from "./offline";
import { wireOpener } from "./opener";
import { wireRekap } from "./rekap-view";

const files = new FileHost(offerDownload);
useHost(files);
state.noWorkbook = true;

void startPane(async () => {
  const open = wireOpener(files);
  wireRekap(open);
  subscribe(() => open.render());
  open.render();
  // Every control is wired (the e2e checks wait for this).
  document.body.dataset.ready = "true";
});
registerOffline((text) => actions.notify("info", text));
