// The place stages of the extractor: recognition (which spans name places), then resolution
// (which places they name). Recognition runs first and alone because resolution needs every
// mention of the document at once: the other places named are its best evidence.

import type { PlaceMatch } from "../context";
import type { Gazetteer } from "./gazetteer";
import { recognizePlaces } from "./recognize";
import { resolvePlaces } from "./resolve";

export type { Gazetteer } from "./gazetteer";

/**
 * Every toponym mention in the text (names, demonyms such as "Ukrainian", metonyms such as "the
 * Kremlin") with the place it resolves to; sorted by start, non-overlapping.
 */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceMatch[] {
  const mentions = recognizePlaces(text, gazetteer);
  return resolvePlaces(mentions, gazetteer);
}
