import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflatedText } from "./gazetteerStream";

function streamOf(bytes: Uint8Array, chunk = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, (at += chunk)));
    },
  });
}

describe("inflatedText", () => {
  const text = JSON.stringify({ names: "Lisbon\nPorto\nCork".repeat(50) });
  it("inflates a gzipped body and counts the bytes as they arrive", async () => {
    const packed = gzipSync(text);
    const counts: number[] = [];
    expect(await inflatedText(streamOf(packed), (n) => counts.push(n))).toBe(text);
    expect(counts.at(-1)).toBe(packed.length);
    expect(counts.length).toBeGreaterThan(1);
  });
  it("reads a body the server already inflated as it is", async () => {
    const plain = new TextEncoder().encode(text);
    expect(await inflatedText(streamOf(plain), () => undefined)).toBe(text);
  });
});
