// Messages between the main thread and the dataset worker. The main thread only fetches (raw
// bytes, transferred): Playwright's page.route does not reliably see a dedicated worker's own
// fetches, and the e2e tests inject datasets that way.
import type { DatelineEvent } from "../../core/contract";
import type { DerivedMeta } from "./derive";

export type WorkerRequest =
  /** The whole schema-1 dataset.json, when no derived files are served. */
  | { kind: "dataset"; bytes: ArrayBuffer }
  /** Derived files, in order: meta.json, then each events chunk, then "end". */
  | { kind: "meta"; bytes: ArrayBuffer }
  | { kind: "events"; bytes: ArrayBuffer }
  | { kind: "end" };

export type WorkerMessage =
  | {
      kind: "meta";
      meta: DerivedMeta;
      /** The encoded mention table (derived from dataset.json in the worker); null when the main
       * thread fetched mentions.bin itself. */
      mentions: Int32Array | null;
      /** Document texts by index, when they came inside dataset.json. */
      texts: string[] | null;
    }
  /** A chunk of events in timeline order with their day numbers. */
  | { kind: "events"; events: DatelineEvent[]; start: Int32Array; end: Int32Array }
  | { kind: "done" }
  | { kind: "failed"; title: string; problems: string[]; hint?: string };
