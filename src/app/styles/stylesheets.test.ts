// The stylesheets' house rules: colours only from tokens, dark mode only in tokens.css and only as
// redefined tokens, no CSS filter, no token used that nothing defines.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCountryPalette } from "./mapPalette";

const DIR = join(import.meta.dirname, ".");
const TOKENS = "tokens.css";

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");
const sheets = readdirSync(DIR)
  .filter((f) => f.endsWith(".css"))
  .map((name) => ({ name, css: withoutComments(readFileSync(join(DIR, name), "utf8")) }));
const tokens = sheets.find((s) => s.name === TOKENS)!.css;

/** The text inside the braces that open at or after `from`. */
function blockAt(css: string, from: number): string {
  const open = css.indexOf("{", from);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces after offset ${from}`);
}

/** Custom-property declarations of a block, as a map (later ones win, as in CSS). */
function declarations(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

const DARK_QUERY = "@media (prefers-color-scheme: dark)";
const lightRoot = blockAt(tokens, tokens.indexOf(":root"));
const darkBlock = blockAt(tokens, tokens.indexOf(DARK_QUERY));
const darkRoot = blockAt(darkBlock, darkBlock.indexOf(":root"));

describe("stylesheets", () => {
  it("are split into tokens.css and one sheet per component", () => {
    expect(sheets.map((s) => s.name)).toContain(TOKENS);
    expect(sheets.length).toBeGreaterThan(10);
  });

  it("write colours only as tokens outside tokens.css", () => {
    const literal =
      /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|:\s*(?:white|black)\b/gi;
    const found = sheets
      .filter((s) => s.name !== TOKENS)
      .flatMap((s) => [...s.css.matchAll(literal)].map((m) => `${s.name}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it("switch to dark mode in tokens.css alone, by redefining tokens", () => {
    const elsewhere = sheets.filter(
      (s) => s.name !== TOKENS && s.css.includes("prefers-color-scheme"),
    );
    expect(elsewhere.map((s) => s.name)).toEqual([]);
    // The dark block is one :root rule of custom properties (plus color-scheme for form controls).
    expect(darkBlock.replace(darkRoot, "").replace(/\s/g, "")).toBe(":root{}");
    const other = darkRoot
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d && !d.startsWith("--") && d !== "color-scheme: dark");
    expect(other).toEqual([]);
    // Only tokens that exist in light mode are redefined.
    const light = declarations(lightRoot);
    expect([...declarations(darkRoot).keys()].filter((k) => !light.has(k))).toEqual([]);
  });

  it("use no CSS filter (dark mode is not an inverted map)", () => {
    const filters = sheets.flatMap((s) =>
      [...s.css.matchAll(/(?:^|[\s;{])filter\s*:[^;]+/g)].map((m) => `${s.name}: ${m[0].trim()}`),
    );
    expect(filters).toEqual([]);
  });

  it("use only tokens that tokens.css (or the sheet itself) defines", () => {
    const defined = new Set(sheets.flatMap((s) => [...declarations(s.css).keys()]));
    const missing = sheets.flatMap((s) =>
      [...s.css.matchAll(/var\(\s*(--[\w-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${s.name}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("give the country layer a full palette in each scheme, different in every fill", () => {
    const style = (block: Map<string, string>) => ({
      getPropertyValue: (name: string) => block.get(name) ?? "",
    });
    const lightTokens = declarations(lightRoot);
    const light = readCountryPalette(style(lightTokens));
    const dark = readCountryPalette(style(new Map([...lightTokens, ...declarations(darkRoot)])));
    expect(new Set(light.ramp).size).toBe(light.ramp.length);
    expect(dark.land).not.toBe(light.land);
    dark.ramp.forEach((fill, i) => expect(fill).not.toBe(light.ramp[i]));
  });
});
