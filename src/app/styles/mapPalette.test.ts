import { describe, expect, it } from "vitest";
import { RAMP_STEPS, readCountryPalette } from "./mapPalette";

function styleOf(values: Record<string, string>) {
  return { getPropertyValue: (name: string) => values[name] ?? "" };
}

const TOKENS: Record<string, string> = {
  "--country-land": " #111111",
  "--country-edge": "#222222",
  "--country-edge-online": "#333333",
  "--country-edge-marked": "#444444",
  "--country-fill-1": "#a1a1a1",
  "--country-fill-2": "#a2a2a2",
  "--country-fill-3": "#a3a3a3",
  "--country-fill-4": "#a4a4a4",
  "--country-fill-5": "#a5a5a5 ",
};

describe("readCountryPalette", () => {
  it("reads the land, edges and the ramp in order, trimmed as computed styles pad them", () => {
    const palette = readCountryPalette(styleOf(TOKENS));
    expect(palette.land).toBe("#111111");
    expect(palette.edgeMarked).toBe("#444444");
    expect(palette.ramp).toHaveLength(RAMP_STEPS);
    expect(palette.ramp[0]).toBe("#a1a1a1");
    expect(palette.ramp[RAMP_STEPS - 1]).toBe("#a5a5a5");
  });

  it("names the token the stylesheet lacks instead of drawing with an empty colour", () => {
    const { ["--country-fill-3"]: _missing, ...rest } = TOKENS;
    expect(() => readCountryPalette(styleOf(rest))).toThrow(
      "tokens.css defines no --country-fill-3",
    );
    expect(() => readCountryPalette(styleOf({ ...TOKENS, "--country-land": "  " }))).toThrow(
      "--country-land",
    );
  });
});
