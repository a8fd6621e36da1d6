// What the task pane and the ribbon commands share: state, actions, strings, ribbon handlers.
export {
  actions,
  errorMessage,
  init,
  state,
  strings,
  subscribe,
} from "./controller";
export type { MessageKind, PaneState } from "./controller";
export { stringsFor } from "./i18n";
export type { Strings } from "./i18n";
export { registerCommands, runCommand } from "./ribbon";
