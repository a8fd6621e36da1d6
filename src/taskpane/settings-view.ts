// Pengaturan: polarity per sasaran, efisiensi method, predikat scale, narrative length, and the Bab III texts.
import { SKALA_PREDIKAT, Settings, withDefaults } from "../core";
import { actions, state, strings } from "../addin";
import { $, el } from "./dom";
import { textsForm } from "./narasi-view";

function select(
  id: string,
  options: [string, string][],
  value: string,
): HTMLSelectElement {
  const sel = el("select");
  sel.id = id;
  sel.dataset.focusKey = id;
  for (const [v, label] of options) {
    const o = el("option", undefined, label);
    o.value = v;
    o.selected = v === value;
    sel.append(o);
  }
  return sel;
}

function field(
  body: HTMLElement,
  label: string,
  control: HTMLElement,
  extra?: HTMLElement,
): void {
  const l = el("label", undefined, label);
  l.htmlFor = control.id;
  if (extra) l.append(" ", extra);
  body.append(l, control);
}

/** One polarity choice per sasaran of the last check. */
function polarityFields(body: HTMLElement): void {
  const t = strings();
  body.append(el("h2", undefined, t.polaritas));
  const sasaran = state.analysis?.sasaran ?? [];
  if (!sasaran.length) body.append(el("p", "empty", t.noSasaran));
  for (const sa of sasaran) {
    const key = String(sa.index + 1);
    const options: [string, string][] = [
      ["positif", t.positif],
      ["negatif", t.negatif],
    ];
    const sel = select(
      `pol-${key}`,
      options,
      state.settings.polaritas[key] ?? "positif",
    );
    sel.dataset.sasaran = key;
    field(
      body,
      `${t.sasaran} ${key}`,
      sel,
      el("span", "sasaran-name", sa.name),
    );
  }
}

function methodFields(body: HTMLElement): void {
  const t = strings();
  const s = state.settings;
  const efisiensi: [string, string][] = [
    ["selisih", t.selisih],
    ["rasio", t.rasio],
    ["sisa", t.sisa],
  ];
  field(body, t.efisiensi, select("efisiensi", efisiensi, s.efisiensi));
  const scales = Object.entries(SKALA_PREDIKAT).map(
    ([k, v]) => [k, v.title] as [string, string],
  );
  const predikat =
    typeof s.predikat === "string" ? s.predikat : (scales[0]?.[0] ?? "");
  field(body, t.predikat, select("predikat", scales, predikat));
  const panjang: [string, string][] = [
    ["lengkap", t.lengkap],
    ["ringkas", t.ringkas],
  ];
  field(body, t.panjangNarasi, select("narasi-panjang", panjang, s.narasi));
}

/** The settings as chosen in the form. */
function chosen(body: HTMLElement): Settings {
  const polaritas: Settings["polaritas"] = { ...state.settings.polaritas };
  body
    .querySelectorAll<HTMLSelectElement>("select[data-sasaran]")
    .forEach((sel) => {
      polaritas[sel.dataset.sasaran!] =
        sel.value === "negatif" ? "negatif" : "positif";
    });
  const value = (id: string) => ($(id) as HTMLSelectElement).value;
  return withDefaults({
    polaritas,
    efisiensi: value("efisiensi") as Settings["efisiensi"],
    predikat: value("predikat"),
    narasi: value("narasi-panjang") as Settings["narasi"],
  });
}

export function renderSettings(): void {
  const t = strings();
  const body = $("settings-body");
  body.replaceChildren();
  polarityFields(body);
  methodFields(body);
  const save = el("button", "btn save", t.simpan);
  save.type = "button";
  save.id = "btn-simpan";
  save.dataset.focusKey = "btn-simpan";
  save.addEventListener("click", () => void actions.saveSettings(chosen(body)));
  body.append(save);
  const labels = {
    heading: t.teksHeading,
    tupoksi: t.teksTupoksi,
    strategi: t.teksStrategi,
    hint: t.teksHint,
    save: t.simpanTeks,
  };
  body.append(
    textsForm(labels, state.texts, (texts) => void actions.saveTexts(texts)),
  );
}
