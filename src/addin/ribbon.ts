// Ribbon handlers (ExecuteFunction). In the shared runtime they run in the pane's page and use its state; the
// manifest's FunctionFile is the pane, which associates them as soon as its script runs (before Office.onReady, as
// in Microsoft's function-command sample: learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
import { actions } from "./controller";
import { host } from "./host";
import { session } from "./startup";
import { state } from "./state";

type Handler = () => Promise<boolean>;

/** Runs a ribbon action, shows the pane with its result, and always tells Office the command is done. */
export async function runCommand(
  event: Office.AddinCommands.Event,
  action: Handler,
): Promise<void> {
  session.interacted = true;
  try {
    // The action waits for the workbook's settings itself (a click that arrives while the runtime starts).
    await action();
  } catch (e) {
    actions.notify(
      "error",
      `Terjadi kesalahan: ${(e as Error)?.message ?? String(e)}`,
    );
  } finally {
    // The result, the readable error, or the question the action asks first is in the pane: show it.
    if (state.message || state.confirm) await host.showPane();
    event.completed();
  }
}

/** Tells Office which function each ribbon button runs (the manifest's FunctionName values). */
export function registerCommands(): void {
  const run = (action: Handler) => (event: Office.AddinCommands.Event) =>
    void runCommand(event, action);
  host.associate("hitungCapaian", run(actions.hitung));
  host.associate("buatNarasi", run(actions.narasi));
}
