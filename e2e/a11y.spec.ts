import AxeBuilder from "@axe-core/playwright";
import { expect, mostMentionedPointPlace, sourcesRegion, test, timelineEvents } from "./fixtures";
import type { Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 12).map((n) => n.target.join(" ")),
    }));
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations on the main views (${scheme})`, async ({
    page,
    dataset,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    await expect(timelineEvents(page).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const place = mostMentionedPointPlace(dataset);
    await page.goto(`./?place=${encodeURIComponent(place.id)}&q=the`);
    await expect(
      sourcesRegion(page).getByRole("heading", { name: place.name, exact: true }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("list mode: arrow keys move between events, Enter opens Sources, Escape closes them", async ({
  page,
  dataset,
}) => {
  await page.goto("./");
  const cards = timelineEvents(page);
  await expect(cards.first()).toBeVisible();
  // One tab stop for the whole list.
  await expect(cards.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  const order = await cards.evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.eventId ?? ""),
  );
  const target = order.findIndex((id) =>
    dataset.events
      .find((e) => e.id === id)
      ?.places.some((p) => dataset.places.find((q) => q.id === p)?.kind !== "continent"),
  );
  test.skip(target < 0, "no event names a place");

  await cards.first().focus();
  await page.keyboard.press("ArrowDown");
  if (order.length > 1) await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cards.first()).toBeFocused();
  // Focus is visible: an outline is drawn.
  expect(await cards.first().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
  await expect(cards.nth(target)).toBeFocused();

  await page.keyboard.press("Enter");
  const event = dataset.events.find((e) => e.id === order[target])!;
  // The event's first place (in the event's own order) that is drawn on the map.
  const place = event.places
    .map((id) => dataset.places.find((p) => p.id === id)!)
    .find((p) => p.kind !== "continent")!;
  await expect(
    sourcesRegion(page).getByRole("heading", { name: place.name, exact: true }),
  ).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`event=${encodeURIComponent(event.id)}`));

  await page.keyboard.press("Escape");
  await expect(sourcesRegion(page)).toHaveCount(0);
  // Focus comes back to the card, so the reader carries on down the list.
  await expect(cards.nth(target)).toBeFocused();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations while adding articles (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./");
    await expect(timelineEvents(page).first()).toBeVisible();
    // An article written for this test with no publication date (the date question), and an
    // empty file (a listed reason).
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Add articles" }).click();
    await (
      await chooser
    ).setFiles([
      {
        name: "quay.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Quay repairs\n\nDivers inspected the quay in Bergen on Friday.\n"),
      },
      { name: "blank.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    ]);
    const dialog = page.getByRole("dialog", { name: "When was this published?" });
    await expect(dialog).toBeVisible({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel("Publication date").fill("2024-02-02");
    await dialog.getByRole("button", { name: "Use this date" }).click();
    await expect(page.getByTestId("import-notice")).toBeVisible();
    await page.getByText("Added (1)").click();
    await expect(page.getByRole("list", { name: "Added articles" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Paste text" }).click();
    await expect(page.getByRole("dialog", { name: "Paste an article" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
