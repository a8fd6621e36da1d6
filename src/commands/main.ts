// Entry of commands.html, for a client that loads the FunctionFile on its own; the manifest's FunctionFile is the pane.
import { onReady } from "../excel/office";
import { init } from "../taskpane/controller";
import { registerCommands } from "./commands";

void onReady().then(() => {
  init();
  registerCommands();
});
