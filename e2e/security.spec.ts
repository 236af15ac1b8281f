// Security in the browser: the Content-Security-Policy is sent and nothing the app does violates
// it, and article text that looks like markup is shown as text. The markup article is written for
// this test (e2e/articles/markup.txt) and goes through the real extractor; only the response to
// the dataset request is swapped for that output.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGazetteer } from "../src/cli/loadGazetteer";
import { runExtract } from "../src/cli/runExtract";
import {
  clickablePlace,
  clickPlaceMarker,
  expect,
  sourcesRegion,
  test,
  timelineEvents,
  timelineRegion,
  waitForMap,
  serveDataset,
} from "./fixtures";

test("the app is served with a strict script policy and runs without violating it", async ({
  page,
  request,
  dataset,
}) => {
  const response = await request.get("./");
  const csp = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toContain("default-src 'self'");

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto("./");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await waitForMap(page);
  // The first marker in the DOM may be hidden (a deconflicted label) or under a control.
  await clickPlaceMarker(page, await clickablePlace(page, dataset));
  await expect(sourcesRegion(page)).toBeVisible();
  const fromPage = await page.evaluate(
    () => (window as unknown as { __csp?: string[] }).__csp ?? [],
  );
  expect([...violations, ...fromPage]).toEqual([]);
});

test("article text that looks like markup is shown literally and never runs", async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), "dateline-e2e-"));
  const lines: string[] = [];
  try {
    const code = await runExtract(["--out", join(dir, "markup.json"), "e2e/articles/markup.txt"], {
      baseDir: process.cwd(),
      stderr: (l) => lines.push(l),
      stdout: () => undefined,
      loadGazetteer,
    });
    if (code !== 0) throw new Error(`extract failed: ${lines.join(" / ")}`);
    const body = await readFile(join(dir, "markup.json"), "utf8");
    await serveDataset(page, body);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await page.goto("./");
  await expect(timelineEvents(page).first()).toBeVisible();
  const timeline = timelineRegion(page);
  await expect(timeline).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(timeline).toContainText("<script>window.__pwned=2</script>");

  // Open Sources on a place the article names, through its chip in the timeline.
  await timeline.getByRole("button", { name: "Oslo" }).first().click();
  const sources = sourcesRegion(page);
  await expect(sources).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(sources.locator("mark").first()).toHaveText("Oslo");

  await expect(sources).toContainText('<img src=x onerror="window.__pwned=1">Protest <b>signs</b>');
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});
