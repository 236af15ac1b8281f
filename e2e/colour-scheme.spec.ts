// Dark mode comes from design tokens, not from a filter over the page: three articles written by
// this test (three outlets, two countries named often and one once) run through the real
// extractor, and the app is looked at in both colour schemes. Panels, the sea, and the country
// shapes (whose colours Leaflet writes as SVG attributes) all take the scheme's token values, and
// no element anywhere carries a CSS filter.
import type { Page } from "@playwright/test";
import { extractArticles } from "./extractArticles";
import {
  expect,
  mapRegion,
  serveDataset,
  sourcesRegion,
  test,
  timelineEvents,
  timelineRegion,
} from "./fixtures";

const FLOODS = `---
title: Floods close roads across Portugal
published: 2025-02-10
outlet: Coastal Courier
---
Heavy rain flooded the centre of Porto on Sunday, and Portugal's civil protection agency put three
districts on red alert.

Rail services between Lisbon and Porto were suspended on Monday as rivers across Portugal rose.
`;
const BORDER = `---
title: Relief convoys cross from Spain
published: 2025-02-12
outlet: Iberian Wire
---
Relief convoys from Spain reached Portugal on Tuesday, carrying pumps and generators for towns on
the Douro.
`;
const BUDGET = `---
title: Lisbon pledges reconstruction money
published: 2025-02-14
url: https://www.harbour-post.example/lisbon-pledge
---
Portugal's government promised 400 million euros for reconstruction on Thursday, after a cabinet
meeting in Lisbon.
`;

type Scheme = "light" | "dark";

/** What the page looks like in the scheme in force: computed colours, as rgb() strings. */
async function look(page: Page) {
  return page.evaluate(() => {
    // A colour as the browser computes it, so token values and computed styles compare equal.
    const probe = document.createElement("span");
    document.body.append(probe);
    const normal = (value: string) => {
      probe.style.color = "";
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const root = getComputedStyle(document.documentElement);
    const token = (name: string) => normal(root.getPropertyValue(name).trim());
    const countries = [
      ...document.querySelectorAll<SVGPathElement>(".leaflet-overlay-pane path:not(.place-area)"),
    ];
    const fills = [...new Set(countries.map((p) => normal(p.getAttribute("fill") ?? "")))];
    const bg = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el).backgroundColor : null;
    };
    const looks = {
      body: bg("body"),
      timeline: bg(".timeline"),
      sources: bg(".sources"),
      sea: bg(".map"),
      mapButton: bg(".map-button"),
      fills,
      land: token("--country-land"),
      ramp: [1, 2, 3, 4, 5].map((i) => token(`--country-fill-${i}`)),
      filtered: [...document.querySelectorAll("*")]
        .filter((el) => getComputedStyle(el).filter !== "none")
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`),
    };
    probe.remove();
    return looks;
  });
}

/** Relative luminance of an rgb() string, 0 (black) to 1 (white). */
function luminance(rgb: string | null): number {
  const [r, g, b] = (rgb?.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

async function open(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto("./?place=country%3APT");
  await expect(
    sourcesRegion(page).getByRole("heading", { name: "Portugal", exact: true }),
  ).toBeVisible();
  await expect(timelineEvents(page).first()).toBeVisible();
  await expect(mapRegion(page).locator(".leaflet-overlay-pane path").nth(100)).toBeAttached();
}

test("dark mode recolours panels and country shapes from tokens, with no CSS filter", async ({
  page,
}) => {
  const body = await extractArticles([
    { name: "floods.md", content: FLOODS },
    { name: "border.md", content: BORDER },
    { name: "budget.md", content: BUDGET },
  ]);
  await serveDataset(page, body);

  const looks: Partial<Record<Scheme, Awaited<ReturnType<typeof look>>>> = {};
  for (const scheme of ["light", "dark"] as const) {
    await open(page, scheme);
    const seen = await look(page);
    looks[scheme] = seen;

    expect(seen.filtered, `${scheme}: elements with a CSS filter`).toEqual([]);
    // Every country shape is filled with a token of this scheme: unnamed land, or a ramp step for
    // the countries the articles name (Portugal often, Spain once: two different steps).
    for (const fill of seen.fills) expect([seen.land, ...seen.ramp]).toContain(fill);
    expect(seen.fills).toContain(seen.land);
    expect(seen.fills.filter((f) => seen.ramp.includes(f)).length).toBeGreaterThanOrEqual(2);
  }

  const light = looks.light!;
  const dark = looks.dark!;
  for (const key of ["body", "timeline", "sources", "sea", "mapButton"] as const) {
    expect(light[key], `${key} has a background`).not.toBeNull();
    expect(luminance(dark[key]), `${key} is darker in dark mode`).toBeLessThan(
      luminance(light[key]),
    );
  }
  expect(luminance(dark.sources)).toBeLessThan(0.05);
  // The country colours change with the scheme, and "more mentions" stays the stronger end: darker
  // than bare land on the light map, brighter than bare land on the dark one.
  expect(dark.fills.filter((f) => light.fills.includes(f))).toEqual([]);
  expect(luminance(light.ramp[4]!)).toBeLessThan(luminance(light.land));
  expect(luminance(dark.ramp[4]!)).toBeGreaterThan(luminance(dark.land));
});

test("the country shapes follow a change of system scheme without a reload", async ({ page }) => {
  const body = await extractArticles([
    { name: "floods.md", content: FLOODS },
    { name: "border.md", content: BORDER },
  ]);
  await serveDataset(page, body);
  await open(page, "light");
  const light = await look(page);

  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(async () => (await look(page)).fills).not.toContain(light.land);
  const dark = await look(page);
  for (const fill of dark.fills) expect([dark.land, ...dark.ramp]).toContain(fill);
  expect(luminance(dark.timeline)).toBeLessThan(0.05);
  await expect(timelineRegion(page)).toBeVisible();
});
