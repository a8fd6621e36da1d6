// Entry of commands.html, for a client that loads a FunctionFile page on its own; the manifest's FunctionFile is
// the pane (shared runtime), which registers the same handlers.
import { onReady } from "../excel";
import { init, registerCommands } from "../addin";

void onReady().then(async () => {
  registerCommands();
  await init();
});
