// The gazetteer index for the corpus worker, fetched the first time the reader adds an article.
// The build ships it gzipped (src/cli/packGazetteer.ts) since plain static hosts do not compress;
// a server that marks .gz files as gzip-encoded has the browser inflate it already, so the bytes
// decide, not the file name.
import { Gazetteer, type GazetteerIndex } from "../../core/places/gazetteer";

/** A stream that begins with `first` and goes on with what `reader` has left. */
function prepend(
  first: Uint8Array,
  reader: ReadableStreamDefaultReader<Uint8Array>,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(first),
    pull: async (controller) => {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** The text of a body that may be gzipped, counting the bytes as they arrive. */
export async function inflatedText(
  body: ReadableStream<Uint8Array>,
  onBytes: (loaded: number) => void,
): Promise<string> {
  let loaded = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onBytes(loaded);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted.getReader();
  const first = await reader.read();
  if (first.done) return "";
  const whole = prepend(first.value, reader);
  const gzipped = first.value[0] === 0x1f && first.value[1] === 0x8b;
  const stream = gzipped
    ? whole.pipeThrough(new DecompressionStream("gzip") as TransformStream<Uint8Array, Uint8Array>)
    : whole;
  return new Response(stream).text();
}

export async function fetchGazetteer(
  url: string,
  onProgress: (loaded: number, total: number | null) => void,
): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`the place index could not be fetched (HTTP ${response.status})`);
  // The length on the wire; with a server that inflates on the way, the count may pass it.
  const length = Number(response.headers.get("content-length"));
  const total = length > 0 ? length : null;
  const text = await inflatedText(response.body, (loaded) => onProgress(loaded, total));
  return new Gazetteer(JSON.parse(text) as GazetteerIndex);
}
