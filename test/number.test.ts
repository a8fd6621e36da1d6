import { parseText, parseValue } from "../src/core";
import { cleanText, sameAtPrecision } from "../src/core/number";
import Decimal from "decimal.js";

const num = (s: string) => {
  const p = parseText(s);
  if (p.kind !== "number") throw new Error(`${s} → ${p.kind}`);
  return p;
};

describe("reading numbers written the Indonesian way (spec §4)", () => {
  test.each([
    ["102.855.000", "102855000"],
    ["Rp 600.000", "600000"],
    ["Rp. 600.000", "600000"],
    ["Rp600.000,-", "600000"],
    ["rp 1.234.567,50", "1234567.5"],
    ["1.234.567,50", "1234567.5"],
    ["0", "0"],
    ["600000", "600000"],
    [" 2.700.000 ", "2700000"],
    ["2\u00a0700\u00a0000".replace(/\u00a0/g, "."), "2700000"],
    ["Rp 5.955.000,00", "5955000"],
  ])("%s → %s", (text, value) => {
    expect(num(text).value.toFixed()).toBe(value);
  });

  test("a lone dash and an empty cell carry no value", () => {
    expect(parseText("-").kind).toBe("dash");
    expect(parseText("–").kind).toBe("dash");
    expect(parseText("").kind).toBe("empty");
    expect(parseText("   ").kind).toBe("empty");
    expect(parseValue(null).kind).toBe("empty");
  });

  test.each(["22.90.000", "1.23.456", "1.2345.678", "1,234,56", "12.3456"])("%s is malformed, never guessed", (text) => {
    const p = parseText(text);
    expect(p.kind).toBe("malformed");
  });

  test("a malformed figure offers its digits as a possible reading, for the message", () => {
    const p = parseText("22.90.000");
    expect(p.kind === "malformed" && p.readings.map((d) => d.toFixed())).toEqual(["2290000"]);
  });

  test("600,000 in a money cell is ambiguous (thousands or decimals?)", () => {
    const p = parseText("Rp 600,000");
    expect(p.kind).toBe("malformed");
  });

  test("negative amounts: leading minus and accounting brackets", () => {
    expect(num("-1.000").value.toNumber()).toBe(-1000);
    expect(num("(1.000)").value.toNumber()).toBe(-1000);
  });
});

describe("percentages", () => {
  test.each([
    ["67%", 0.67, 0],
    ["67 %", 0.67, 0],
    ["22,22%", 0.2222, 2],
    ["22.22%", 0.2222, 2],
    ["100%", 1, 0],
    ["0%", 0, 0],
    ["12,5 %", 0.125, 1],
  ])("%s → %d (%d decimals as written)", (text, value, decimals) => {
    const p = num(text);
    expect(p.unit).toBe("%");
    expect(p.value.toNumber()).toBe(value);
    expect(p.decimals).toBe(decimals);
  });

  test("a number cell with a percent format holds a fraction", () => {
    const p = parseValue(0.67, "0%");
    expect(p.kind === "number" && p.unit).toBe("%");
    expect(p.kind === "number" && p.value.toNumber()).toBe(0.67);
    const q = parseValue(0.2222, "0.00%");
    expect(q.kind === "number" && q.decimals).toBe(2);
  });

  test("a range target 5,80–6,00", () => {
    const p = num("5,80–6,00");
    expect(p.value.toNumber()).toBe(5.8);
    expect(p.high!.toNumber()).toBe(6);
    const q = num("90% - 100%".replace("% -", " -"));
    expect(q.unit).toBe("%");
    expect(q.high!.toNumber()).toBe(1);
  });
});

describe("units, errors, text", () => {
  test.each([
    ["4 Dokumen", 4, "dokumen"],
    ["3 dokumen", 3, "dokumen"],
    ["120 Keluarga", 120, "keluarga"],
    ["1.250 Orang", 1250, "orang"],
  ])("%s → %d %s", (text, value, unit) => {
    const p = num(text);
    expect(p.value.toNumber()).toBe(value);
    expect(p.unit).toBe(unit);
  });

  test.each(["#DIV/0!", "#REF!", "#VALUE!", "#N/A"])("the Excel error %s, typed or computed", (code) => {
    expect(parseText(code)).toEqual({ kind: "error", code });
    expect(parseValue({ error: code })).toEqual({ kind: "error", code });
  });

  test("words are text", () => {
    expect(parseText("belum ada").kind).toBe("text");
    expect(parseText("Meningkatnya Koordinasi").kind).toBe("text");
  });

  test("line breaks and non-breaking spaces from Word are white space", () => {
    expect(cleanText("Pagu\n(Rp)")).toBe("Pagu (Rp)");
    expect(num("Rp\u00a0600.000").value.toNumber()).toBe(600000);
  });

  test("a value equal at the precision it is written with is the same", () => {
    expect(sameAtPrecision(num("22.22%"), new Decimal(600000).div(2700000))).toBe(true);
    expect(sameAtPrecision(num("67 %"), new Decimal(0.67))).toBe(true);
    expect(sameAtPrecision(num("22%"), new Decimal(600000).div(2700000))).toBe(true);
    expect(sameAtPrecision(num("23%"), new Decimal(600000).div(2700000))).toBe(false);
    expect(sameAtPrecision(num("100%"), new Decimal(5955000).div(5995000))).toBe(false);
  });
});
