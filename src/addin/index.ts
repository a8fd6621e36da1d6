// What the task pane and the ribbon share: state, actions, strings, startup, ribbon handlers.
export { actions } from "./controller";
export { errorMessage } from "./errors";
export { host, useHost } from "./host";
export type {
  HitungOutcome,
  Host,
  HostCapabilities,
  LaporanRead,
  LoadedSettings,
  NarasiOutcome,
} from "./host";
export { STARTUP_GRACE_MS, init, ready, session, start } from "./startup";
export { state, strings, subscribe } from "./state";
export type { Confirm, DiagnostikState, MessageKind, PaneState } from "./state";
export { stringsFor } from "./i18n";
export type { Strings } from "./i18n";
export { registerCommands, runCommand } from "./ribbon";
