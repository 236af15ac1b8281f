// npm run eval -- places FILE.jsonl [more.jsonl] [--half A|B] [--errors N]
// Scores findPlaces against annotated toponyms (see ../shared/eval/README.md): recognition P/R/F1
// by one-to-one span overlap; resolution accuracy@161km over the gold toponyms recognised (a
// resolved country counts right when the gold point lies inside its Natural Earth 1:50m shape)
// and median error; the same for a population baseline that looks each gold span up in the same
// gazetteer and takes its highest-prior entry (kind first: country, region, first-level region,
// then the most populous town). Recognition is also shown for names only: the corpora disagree on
// demonyms (LGL annotates "Russian" now and then, GeoVirus never), and findPlaces reports them by
// design. `--errors N` prints up to N misses per kind, and counts per recognition rule, to stderr,
// for tuning on half A.
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import type { PlaceMatch, PlaceRef } from "../core/context";
import { findPlaces } from "../core/places";
import type { Gazetteer } from "../core/places/gazetteer";
import { distanceKm } from "../core/places/geo";
import { prior } from "../core/places/resolve";
import { loadGazetteer } from "../cli/loadGazetteer";
import { GAZETTEER_PATH } from "../cli/buildGazetteer";
import { readJsonl } from "./jsonl";
import { inHalf, parseHalf, type Half } from "./split";
import { statSync } from "node:fs";

const require = createRequire(import.meta.url);
const TOLERANCE_KM = 161;
/** Error charged when nothing was resolved (half the Earth's circumference). */
const NO_ANSWER_KM = 20038;

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat?: number | null;
  lon?: number | null;
}
interface PlacesDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

/** ISO alpha-2 → the Natural Earth shapes with that ISO numeric id (some ids repeat: Australia and
 * the Ashmore and Cartier Islands are both 036). */
export type CountryShapes = Map<string, Feature<Geometry>[]>;

export function loadCountryShapes(): CountryShapes {
  const topo = require("world-atlas/countries-50m.json") as Topology;
  const obj = topo.objects["countries"];
  if (!obj) throw new Error("world-atlas: no countries object");
  const fc = feature(topo, obj) as FeatureCollection<Geometry>;
  const byCcn3 = new Map<string, Feature<Geometry>[]>();
  for (const f of fc.features) {
    if (f.id === undefined) continue;
    const id = String(f.id).padStart(3, "0");
    byCcn3.set(id, [...(byCcn3.get(id) ?? []), f]);
  }
  const countries = require("world-countries") as { cca2: string; ccn3: string }[];
  const out: CountryShapes = new Map();
  for (const c of countries) {
    const f = byCcn3.get(c.ccn3);
    if (f) out.set(c.cca2, f);
  }
  return out;
}

