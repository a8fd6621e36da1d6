// Node's rasteriser for the charts: resvg, with the system's fonts (Liberation/DejaVu on Debian).
import { Resvg } from "@resvg/resvg-js";
import { Rasterize } from "./index";

/** Pixels per CSS pixel: 2 keeps text sharp when Word prints the picture at 13 cm. */
const SCALE = 2;

export const rasterizeWithResvg: Rasterize = async (svg, width) => {
  const r = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * SCALE) },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  });
  return r.render().asPng();
};
