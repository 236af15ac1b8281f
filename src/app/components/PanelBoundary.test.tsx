// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PanelBoundary } from "./PanelBoundary";

function Broken(): never {
  throw new Error("bins is not iterable\n    at Histogram");
}

// React logs caught render errors; keep the test output clean.
afterEach(() => vi.restoreAllMocks());

describe("PanelBoundary", () => {
  it("replaces only the failing panel with a one-line message", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement("div");
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <>
          <PanelBoundary name="Map">
            <Broken />
          </PanelBoundary>
          <PanelBoundary name="Timeline">
            <p>still here</p>
          </PanelBoundary>
        </>,
      );
    });
    expect(container.textContent).toContain("still here");
    const alert = container.querySelector('section[aria-label="Map"] [role="alert"]');
    expect(alert?.textContent).toBe("Map could not be shown: bins is not iterable");
    root.unmount();
  });
});
