// The add-in's entry, first in the task pane's bundle. With the shared runtime the manifest's FunctionFile is the
// task pane's page, and the pane's bundle runs this module before the pane's own (webpack entry order): it installs
// Excel as the host the pane's views talk to (src/addin/host.ts), then associates the ribbon's handlers at once, so
// a click that arrives while the runtime starts is delivered. The pane never imports this module.
import * as excel from "../excel";
import { registerCommands, useHost } from "../addin";

useHost(excel);
registerCommands();
