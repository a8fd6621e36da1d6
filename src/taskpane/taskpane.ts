// The task pane's entry. The page is also the ribbon's FunctionFile (shared runtime): src/commands/commands.ts, first
// in the same bundle, installs Excel as the host and associates the ribbon's handlers; then the pane starts once
// Office is ready and the workbook's settings are read.
import { startPane } from "./pane";

void startPane();
