// Starting the add-in. The ribbon's handlers are associated as soon as the script runs (before Office.onReady, as
// Microsoft's function-command sample does), and every action waits for the workbook's settings (LKjIP_Pengaturan):
// a click that arrives while the runtime starts is queued by Office and runs with the workbook's own choices, never
// with the defaults. A click that only started the runtime and never arrived (office-js#5176, open) cannot be seen;
// so when nothing has happened shortly after the start, the pane is shown and says to click again.
import { EMPTY_PETA, withDefaults } from "../core";
import { host } from "./host";
import { changed, setLanguage, state, strings } from "./state";
import { errorMessage } from "./errors";

let markReady: () => void = () => undefined;
/** Resolves once Office is ready and the workbook's settings were read (or failed to be). */
export const ready: Promise<void> = new Promise((ok) => (markReady = ok));

/** Whether anything was asked of the add-in since it started (a pane button or a ribbon command). */
export const session = { interacted: false };

/** How long after the start a ribbon click that started the runtime would have arrived, at the latest. */
export const STARTUP_GRACE_MS = 1500;

/** Reads the workbook's settings into the state; false (and the error as the pane's message) when Excel refused. */
async function loadSettings(): Promise<boolean> {
  try {
    const loaded = await host.loadSettings();
    state.peta = await host.loadPeta();
    state.settings = withDefaults(loaded.settings);
    if (loaded.texts) state.texts = loaded.texts;
    state.settingsLoaded = true;
    if (loaded.unreadable.length)
      state.message = {
        kind: "info",
        text: strings().settingsUnreadable(loaded.unreadable),
      };
    return true;
  } catch (e) {
    state.message = { kind: "error", text: errorMessage(e) };
    return false;
  }
}

/** Language, then the settings stored in the workbook. */
export async function init(): Promise<void> {
  setLanguage(host.displayLanguage());
  changed();
  await loadSettings();
  changed();
}

/**
 * What every action awaits before computing: the workbook's settings. When they could not be read at the start, one
 * more try; if that fails too, the action does not run (it would compute with defaults over the workbook's choices).
 */
export async function settingsReady(): Promise<void> {
  await ready;
  if (state.settingsLoaded || (await loadSettings())) return;
  throw Object.assign(
    new Error(strings().settingsNotRead(state.message?.text ?? "")),
    {
      code: "LKjIP.SettingsNotRead",
    },
  );
}

/** Starts the add-in once Office is ready: the settings, then `then` (the pane's own start), then the late-click notice. */
export async function start(
  then: () => Promise<void> = async () => undefined,
): Promise<void> {
  try {
    await host.onReady();
    await init();
  } finally {
    markReady();
  }
  await then();
  if (host.capabilities.ribbon)
    setTimeout(() => void startupNotice(), STARTUP_GRACE_MS);
}

/**
 * Another workbook is now the host's (the web page opened a file): what the pane showed of the last one goes, and
 * the new one's settings, texts and peta are read.
 */
export async function workbookChanged(): Promise<void> {
  Object.assign(state, {
    analysis: null,
    narasi: null,
    narasiDoc: null,
    texts: { tupoksi: "", strategi: "" },
    settings: withDefaults(),
    settingsLoaded: false,
    peta: EMPTY_PETA,
    message: null,
  });
  await loadSettings();
}

async function startupNotice(): Promise<void> {
  if (session.interacted || state.message) return;
  state.message = { kind: "info", text: strings().startupNotice };
  changed();
  await host.showPane();
}
