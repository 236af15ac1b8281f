// One measured visit of the production build in headless Chromium: load, heap, a date filter, a
// brush drag, Sources, a timeline scroll. Every step has a time limit; a page that stops
// answering gives no figure for what is left instead of hanging the benchmark.
import type { Browser, CDPSession, Page } from "@playwright/test";
import { PROBE_SCRIPT } from "./probe";

export const METRICS = [
  "firstCard",
  "firstMarker",
  "longTaskLoad",
  "longTask",
  "heapMB",
  "filter",
  "brushP50",
  "brushP95",
  "sources",
  "scrollP95",
] as const;
export type Metric = (typeof METRICS)[number];
export type Sample = Record<Metric, number | null>;

export interface Visit {
  url: string;
  /** A From date that leaves part of the events shown. */
  fromDate: string;
  log: (line: string) => void;
}

const STEP_MS = 120_000;
// Page-side expressions are strings for the reason given in probe.ts.
const SHOWN_COUNT = `(document.querySelector('[data-testid="shown-count"]')?.textContent ?? "")`;

function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Nearest-rank percentile (for p = 50 and an even count, the lower middle value). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Used JS heap of the page and each of its dedicated workers after a full collection, in bytes.
 * Workers are reached with the page's CDP session in non-flattened auto-attach mode, the one way
 * to talk to them that Playwright's CDPSession allows. */
async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  let total = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const workers: string[] = [];
  const replies = new Map<number, (result: unknown) => void>();
  const onAttach = (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === "worker") workers.push(e.sessionId);
  };
  const onMessage = (e: { message: string }) => {
    const reply = JSON.parse(e.message) as { id: number; result?: unknown };
    replies.get(reply.id)?.(reply.result);
  };
  cdp.on("Target.attachedToTarget", onAttach);
  cdp.on("Target.receivedMessageFromTarget", onMessage);
  try {
    await cdp.send("Target.setAutoAttach", {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    let id = 0;
    const ask = (sessionId: string, method: string) =>
      new Promise<unknown>((resolve) => {
        replies.set(++id, resolve);
        void cdp.send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id, method }),
        });
      });
    for (const sessionId of workers) {
      await ask(sessionId, "HeapProfiler.collectGarbage");
      const usage = (await ask(sessionId, "Runtime.getHeapUsage")) as { usedSize?: number };
      total += usage.usedSize ?? 0;
    }
  } finally {
    cdp.off("Target.attachedToTarget", onAttach);
    cdp.off("Target.receivedMessageFromTarget", onMessage);
  }
  return total;
}

/** Polls a page expression until it is true. Not page.waitForFunction: with a string it
 * evaluates through eval, which the app's Content-Security-Policy forbids. Figures are timed
 * inside the page, so the polling interval does not enter them. */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + STEP_MS;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function resetDates(page: Page) {
  await page.getByRole("button", { name: "All dates" }).click();
  await until(page, `!${SHOWN_COUNT}.includes(" of ")`);
}

/** A probe that may never answer (the page closed under it) must not become an unhandled
 * rejection that ends the whole benchmark: it answers null instead. */
function settled<T>(probe: Promise<T>): Promise<T | null> {
  return probe.catch(() => null);
}

export async function visit(browser: Browser, { url, fromDate, log }: Visit): Promise<Sample> {
  const sample = Object.fromEntries(METRICS.map((m) => [m, null])) as Sample;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    const step = async (what: string, work: () => Promise<void>) => within(STEP_MS, what, work());

    await step("load", async () => {
      await page.goto(url, { waitUntil: "commit" });
      await until(page, "window.__bench.firstCard !== null && window.__bench.firstMarker !== null");
      // Loading is over when the main thread has been free of long tasks for a second.
      await until(
        page,
        "performance.now() - Math.max(window.__bench.lastTaskEnd(), window.__bench.firstCard, window.__bench.firstMarker) > 1000",
      );
      sample.firstCard = (await page.evaluate("window.__bench.firstCard")) as number;
      sample.firstMarker = (await page.evaluate("window.__bench.firstMarker")) as number;
      sample.longTaskLoad = (await page.evaluate("window.__bench.longest()")) as number;
    });
    await step("heap", async () => {
      sample.heapMB = (await heapBytes(cdp)) / 1024 / 1024;
    });
    await step("filter", async () => {
      const timed = settled(page.evaluate(`window.__bench.timeNext("input", "count", ${STEP_MS})`));
      await page.getByLabel("From", { exact: true }).fill(fromDate);
      sample.filter = (await timed) as number | null;
      await resetDates(page);
    });
    await step("brush", async () => {
      const box = await page.getByTestId("date-brush").boundingBox();
      if (!box) throw new Error("no date brush on the page");
      const y = box.y + box.height / 2;
      await page.evaluate("window.__bench.startFrames()");
      await page.mouse.move(box.x + box.width * 0.1, y);
      await page.mouse.down();
      const steps = 30;
      for (let i = 1; i <= steps; i++)
        await page.mouse.move(box.x + box.width * (0.1 + (0.6 * i) / steps), y);
      await page.mouse.up();
      await until(page, `${SHOWN_COUNT}.includes(" of ")`);
      const frames = (await page.evaluate("window.__bench.stopFrames()")) as number[];
      sample.brushP50 = percentile(frames, 50);
      sample.brushP95 = percentile(frames, 95);
      await resetDates(page);
    });
    await step("sources", async () => {
      // The first place chip of the cards on screen, clicked; when none of them names a place (the
      // earliest events of a corpus may not), the first place marker on the map, chosen with the
      // keyboard (a pointer may find it under another marker or a label).
      const chip = page.locator('[data-testid="timeline-event"] .chip').first();
      const byChip = (await chip.count()) > 0;
      const timed = settled(
        page.evaluate(
          `window.__bench.timeNext("${byChip ? "click" : "keydown"}", "sources", ${STEP_MS})`,
        ),
      );
      if (byChip) await chip.click();
      else await page.locator(".place-marker").locator("visible=true").first().press("Enter");
      sample.sources = (await timed) as number | null;
      await page.getByRole("button", { name: "Close sources" }).click();
    });
    await step("scroll", async () => {
      const box = (await page.evaluate("window.__bench.scrollerBox()")) as {
        x: number;
        y: number;
      } | null;
      if (!box) throw new Error("the Timeline region has nothing to scroll");
      await page.mouse.move(box.x, box.y);
      await page.evaluate("window.__bench.startFrames()");
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 400);
      // Wheel scrolling runs on after the last event: let it come to rest.
      await page.waitForTimeout(500);
      const frames = (await page.evaluate("window.__bench.stopFrames()")) as number[];
      sample.scrollP95 = percentile(frames, 95);
    });
    sample.longTask = (await within(
      STEP_MS,
      "long tasks",
      page.evaluate("window.__bench.longest()"),
    )) as number;
  } catch (err) {
    log(`  run stopped: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  } finally {
    await within(30_000, "closing the page", context.close()).catch(() => undefined);
  }
  return sample;
}