/** Error in km of a resolved place against a gold point; a country is right anywhere inside it. */
export function errorKm(place: PlaceRef, lat: number, lon: number, shapes: CountryShapes): number {
  if (place.kind === "country" && place.country) {
    const inside = shapes.get(place.country)?.some((shape) => geoContains(shape, [lon, lat]));
    if (inside) return 0;
  }
  return distanceKm(place.lat, place.lon, lat, lon);
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  /** Errors (km) over matched gold toponyms that have coordinates. */
  errors: number[];
  baselineErrors: number[];
  /** Baseline over every gold toponym with coordinates, recognised or not. */
  baselineAllErrors: number[];
  ms: number[];
  chars: number;
  /** Found and matched mentions per `via`, to show what demonyms and metonyms add. */
  byVia: Map<string, { found: number; matched: number }>;
  /** The same per recognition rule (`by`), printed with --errors. */
  byRule: Map<string, { found: number; matched: number }>;
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function accuracy(errors: number[]): number {
  return errors.length ? errors.filter((e) => e <= TOLERANCE_KM).length / errors.length : NaN;
}

function baselinePlace(text: string, gaz: Gazetteer): PlaceRef | undefined {
  let best: PlaceRef | undefined;
  let bestScore = -Infinity;
  for (const c of gaz.lookup(text)) {
    const s = prior(c, {});
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/** One-to-one matching of predicted to gold spans by overlap, in text order. */
export function matchSpans(
  gold: GoldToponym[],
  predicted: PlaceMatch[],
): Map<GoldToponym, PlaceMatch> {
  const out = new Map<GoldToponym, PlaceMatch>();
  const used = new Set<PlaceMatch>();
  const sortedGold = [...gold].sort((a, b) => a.start - b.start);
  for (const g of sortedGold) {
    const p = predicted.find((x) => !used.has(x) && x.start < g.end && g.start < x.end);
    if (p) {
      used.add(p);
      out.set(g, p);
    }
  }
  return out;
}

/**
 * The time for one 10 kB article once the gazetteer is loaded and the code warm: the corpus's
 * documents joined up to 10,000 characters, median of five runs.
 */
function tenKilobytes(docs: PlacesDoc[], gaz: Gazetteer): string {
  let text = "";
  for (const d of docs) {
    if (text.length >= 10000) break;
    text += `${d.text}\n\n`;
  }
  text = text.slice(0, 10000);
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    findPlaces(text, gaz);
    if (i > 0) runs.push(performance.now() - t0);
  }
  return `a 10 kB article in ${median(runs).toFixed(1)} ms (median of 5 warm runs)`;
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "-");
const km = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(0)} km` : "-");

export async function runPlacesEval(args: string[]): Promise<void> {
  const files: string[] = [];
  let half: Half | undefined;
  let showErrors = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--half") half = parseHalf(args[++i]);
    else if (a === "--errors") showErrors = Number(args[++i] ?? "20");
    else if (a) files.push(a);
  }
  if (files.length === 0) throw new Error("places: give at least one FILE.jsonl");

  const t0 = performance.now();
  const gaz = await loadGazetteer();
  const loadMs = performance.now() - t0;
  const bytes = statSync(GAZETTEER_PATH).size;
  console.log(
    `gazetteer: ${gaz.size} places, ${(bytes / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms`,
  );
  const shapes = loadCountryShapes();

  for (const file of files) {
    const docs = (await readJsonl<PlacesDoc>(file)).filter((d) => !half || inHalf(d.id, half));
    const t: Tally = {
      gold: 0,
      predicted: 0,
      matched: 0,
      errors: [],
      baselineErrors: [],
      baselineAllErrors: [],
      ms: [],
      chars: 0,
      byVia: new Map(),
      byRule: new Map(),
    };
    const misses: string[] = [];
    const spurious: string[] = [];
    const wrong: string[] = [];
    for (const doc of docs) {
      const s = performance.now();
      const predicted = findPlaces(doc.text, gaz);
      t.ms.push(performance.now() - s);
      t.chars += doc.text.length;
      t.gold += doc.toponyms.length;
      t.predicted += predicted.length;
      const pairs = matchSpans(doc.toponyms, predicted);
      t.matched += pairs.size;
      const matchedPreds = new Set(pairs.values());
      for (const p of predicted) {
        const v = t.byVia.get(p.via) ?? { found: 0, matched: 0 };
        v.found++;
        if (matchedPreds.has(p)) v.matched++;
        t.byVia.set(p.via, v);
        const r = t.byRule.get(p.by) ?? { found: 0, matched: 0 };
        r.found++;
        if (matchedPreds.has(p)) r.matched++;
        t.byRule.set(p.by, r);
      }
      for (const g of doc.toponyms) {
        const hasPoint = typeof g.lat === "number" && typeof g.lon === "number";
        const base = hasPoint ? baselinePlace(g.text, gaz) : undefined;
        const baseErr =
          base && hasPoint ? errorKm(base, g.lat as number, g.lon as number, shapes) : NO_ANSWER_KM;
        if (hasPoint) t.baselineAllErrors.push(baseErr);
        const p = pairs.get(g);
        if (!p) {
          misses.push(
            `${doc.id}  "${g.text}"  …${doc.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, " ")}…`,
          );
          continue;
        }
        if (!hasPoint) continue;
        const err = errorKm(p.place, g.lat as number, g.lon as number, shapes);
        t.errors.push(err);
        t.baselineErrors.push(baseErr);
        if (err > TOLERANCE_KM) {
          wrong.push(
            `${doc.id}  "${g.text}" → ${p.place.id} ${p.place.name} (${p.place.kind}, ${p.place.country}) off ${err.toFixed(0)} km; gold ${g.lat},${g.lon}  [${p.by}]`,
          );
        }
      }
      for (const p of predicted) {
        if (!matchedPreds.has(p)) {
          spurious.push(
            `${doc.id}  "${p.text}" → ${p.place.id} ${p.place.name} [${p.by}]  …${doc.text.slice(Math.max(0, p.start - 40), p.end + 40).replace(/\s+/g, " ")}…`,
          );
        }
      }
    }
    const precision = t.predicted ? t.matched / t.predicted : NaN;
    const recall = t.gold ? t.matched / t.gold : NaN;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
    const per10k = t.ms.reduce((a, b) => a + b, 0) / (t.chars / 10000);
    console.log(
      `\n${file}${half ? ` (half ${half})` : ""}: ${docs.length} docs, ${t.gold} gold toponyms`,
    );
    console.log(
      `  recognition   P ${f3(precision)}  R ${f3(recall)}  F1 ${f3(f1)}  (${t.matched} matched of ${t.predicted} found)`,
    );
    const names = t.byVia.get("name") ?? { found: 0, matched: 0 };
    const np = names.found ? names.matched / names.found : NaN;
    const nr = t.gold ? names.matched / t.gold : NaN;
    console.log(
      `  names only    P ${f3(np)}  R ${f3(nr)}  F1 ${f3((2 * np * nr) / (np + nr))}  (demonyms and metonyms left out; ${[...t.byVia].map(([v, x]) => `${v} ${x.matched}/${x.found}`).join(", ")} matched/found)`,
    );
    console.log(
      `  resolution    over ${t.errors.length} recognised gold toponyms with coordinates`,
    );
    console.log(
      `    findPlaces          acc@161km ${f3(accuracy(t.errors))}  median error ${km(median(t.errors))}`,
    );
    console.log(
      `    population baseline acc@161km ${f3(accuracy(t.baselineErrors))}  median error ${km(median(t.baselineErrors))}`,
    );
    console.log(
      `    baseline, all ${t.baselineAllErrors.length} gold with coordinates: acc@161km ${f3(accuracy(t.baselineAllErrors))}  median error ${km(median(t.baselineAllErrors))}`,
    );
    console.log(
      `  speed         ${per10k.toFixed(1)} ms per 10 kB on average; slowest document ${Math.max(...t.ms).toFixed(1)} ms; ${tenKilobytes(docs, gaz)}`,
    );
    if (showErrors > 0) {
      const show = (title: string, xs: string[]): void => {
        console.error(`\n--- ${title} (${xs.length}) ---`);
        for (const x of xs.slice(0, showErrors)) console.error(x);
      };
      console.error(`\n--- matched/found per rule ---`);
      for (const [rule, x] of [...t.byRule].sort((a, b) => b[1].found - a[1].found)) {
        console.error(`${rule}: ${x.matched}/${x.found}`);
      }
      show("missed gold toponyms", misses);
      show("spurious mentions", spurious);
      show("wrongly resolved", wrong);
    }
  }
}
