// The in-page half of the app benchmark, installed before any of the app's code runs
// (page.addInitScript). Times are read inside the page, on its own clock, so the round trips of
// the driving process do not count: load figures are performance.now() at the moment the first
// card or marker enters the DOM (that clock starts at navigation), interaction figures run from
// the input event's timeStamp to the animation frame after the DOM shows the result.
//
// Kept as plain JavaScript in a string: tsx rewrites functions with a `__name` helper that does
// not exist in the page, so a serialised TypeScript function would fail there.
export const PROBE_SCRIPT = String.raw`
(() => {
  const bench = {
    longTasks: [],
    firstCard: null,
    firstMarker: null,
    frames: null,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const firstSeen = new MutationObserver(() => {
    const now = performance.now();
    if (bench.firstCard === null && document.querySelector('[data-testid="timeline-event"]'))
      bench.firstCard = now;
    if (bench.firstMarker === null && document.querySelector(".place-marker, .cluster-marker"))
      bench.firstMarker = now;
    if (bench.firstCard !== null && bench.firstMarker !== null) firstSeen.disconnect();
  });
  firstSeen.observe(document, { childList: true, subtree: true });

  bench.longest = () => bench.longTasks.reduce((m, [, d]) => Math.max(m, d), 0);
  bench.lastTaskEnd = () =>
    bench.longTasks.reduce((m, [start, d]) => Math.max(m, start + d), 0);

  bench.startFrames = () => {
    const frames = [];
    bench.frames = frames;
    let last = null;
    const tick = (t) => {
      if (bench.frames !== frames) return;
      if (last !== null) frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const frames = bench.frames || [];
    bench.frames = null;
    return frames;
  };

  const count = () => document.querySelector('[data-testid="shown-count"]')?.textContent ?? "";
  const visible = (sel) => {
    const el = document.querySelector(sel);
    return !!el && el.getClientRects().length > 0;
  };
  // Resolves with the time from the next input event of type eventType to the frame after the
  // DOM meets the condition: "count" (the shown-count text changes) or "sources" (a Sources
  // passage is visible).
  bench.timeNext = (eventType, condition, timeoutMs) =>
    new Promise((resolve) => {
      const before = count();
      const met = () => (condition === "count" ? count() !== before : visible(".source__passage"));
      let t0 = null;
      const onEvent = (e) => {
        if (t0 === null) t0 = e.timeStamp;
      };
      document.addEventListener(eventType, onEvent, true);
      const done = (value) => {
        observer.disconnect();
        clearTimeout(timer);
        document.removeEventListener(eventType, onEvent, true);
        resolve(value);
      };
      const observer = new MutationObserver(() => {
        if (t0 === null || !met()) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - t0));
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => done(null), timeoutMs);
    });

  // The element that scrolls the Timeline region: the region itself or the first element inside
  // it that can scroll (a virtualised list may scroll an inner element).
  bench.timelineScroller = () => {
    const region = document.querySelector('[aria-label="Timeline"]');
    if (!region) return null;
    const candidates = [region, ...region.querySelectorAll("*")];
    return (
      candidates.find((el) => {
        const y = getComputedStyle(el).overflowY;
        return (y === "auto" || y === "scroll") && el.scrollHeight > el.clientHeight + 1;
      }) || null
    );
  };
  bench.scrollerBox = () => {
    const el = bench.timelineScroller();
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
})();
`;
