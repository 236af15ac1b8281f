// The timeline is a virtual list: only the cards near the view are in the DOM. Tests that check
// the whole list walk it from top to bottom and read every card that passes through.
import type { Page } from "@playwright/test";

export interface ShownCard {
  id: string;
  /** How many search marks the card holds. */
  marks: number;
}

/** Every card the timeline shows, in list order, read by scrolling its list end to end. */
export async function shownCards(page: Page): Promise<ShownCard[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const region = document.querySelector('section[aria-label="Timeline"]');
    const scroller = region?.querySelector<HTMLElement>(".timeline__scroller");
    if (!scroller) return []; // the empty state: no list at all
    const seen = new Map<number, { id: string; marks: number }>();
    const read = () => {
      for (const card of scroller.querySelectorAll<HTMLElement>('[data-testid="timeline-event"]'))
        seen.set(Number(card.getAttribute("aria-posinset")), {
          id: card.dataset.eventId ?? "",
          marks: card.querySelectorAll("mark").length,
        });
    };
    scroller.scrollTop = 0;
    for (;;) {
      // Two frames: one for the scroll event, one for the rows it brings in to be drawn.
      await frame();
      await frame();
      read();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      const before = scroller.scrollTop;
      scroller.scrollTop += Math.max(1, scroller.clientHeight / 2);
      if (scroller.scrollTop === before) break; // cannot scroll further: nothing is left unread
    }
    return [...seen].sort(([a], [b]) => a - b).map(([, card]) => card);
  });
}

/** The ids of every shown event, sorted (for comparing with a set the test works out). */
export async function shownEventIds(page: Page): Promise<string[]> {
  return (await shownCards(page)).map((c) => c.id).sort();
}

export const idsOf = (events: readonly { id: string }[]) => events.map((e) => e.id).sort();
