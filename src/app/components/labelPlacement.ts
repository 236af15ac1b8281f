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
  // Read everything first, then write: interleaving class changes with measurements would force
  // a layout per marker, which is seconds with a thousand markers.
  for (const m of markers) m.classList.remove("label-hidden");
  const measured = markers.map((el) => {
    const dot = el.querySelector(".pm__dot");
    const label = el.querySelector<HTMLElement>(".pm__label, .pm__area");
    const labelBox = label && label.offsetParent !== null ? label.getBoundingClientRect() : null;
    return {
      el,
      rank: rank(el),
      size: Number(el.dataset.size ?? 0),
      dotBox: dot ? dot.getBoundingClientRect() : null,
      labelBox: labelBox && labelBox.width > 0 ? labelBox : null,
    };
  });
  measured.sort((a, b) => b.rank - a.rank || b.size - a.size);
  const placed: DOMRect[] = [];
  const hidden: HTMLElement[] = [];
  for (const { el, rank, dotBox, labelBox } of measured) {
    if (labelBox) {
      // A selected or highlighted place always keeps its name.
      if (rank < 2 && placed.some((p) => overlaps(p, labelBox))) hidden.push(el);
      else placed.push(labelBox);
    }
    // Dots are never hidden; a dot only blocks the names of places that matter less.
    if (dotBox) placed.push(dotBox);
  }
  for (const el of hidden) el.classList.add("label-hidden");
}
