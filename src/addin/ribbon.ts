// Ribbon handlers (ExecuteFunction). In the shared runtime they run in the pane's page and use its state;
// registered by the pane (the manifest's FunctionFile is the pane) and by commands.html alike.
import { actions } from "./controller";
import { associate, showPane } from "../excel";

type Handler = () => Promise<boolean>;

/** Runs a ribbon action, shows the pane with its result, and always tells Office the command is done. */
export async function runCommand(
  event: Office.AddinCommands.Event,
  action: Handler,
): Promise<void> {
  try {
    await action();
    // The result (or the readable error) is the pane's message; show the pane so a one-click user sees it.
    await showPane();
  } catch (e) {
    actions.notify(
      "error",
      `Terjadi kesalahan: ${(e as Error)?.message ?? String(e)}`,
    );
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  associate("hitungCapaian", (event) => void runCommand(event, actions.hitung));
  associate("buatNarasi", (event) => void runCommand(event, actions.narasi));
}
