// Hides map names that would overlap. Places are taken by priority (selection, highlight, bigger
// dots, then area names); each keeps its name only where it overlaps nothing placed before it.
// Measured from the DOM, so it needs no font metrics.

const GAP_PX = 2;

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return (
    a.left < b.right + GAP_PX &&
    b.left < a.right + GAP_PX &&
    a.top < b.bottom + GAP_PX &&
    b.top < a.bottom + GAP_PX
  );
}

function rank(el: HTMLElement): number {
  if (el.classList.contains("is-selected")) return 3;
  if (el.classList.contains("is-highlighted")) return 2;
  return el.classList.contains("place-marker--point") ? 1 : 0;
}

export function deconflictLabels(pane: HTMLElement): void {
  const markers = [...pane.querySelectorAll<HTMLElement>(".place-marker")];
  const placed: DOMRect[] = [];
  const ordered = markers
    .map((el) => ({ el, rank: rank(el), size: Number(el.dataset.size ?? 0) }))
    .sort((a, b) => b.rank - a.rank || b.size - a.size);
  for (const { el, rank } of ordered) {
    el.classList.remove("label-hidden");
    const dot = el.querySelector(".pm__dot");
    const label = el.querySelector<HTMLElement>(".pm__label, .pm__area");
    if (label && getComputedStyle(label).display !== "none") {
      const box = label.getBoundingClientRect();
      // A selected or highlighted place always keeps its name.
      if (box.width > 0 && rank < 2 && placed.some((p) => overlaps(p, box))) {
        el.classList.add("label-hidden");
      } else if (box.width > 0) placed.push(box);
    }
    // Dots are never hidden; a dot only blocks the names of places that matter less.
    if (dot) placed.push(dot.getBoundingClientRect());
  }
}
