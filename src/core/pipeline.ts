// The extractor: an ordered list of small stages with one signature (STYLE.md §1). The order:
//  1. passages first, because every later stage reports into sentences and the events stage
//     needs them to know what a date dates;
//  2. places, which need only the text;
//  3. dates, which need the text, the reference date and, from the places, the hemisphere the
//     story is in (a southern "summer" is December to February);
//  4. events last: they join a passage, its dates and its places, and fold repeated passages.
// Document-level work (metadata, genre) happens before the stages run, in `prepareDocument`,
// because the date stage needs the reference date and genre as input.

import type { Analysis, DocumentInput, Stage } from "./context";
import { splitPassages } from "./text/passages";
import { hemisphereOf, tagTimexes } from "./dates";
import { findPlaces } from "./places";
import type { Gazetteer } from "./places/gazetteer";
import { buildEvents } from "./events/buildEvents";

export interface ExtractOptions {
  gazetteer: Gazetteer;
}

const passagesStage: Stage<ExtractOptions> = (ctx, a) => ({
  ...a,
  passages: splitPassages(ctx.doc.text),
});

const datesStage: Stage<ExtractOptions> = (ctx, a) => ({
  ...a,
  timexes: tagTimexes(ctx.doc.text, {
    published: ctx.doc.published,
    genre: ctx.doc.genre,
    hemisphere: hemisphereOf(a.placeMatches),
  }),
});

const placesStage: Stage<ExtractOptions> = (ctx, a) => ({
  ...a,
  placeMatches: findPlaces(ctx.doc.text, ctx.options.gazetteer),
});

const eventsStage: Stage<ExtractOptions> = (ctx, a) => ({ ...a, events: buildEvents(ctx.doc, a) });

export const STAGES: readonly Stage<ExtractOptions>[] = [
  passagesStage,
  placesStage,
  datesStage,
  eventsStage,
];

export function analyzeDocument(doc: DocumentInput, options: ExtractOptions): Analysis {
  const empty: Analysis = { passages: [], timexes: [], placeMatches: [], events: [] };
  return STAGES.reduce((analysis, stage) => stage({ doc, options }, analysis), empty);
}
