// The ribbon's entry. With the shared runtime the manifest's FunctionFile is the task pane's page, and the pane's
// bundle runs this module before the pane's own (webpack entry order): a click that arrives while the runtime starts
// is delivered once its function is associated, so associate at once. The pane never imports this module.
import { registerCommands } from "../addin";

registerCommands();
