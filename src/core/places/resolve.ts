// Resolution: picks, for every recognised mention, the gazetteer entry it names. Each candidate
// is scored by a prior (kind, then population and administrative rank) plus what the rest of the
// document says: an explicit container ("Paris, Texas", "Alexandria, La."), the countries and
// first-level regions the other mentions resolve to, and nearness to them (a "Paris" among Texas
// towns is Paris, Texas). Context is computed from the previous round's answers, leaving out
// mentions of the same name so a repeated ambiguous name cannot vote for itself; three rounds
// settle it. Prominence bounds that evidence: a namesake far smaller than the place a bare name
// means takes no support from the rest of the text unless a container ties it down or the text
// is mostly about its country, since a state named elsewhere in a sentence is not local evidence.
// Then each mention is placed: a site the gazetteer lacks where the text puts it (a town, else
// drawn as the area it is in, never as a pin at an area's label point), a broad feature it lacks
// ("the Corn Belt") never at a town, but in its container or drawn as its country, a part of a
// town in that town, and a lone small place abroad left unpinned or read as one of the text's own.

import type { PlaceMatch, PlaceRef } from "../context";
import { slugify } from "./fold";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { distanceKm } from "./geo";
import type { PlaceMention } from "./types";

/** Scores are in "orders of magnitude of population": a country outranks any city by default. */
export const PRIOR = { country: 10, continent: 9.5, region: 9.5, admin: 6.8, site: 0 };
const FCODE_BONUS: Record<string, number> = {
  PPLC: 2,
  PPLA: 0.5,
  PPLA2: 0.3,
  PPLX: -1,
  PPLL: -0.5,
};
const CONTAINER_BONUS = { comma: 15, in: 6 };
const COUNTRY_CONTEXT = 4;
const ADMIN_CONTEXT = 5;

export function prior(c: GazetteerEntry, m: Pick<PlaceMention, "hint">): number {
  let p: number;
  if (c.kind === "city") p = Math.log10(c.population + 1) + (FCODE_BONUS[c.fcode] ?? 0);
  else p = PRIOR[c.kind];
  if (m.hint === "admin" && c.kind === "admin") p += 3;
  if (m.hint === "city" && c.kind === "city") p += 3;

  if (m.hint === "county" && /\b(county|parish|borough)\b/i.test(c.name)) p += 3;
  return p;
}

/** Does place `outer` contain place `inner`, as far as the gazetteer can tell? */
function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.row === inner.row) return false;
  switch (outer.kind) {
    case "country":
      return inner.country === outer.country && inner.kind !== "country";
    case "admin":
      if (inner.kind === "country" || inner.kind === "continent") return false;
      if (inner.admin) return inner.admin === outer.id;
      return (
        inner.country === outer.country &&
        distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) < 250
      );
    case "region":
    case "continent":
      if (outer.country) return inner.country === outer.country;
      return (
        inner.kind !== "continent" && distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) < 2500
      );
    default:
      return inner.kind === "city" && distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) < 50;
  }
}

/**
 * "Paris, Athens, Cairo" is a list, not a town inside a town: after a comma only a wider area
 * holds a town, or a large city one of its quarters ("Brooklyn, New York", "Hollywood, Los
 * Angeles").
 */
function holdsAfterComma(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.kind !== "city") return true;
  // A quarter does not hold a quarter: "Hamilton, Windsor and London" is a list even where
  // two suburbs somewhere share those names.
  if (outer.fcode === "PPLX") return false;
  return inner.fcode === "PPLX" || (outer.population >= 1e6 && outer.population > inner.population);
}

interface Context {
  /** Distinct first-level regions per country ("Ontario" among "Manitoba" and "Quebec"). */
  siblings: Map<string, Set<string>>;
  countries: Map<string, number>;
  admins: Map<string, number>;
  total: number;
  /** Chosen towns and regions on a 2° grid, once per (place, name): nearness queries stay local. */
  points: Map<number, { lat: number; lon: number; key: string }[]>;
  /** Label points of the countries chosen, with the names that chose them. */
  nations: Map<string, { lat: number; lon: number; keys: Set<string> }>;
}

const cellOf = (lat: number, lon: number): [number, number] => [
  Math.floor(lat / 2),
  Math.floor(lon / 2),
];

// A grid cell as one number: building and hashing a "y,x" string per probe cost more than the
// distance checks. Columns stay within ±200 on either grid, so rows 1024 apart never collide.
const cellKey = (y: number, x: number): number => y * 1024 + x;

/** How far (in orders of magnitude) a prominent sense outranks a namesake it outshines. */
const PROMINENCE_GAP = 2;

/** Is c a town that is the seat of a region of the same name among the mention's candidates? */
function seatOfNamesake(c: GazetteerEntry, m: PlaceMention): boolean {
  return (
    m.hint !== "admin" &&
    c.kind === "city" &&
    /^PPL[AC]$/.test(c.fcode) &&
    m.candidates.some((a) => a.kind === "admin" && a.id === c.admin)
  );
}

/**
 * A large city that is the seat of a region of the same name is what a bare name usually means
 * ("Constanta" the port, not Constanța County); "X region" still picks the region.
 */
function seatBonus(c: GazetteerEntry, m: PlaceMention): number {
  return c.population >= 100000 && seatOfNamesake(c, m) ? 1.2 : 0;
}

/**
 * Written with a place that holds it after a comma ("Heredia, Costa Rica"), the seat of any size
 * is meant: that is how a town is written, a region would be "X province". Enough for a seat of
 * a few thousand people to outrank its region's prior.
 */
const WRITTEN_SEAT = 3;

/** Prior and seat: how readily a bare mention of the name means this place. */
function standing(c: GazetteerEntry, m: PlaceMention): number {
  return prior(c, m) + seatBonus(c, m);
}

/** The candidate of highest standing: the place a bare mention of the name means by default. */
function mostProminent(m: PlaceMention): GazetteerEntry | undefined {
  let top: GazetteerEntry | undefined;
  let best = -Infinity;
  for (const c of m.candidates) {
    const p = standing(c, m);
    if (p > best) {
      best = p;
      top = c;
    }
  }
  return top;
}

/**
 * Read as a small namesake of a far more prominent place abroad ("Athens" read as a town in
 * Georgia, not the Greek capital), with no container beside it to say so: such a reading is
 * itself in doubt.
 */
function outshone(c: GazetteerEntry, m: PlaceMention): boolean {
  const top = mostProminent(m);
  if (m.container || !top || top.country === c.country) return false;
  return standing(top, m) >= standing(c, m) + PROMINENCE_GAP;
}

function buildContext(mentions: PlaceMention[], chosen: (GazetteerEntry | undefined)[]): Context {
  const ctx: Context = {
    siblings: new Map(),
    countries: new Map(),
    admins: new Map(),
    total: 0,
    points: new Map(),
    nations: new Map(),
  };
  const seen = new Set<string>();
  mentions.forEach((m, k) => {
    const c = chosen[k];
    if (!c) return;
    ctx.total++;
    // An outshone reading does not vote for its country: "Paris", "Athens" and "Lebanon" read
    // as American towns would otherwise hold one another in the one state where all three have
    // namesakes. (Denying them neighbour votes too cost LGL 0.4-0.6 points: local news leans
    // on them.)
    // Nor does the small town a site's name contains: "the Rust Belt" says nothing of a village
    // of that name abroad, and with one other name in the text it would tie for the story's
    // country (a big city in a site's name, "Cairo airport", still says where the story is).
    const smallInSite = m.site && c.kind === "city" && c.population < STRAY_POPULATION;
    if (c.country && !outshone(c, m) && !smallInSite)
      ctx.countries.set(c.country, (ctx.countries.get(c.country) ?? 0) + 1);
    const admin = c.kind === "admin" ? c.id : c.admin;
    if (admin) ctx.admins.set(admin, (ctx.admins.get(admin) ?? 0) + 1);
    if (c.kind === "admin" && c.country) {
      const set = ctx.siblings.get(c.country) ?? new Set<string>();
      set.add(c.id);
      ctx.siblings.set(c.country, set);
    }
    if (c.kind === "country" && c.country) {
      const nation = ctx.nations.get(c.country) ?? { lat: c.lat, lon: c.lon, keys: new Set() };
      nation.keys.add(m.key);
      ctx.nations.set(c.country, nation);
    }
    const pointKey = `${c.row}|${m.key}`;
    if ((c.kind === "city" || c.kind === "admin") && !seen.has(pointKey)) {
      seen.add(pointKey);
      const [y, x] = cellOf(c.lat, c.lon);
      const cell = cellKey(y, x);
      const list = ctx.points.get(cell) ?? [];
      list.push({ lat: c.lat, lon: c.lon, key: m.key });
      ctx.points.set(cell, list);
    }
  });
  return ctx;
}

/** Within this distance of a named country's label point, a place is beside that country. */
const BESIDE_KM = 400;
const BESIDE_COUNTRY = 1;

/**
 * The capital of a country the text names ("GEORGETOWN" in a story naming Guyana): the text
 * has said which country, and a capital is what its name means there, however many towns of
 * another country the story also names. It settles which country, not which place within it:
 * "Washington" in a story naming the United States may still be the state.
 */
const CAPITAL_OF_NAMED = 6;

function capitalOfNamedCountry(c: GazetteerEntry, m: PlaceMention, ctx: Context): boolean {
  if (c.kind !== "city" || c.fcode !== "PPLC" || !c.country) return false;
  const nation = ctx.nations.get(c.country);
  if (!nation || (nation.keys.size === 1 && nation.keys.has(m.key))) return false;
  return !m.candidates.some((o) => o !== c && o.country === c.country);
}

function besideNamedCountry(c: GazetteerEntry, m: PlaceMention, ctx: Context): boolean {
  for (const [code, nation] of ctx.nations) {
    if (code === c.country || (nation.keys.size === 1 && nation.keys.has(m.key))) continue;
    if (distanceKm(c.lat, c.lon, nation.lat, nation.lon) < BESIDE_KM) return true;
  }
  return false;
}

/** Context share of a mention's own key removed, so a name does not vote for itself. */
function contextScore(c: GazetteerEntry, m: PlaceMention, ctx: Context, own: Context): number {
  const total = ctx.total - own.total;
  if (total <= 0) return 0;
  let s = 0;
  if (c.country) {
    const n = (ctx.countries.get(c.country) ?? 0) - (own.countries.get(c.country) ?? 0);
    s += (COUNTRY_CONTEXT * n) / total;
    // A town of a country the text does not name, right beside one it does ("Gaza" beside
    // Israel, not a province of Mozambique): news names the neighbour more often than the
    // place's own country.
    if (n <= 0 && (c.kind === "city" || c.kind === "admin") && besideNamedCountry(c, m, ctx))
      s += BESIDE_COUNTRY;
    if (capitalOfNamedCountry(c, m, ctx)) s += CAPITAL_OF_NAMED;
  }
  const admin = c.kind === "admin" ? c.id : c.admin;
  if (admin) {
    const n = (ctx.admins.get(admin) ?? 0) - (own.admins.get(admin) ?? 0);
    s += (ADMIN_CONTEXT * n) / total;
  }
  if (c.kind === "admin" && c.country) {
    // Lists of regions of one country: each makes the others regions of that country too.
    const others = [...(ctx.siblings.get(c.country) ?? [])].filter(
      (id) => id !== c.id && !own.admins.has(id),
    );
    s += Math.min(3, 1.5 * others.length);
  }
  if (c.kind === "city" || c.kind === "admin") {
    let best = Infinity;
    const [y, x] = cellOf(c.lat, c.lon);
    for (let dy = -2; dy <= 2 && best >= 50; dy++) {
      for (let dx = -2; dx <= 2 && best >= 50; dx++) {
        for (const p of ctx.points.get(cellKey(y + dy, x + dx)) ?? []) {
          if (p.key === m.key) continue;
          best = Math.min(best, distanceKm(c.lat, c.lon, p.lat, p.lon));
        }
      }
    }
    if (best < 50) s += 2;
    else if (best < 160) s += 1.2;
    else if (best < 400) s += 0.5;
  }
  return s;
}

/**
 * Co-occurrence: which other names of the document could be a place near this candidate, or
 * inside this region. Local news names towns a few miles apart ("Alexandria", "Brandon",
 * "Kensington" are the Minnesota ones together), so a candidate with namesakes of the other
 * names around it is likely the one meant. Built once per document over every candidate.
 */
class Neighbourhood {
  private readonly grid = new Map<number, { key: string; lat: number; lon: number }[]>();
  private readonly inAdmin = new Map<string, Set<string>>();
  /** Answers by name, then candidate: every round of `pick` asks again for every mention. */
  private readonly counted = new Map<string, Map<GazetteerEntry, number>>();

  /**
   * `names`: the text's names by country (see `namesByCountry`). A namesake that prominence
   * outweighs supports nothing: "Oxford", "Reading" and "York" in a British story do not make
   * their Pennsylvania namesakes a cluster.
   */
  constructor(mentions: PlaceMention[], names: Map<string, Set<string>>) {
    const done = new Set<string>();
    for (const m of mentions) {
      if (m.via !== "name" || done.has(m.key)) continue;
      done.add(m.key);
      const unheard = outweighed(m, names, true);
      // The most populous few hundred namesakes are plenty, and keep this linear.
      const cands =
        m.candidates.length > 300
          ? [...m.candidates].sort((a, b) => b.population - a.population).slice(0, 300)
          : m.candidates;
      for (const c of cands) {
        if ((c.kind !== "city" && c.kind !== "admin") || unheard(c)) continue;
        const cell = cellKey(Math.floor(c.lat), Math.floor(c.lon));
        const list = this.grid.get(cell) ?? [];
        list.push({ key: m.key, lat: c.lat, lon: c.lon });
        this.grid.set(cell, list);
        const admin = c.kind === "admin" ? "" : c.admin;
        if (admin) {
          const set = this.inAdmin.get(admin) ?? new Set<string>();
          set.add(m.key);
          this.inAdmin.set(admin, set);
        }
      }
    }
  }

  /** Other names with a namesake within 80 km of the candidate, or inside it when a region. */
  count(c: GazetteerEntry, ownKey: string): number {
    let byCandidate = this.counted.get(ownKey);
    if (!byCandidate) {
      byCandidate = new Map();
      this.counted.set(ownKey, byCandidate);
    }
    let n = byCandidate.get(c);
    if (n === undefined) {
      n = this.countOnce(c, ownKey);
      byCandidate.set(c, n);
    }
    return n;
  }

  private countOnce(c: GazetteerEntry, ownKey: string): number {
    const keys = new Set<string>();
    if (c.kind === "admin") {
      for (const k of this.inAdmin.get(c.id) ?? []) if (k !== ownKey) keys.add(k);
      return keys.size;
    }
    if (c.kind !== "city") return 0;
    const la = Math.floor(c.lat);
    const lo = Math.floor(c.lon);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const p of this.grid.get(cellKey(la + dy, lo + dx)) ?? []) {
          if (p.key !== ownKey && !keys.has(p.key) && distanceKm(c.lat, c.lon, p.lat, p.lon) < 80)
            keys.add(p.key);
        }
      }
    }
    return keys.size;
  }
}

const NEIGHBOUR_BONUS = 2;
const NEIGHBOUR_CAP = 3;

/**
 * The distinct names (folded keys) whose reading lies in each country. Resolution counts the
 * default readings, not the chosen ones: a cluster of small namesakes (two English city names
 * read as two New England villages) would otherwise vote itself into one country.
 */
function namesByCountry(
  mentions: PlaceMention[],
  read: (m: PlaceMention, k: number) => GazetteerEntry | undefined,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  mentions.forEach((m, k) => {
    const country = read(m, k)?.country;
    if (!country) return;
    const set = out.get(country) ?? new Set<string>();
    set.add(m.key);
    out.set(country, set);
  });
  return out;
}

/**
 * A namesake far less prominent than the place a bare name means abroad ("Toledo" the Ohio
 * city beside Spain's), in a country that is not the one most of the text's other names
 * mean by default: a state or town named elsewhere in the text is no evidence for it. A story about France
 * that mentions storms in Ohio and a festival in Toledo means Spain's Toledo unless it says
 * "Toledo, Ohio"; a local paper whose towns are mostly in one state keeps its namesakes.
 */
function outweighed(
  m: PlaceMention,
  names: Map<string, Set<string>>,
  asNeighbour = false,
): (c: GazetteerEntry) => boolean {
  const top = mostProminent(m);
  if (!top) return () => false;
  const bar = standing(top, m) - PROMINENCE_GAP;
  const others = (country: string): number => {
    const set = names.get(country);
    return set ? set.size - (set.has(m.key) ? 1 : 0) : 0;
  };
  let lead = 0;
  for (const country of names.keys()) lead = Math.max(lead, others(country));
  // A list read as a container ("Manchester, Leeds") does not hold a namesake: only a
  // container bonus does, which `pick` checks apart.
  // As a neighbour, in a country where no other name of the text means a place by default,
  // any namesake less prominent than the default is a coincidence of names: a story naming six
  // English towns does not move to the American towns named after them. (As a reading it may
  // still win on other evidence: a town beside a country the text names.)
  const top0 = standing(top, m);
  return (c) => {
    if (!c.country || c.country === top.country) return false;
    const mine = others(c.country);
    if (asNeighbour && mine === 0) return standing(c, m) < top0;
    return standing(c, m) <= bar && (mine === 0 || mine < lead);
  };
}

/** A candidate's score in the last round, part by part: what `--explain` shows. */
export interface Scored {
  entry: GazetteerEntry;
  score: number;
  parts: { prior: number; container: number; seat: number; neighbours: number; context: number };
}

/** What resolution did with one mention, for tracing. */
export interface ResolveTrace {
  /** The candidates of the last round, best first. */
  ranked: Scored[];
  /**
   * placed: the best score; pinned: the place the same name has beside its container
   * elsewhere in the text; prominent: the name's prominent place, the best being a small town
   * too lone to stand; stray: a lone small town abroad, left unpinned; unplaced: nothing.
   */
  outcome: "placed" | "pinned" | "prominent" | "stray" | "unplaced";
  place?: PlaceRef;
  /** For a site the gazetteer lacks: where it was put ("its container", "the document's main town"). */
  where?: string;
}

function pick(
  mentions: PlaceMention[],
  ctx: Context | undefined,
  ownContexts: Map<string, Context> | undefined,
  previous: (GazetteerEntry | undefined)[] | undefined,
  neighbours: Neighbourhood,
  names?: Map<string, Set<string>>,
  ranked?: Scored[][],
): (GazetteerEntry | undefined)[] {
  // Container bonuses, both ways: "Paris, Texas" makes Paris the Texan one and Texas the state.
  const containerBonus = new Map<PlaceMention, Map<number, number>>();
  const add = (m: PlaceMention, row: number, v: number): void => {
    const b = containerBonus.get(m) ?? new Map<number, number>();
    b.set(row, Math.max(b.get(row) ?? 0, v));
    containerBonus.set(m, b);
  };
  for (const m of mentions) {
    if (!m.container) continue;
    const outer = mentions[m.container.index];
    if (!outer) continue;
    const v = CONTAINER_BONUS[m.container.strength];
    for (const o of outer.candidates) {
      for (const c of m.candidates) {
        if (contains(o, c) && (m.container.strength === "in" || holdsAfterComma(o, c))) {
          add(m, c.row, v);
          add(outer, o.row, v);
        }
      }
    }
  }
  return mentions.map((m, k) => {
    let best: GazetteerEntry | undefined;
    let bestScore = -Infinity;
    const own = ownContexts?.get(m.key);
    const unheard = names ? outweighed(m, names) : undefined;
    const scored: Scored[] = [];
    for (const c of m.candidates) {
      const p = prior(c, m);
      const container = containerBonus.get(m)?.get(c.row) ?? 0;
      const seat =
        container > 0 && m.container?.strength === "comma" && seatOfNamesake(c, m)
          ? WRITTEN_SEAT
          : seatBonus(c, m);
      // A namesake the prominent place outshines takes no support from the rest of the text
      // unless the text ties it down locally: see `outweighed`.
      // Not in the first round: neighbours alone start from the namesakes' clusters.
      const heard = !unheard || container > 0 || !unheard(c);
      const near =
        heard && m.candidates.length > 1
          ? NEIGHBOUR_BONUS * Math.min(NEIGHBOUR_CAP, neighbours.count(c, m.key))
          : 0;
      const context = heard && ctx && own ? contextScore(c, m, ctx, own) : 0;
      let s = p + container + seat + near + context;
      if (ranked) {
        const parts = { prior: p, container, seat, neighbours: near, context };
        scored.push({ entry: c, score: s, parts });
      }
      // Stability: the previous answer wins ties.
      if (previous?.[k]?.row === c.row) s += 1e-6;
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (ranked) ranked[k] = scored.sort((a, b) => b.score - a.score).slice(0, 5);
    return best;
  });
}

/**
 * The place each mention names (those left unplaced are left out). `trace`, when given, is
 * filled with what became of each mention, by index.
 */
export function resolvePlaces(
  mentions: PlaceMention[],
  gaz: Gazetteer,
  trace?: ResolveTrace[],
): PlaceMatch[] {
  const names = namesByCountry(mentions, mostProminent);
  const neighbours = new Neighbourhood(mentions, names);
  let chosen = pick(mentions, undefined, undefined, undefined, neighbours);
  const ranked: Scored[][] | undefined = trace ? [] : undefined;
  for (let round = 0; round < 2; round++) {
    const ctx = buildContext(mentions, chosen);
    const byKey = new Map<string, { ms: PlaceMention[]; cs: (GazetteerEntry | undefined)[] }>();
    mentions.forEach((m, k) => {
      const g = byKey.get(m.key) ?? { ms: [], cs: [] };
      g.ms.push(m);
      g.cs.push(chosen[k]);
      byKey.set(m.key, g);
    });
    const ownContexts = new Map<string, Context>();
    for (const [key, g] of byKey) ownContexts.set(key, buildContext(g.ms, g.cs));
    chosen = pick(
      mentions,
      ctx,
      ownContexts,
      chosen,
      neighbours,
      names,
      round === 1 ? ranked : undefined,
    );
  }
  // One sense per discourse: a name the text once pins down ("Alexandria, La.") means the same
  // place when it recurs bare.
  const pinned = new Map<string, GazetteerEntry>();
  mentions.forEach((m, k) => {
    const c = chosen[k];
    const outer = m.container?.strength === "comma" ? chosen[m.container.index] : undefined;
    if (c && outer && contains(outer, c) && !pinned.has(m.key)) pinned.set(m.key, c);
  });
  chosen = chosen.map((c, k) => {
    const m = mentions[k];
    return m && !m.container && pinned.has(m.key) ? pinned.get(m.key) : c;
  });
  // A reading too small to stand alone (see `stray`) that a far more prominent reading of the
  // same name outshines gives way to it: "WASHINGTON (AP) -" over a Georgia village that the
  // story's other namesakes happen to surround.
  const chosenNames = namesByCountry(mentions, (_, k) => chosen[k]);
  const yielded = new Set<number>();
  chosen = chosen.map((c, k) => {
    const m = mentions[k];
    const top = m && mostProminent(m);
    if (!m || !c || !top || top === c || !stray(m, c, chosenNames, mentions.length)) return c;
    if (standing(top, m) < standing(c, m) + PROMINENCE_GAP) return c;
    yielded.add(k);
    return top;
  });
  const ctx = buildContext(mentions, chosen);
  // Mentions per country, each name once: a name repeated is still one piece of evidence.
  const namesIn = namesByCountry(mentions, (_, k) => chosen[k]);
  const doc = documentPlaces(mentions, chosen, ctx, gaz, namesIn);
  // A name is stray when every use of it is: repeating a surname does not make it a town.
  const strayKeys = new Set(mentions.map((m) => m.key));
  mentions.forEach((m, k) => {
    if (!stray(m, chosen[k], namesIn, mentions.length)) strayKeys.delete(m.key);
  });
  const out: PlaceMatch[] = [];
  const places: (PlaceRef | undefined)[] = [];
  mentions.forEach((m, k) => {
    const strayed = strayKeys.has(m.key);
    const placed = strayed
      ? undefined
      : placeFor(
          m,
          chosen[k],
          chosen,
          doc,
          nearestBefore(mentions, chosen, k),
          nearestAfter(mentions, chosen, k),
          areaBefore(mentions, chosen, k),
          broadFeature(m) ? broadCountry(k, mentions, places, doc) : undefined,
        );
    const place = placed?.place;
    places[k] = place;
    if (trace) {
      const best = ranked?.[k]?.[0]?.entry;
      const outcome = strayed
        ? "stray"
        : !place
          ? "unplaced"
          : yielded.has(k)
            ? "prominent"
            : best && chosen[k] !== best
              ? "pinned"
              : "placed";
      trace[k] = {
        ranked: ranked?.[k] ?? [],
        outcome,
        ...(place ? { place } : {}),
        ...(placed?.where ? { where: placed.where } : {}),
      };
    }
    if (place) out.push({ start: m.start, end: m.end, text: m.text, via: m.via, place, by: m.by });
  });
  return out;
}

/**
 * Below this a town is too small to be named in passing from abroad. Raised from 20,000: towns
 * of tens of thousands named once abroad were mostly surnames, brands and abbreviations; on LGL
 * and GeoVirus precision rose on both halves and three gold toponyms of 9,000 were lost.
 */
const STRAY_POPULATION = 100000;

/**
 * A small town in a country nothing else in the text is in, named once, without a preposition
 * or a container, in a text that names several other places: in news that is a surname or a word
 * ("the senator with Chile", "a band of Osler"), not a village abroad. Left unpinned.
 */
function stray(
  m: PlaceMention,
  c: GazetteerEntry | undefined,
  namesIn: Map<string, Set<string>>,
  total: number,
): boolean {
  if (!c?.country || c.kind !== "city" || c.population >= STRAY_POPULATION) return false;
  // "Moore's Ford": a possessive before a name is no evidence that it is a place.
  const held = m.container && !m.container.district;
  if (m.locative || held || m.site || m.hint || m.via !== "name" || total < 4) return false;
  const names = namesIn.get(c.country);
  return !names || (names.size === 1 && names.has(m.key));
}

function ref(e: GazetteerEntry): PlaceRef {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon };
}

/** The key counted most often (the first on a tie), if any. */
function mostCounted(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [key, v] of counts) {
    if (v > n) {
      n = v;
      best = key;
    }
  }
  return best;
}

/** The most mentioned first-level region of the document, if any. */
function dominantAdmin(ctx: Context, gaz: Gazetteer): GazetteerEntry | undefined {
  const best = mostCounted(ctx.admins);
  return best ? gaz.byId(best) : undefined;
}

/** What sites and counties fall back on: the document's most mentioned places. */
interface DocumentPlaces {
  ctx: Context;
  /** The most mentioned town of the country most of the document's places lie in. */
  mainTown: GazetteerEntry | undefined;
  /** The most mentioned first-level region. */
  admin: GazetteerEntry | undefined;
  /** That country, when the document names it. */
  country: GazetteerEntry | undefined;
  /** A country by its code, named in the text or not. */
  nation: (code: string) => GazetteerEntry | undefined;
  /** The country code most of the document's places lie in. */
  mainCountry: string | undefined;
  /** The names (folded keys) read in each country. */
  namesIn: Map<string, Set<string>>;
  /** The most mentioned town in each first-level region, counties left out. */
  cityIn: Map<string, GazetteerEntry>;
}

/**
 * "West End", "North End": in news the part of a city the reader knows, not a village of that
 * name. Read as a small town with no other place of the text near it and no container, the
 * city is unnamed: left unpinned rather than put in a village hundreds of km from it.
 */
function unnamedCityPart(
  m: PlaceMention,
  c: GazetteerEntry | undefined,
  chosen: (GazetteerEntry | undefined)[],
): boolean {
  return (
    !m.container &&
    /^(?:north|south|east|west)\s+end$/i.test(m.text) &&
    c?.kind === "city" &&
    c.population < STRAY_POPULATION &&
    !chosen.some((o) => o && o !== c && distanceKm(o.lat, o.lon, c.lat, c.lon) < 80)
  );
}

/**
 * The town named most often; on a tie the first named, unless the tied towns lie far apart: a
 * story naming a few distant towns once each has no main town, and a site put in the first of
 * them lands hundreds of km from where it stands.
 */
function leadingTown(counts: Map<GazetteerEntry, number>, country: string | undefined) {
  let best: GazetteerEntry | undefined;
  let n = 0;
  for (const [c, v] of counts) {
    if (c.kind === "city" && c.country === country && v > n) {
      n = v;
      best = c;
    }
  }
  for (const [c, v] of counts) {
    if (!best || c === best || c.kind !== "city" || c.country !== country || v < n) continue;
    if (distanceKm(best.lat, best.lon, c.lat, c.lon) > 161) return undefined;
  }
  return best;
}

/** Most mentioned first; the first mentioned on a tie. Computed once per document. */
function documentPlaces(
  mentions: PlaceMention[],
  chosen: (GazetteerEntry | undefined)[],
  ctx: Context,
  gaz: Gazetteer,
  namesIn: Map<string, Set<string>>,
): DocumentPlaces {
  const counts = new Map<GazetteerEntry, number>();
  mentions.forEach((m, k) => {
    const c = chosen[k];
    if (c && !m.site && !unnamedCityPart(m, c, chosen)) counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const countyTowns = new Set<GazetteerEntry>();
  mentions.forEach((m, k) => {
    const c = chosen[k];
    if (c && m.hint === "county") countyTowns.add(c);
  });
  const top = (ok: (c: GazetteerEntry) => boolean): GazetteerEntry | undefined => {
    let best: GazetteerEntry | undefined;
    let n = 0;
    for (const [c, v] of counts) {
      if (ok(c) && v > n) {
        n = v;
        best = c;
      }
    }
    return best;
  };
  const cityIn = new Map<string, GazetteerEntry>();
  const cityCount = new Map<string, number>();
  for (const [c, v] of counts) {
    if (c.kind !== "city" || !c.admin || countyTowns.has(c)) continue;
    if (v > (cityCount.get(c.admin) ?? 0)) {
      cityCount.set(c.admin, v);
      cityIn.set(c.admin, c);
    }
  }
  const mainCountry = mostCounted(ctx.countries);
  return {
    ctx,
    mainTown: leadingTown(counts, mainCountry),
    namesIn,
    admin: dominantAdmin(ctx, gaz),
    country: top((c) => c.kind === "country" && c.country === mainCountry),
    nation: (code) => gaz.byId(`country:${code}`),
    mainCountry,
    cityIn,
  };
}

/** How far back (in characters) a site looks for the town or region the text puts it in. */
const SITE_REACH = 250;

/** The town or region of the nearest "in X" (or "near X"...) before mention k, within SITE_REACH. */
function nearestBefore(
  mentions: PlaceMention[],
  chosen: (GazetteerEntry | undefined)[],
  k: number,
): GazetteerEntry | undefined {
  const from = (mentions[k]?.start ?? 0) - SITE_REACH;
  for (let j = k - 1; j >= 0; j--) {
    const m = mentions[j];
    const c = chosen[j];
    if (!m || m.end < from) return undefined;
    if (!m.site && m.located && (c?.kind === "city" || c?.kind === "admin")) return c;
  }
  return undefined;
}

/**
 * The region or country of the nearest mention before mention k within SITE_REACH, if that is
 * what it names: a town read there may be a surname read abroad, a region or a country rarely is.
 */
function areaBefore(
  mentions: PlaceMention[],
  chosen: (GazetteerEntry | undefined)[],
  k: number,
): GazetteerEntry | undefined {
  const from = (mentions[k]?.start ?? 0) - SITE_REACH;
  for (let j = k - 1; j >= 0; j--) {
    const m = mentions[j];
    if (!m || m.end < from) return undefined;
    const c = chosen[j];
    if (!m.site && c) return c.kind === "admin" || c.kind === "country" ? c : undefined;
  }
  return undefined;
}

/** How far after a site (in characters) the town the text places it in may follow: "X in Y". */
const SITE_AFTER_REACH = 40;

/**
 * The town or region of an "in Y" right after mention k ("the Friendship Hall, in 2019 in Y"):
 * news also names a site first and its town after it.
 */
function nearestAfter(
  mentions: PlaceMention[],
  chosen: (GazetteerEntry | undefined)[],
  k: number,
): GazetteerEntry | undefined {
  const to = (mentions[k]?.end ?? 0) + SITE_AFTER_REACH;
  const m = mentions[k + 1];
  const c = chosen[k + 1];
  if (!m || m.start > to || m.site || !m.located) return undefined;
  return c?.kind === "city" || c?.kind === "admin" ? c : undefined;
}

function placeFor(
  m: PlaceMention,
  c: GazetteerEntry | undefined,
  chosen: (GazetteerEntry | undefined)[],
  doc: DocumentPlaces,
  local: GazetteerEntry | undefined,
  after: GazetteerEntry | undefined,
  previous: GazetteerEntry | undefined,
  land: GazetteerEntry | undefined,
): { place: PlaceRef; where?: string | undefined } | undefined {
  if (m.site) {
    // A site or feature is where the text puts it ("near Y"), else at the place its name
    // contains when that place fits the document, else in the document's main town.
    const near = m.container ? chosen[m.container.index] : undefined;
    // A street or feature is at the place its name contains only in the country the story is
    // most about: "Kent Street" in an Ottawa story is not in Kent, Washington. A named site
    // ("Cairo airport") and anything in a story with no main country, only at a place a reader
    // knows from the name alone (a country, a region, a big city) or one in a country the text
    // names elsewhere: "the Rust Belt" is not in a village of Austria.
    const home = m.by === "recognize:site" ? undefined : doc.mainCountry;
    const known = (e: GazetteerEntry): boolean =>
      !e.country ||
      namedElsewhere(e.country, m, doc) ||
      e.kind === "country" ||
      e.kind === "region" ||
      (e.kind === "city" && e.population >= STRAY_POPULATION);
    // A feature may be named after a region of no one country ("the Sahara Desert"); a street
    // named after one ("Alps Road") is not in it.
    const own =
      c && (home ? c.country === home || (!c.country && m.site.kind === "region") : known(c))
        ? c
        : undefined;
    // Else the town or region the text has just put the reader in ("in X", "near X"): news
    // names a site right after the place it is in, and a story ranges over places far apart.
    // Else the document's main town, region or country, unless the place named just before
    // the site lies in another country: a lake named right after "Manitoba" in a story about
    // a Kenyan town is not in that town.
    const fits = (e: GazetteerEntry | undefined): GazetteerEntry | undefined =>
      e &&
      (!doc.mainCountry || e.country === doc.mainCountry) &&
      (!previous?.country || previous.country === e.country)
        ? e
        : undefined;
    // A broad feature ("the Corn Belt", "the Great Plains") spans far more than any town near
    // its mention: without a container, a place in its name or a region the text has just put
    // the reader in, all the text says is that it lies in the country the story is about, drawn
    // as that country (its own shape, not a disc of a made-up size).
    const [where, at] = broadFeature(m)
      ? firstFound([
          ["its container", near],
          ["the place its name contains", own],
          ["the region just named", local?.kind === "admin" ? local : undefined],
          ["the region named right after", after?.kind === "admin" ? after : undefined],
          ["the country the text puts it in", land],
        ])
      : firstFound([
          ["its container", near],
          ["the place its name contains", own],
          ["the town or region just named", local],
          ["the town or region named right after", after],
          ["the document's main town", fits(doc.mainTown)],
          ["the document's main region", fits(doc.admin)],
          ["the document's main country", fits(doc.country)],
        ]);
    if (!at) return undefined;
    // Inside an area (a region, a province, a country) all the text says is that it is in
    // there: the mention names the area, drawn as the area, not as a pin at its label point.
    if (at.kind !== "city") return { place: ref(at), where: `${where ?? ""}, as that area` };
    const place: PlaceRef = {
      id: m.site.id,
      name: m.site.name,
      kind: m.site.kind,
      country: at.country,
      lat: at.lat,
      lon: at.lon,
    };
    return { place, where };
  }
  if (m.hint === "county") {
    // A county lies in the region the text puts it in, else in the document's main region. The
    // gazetteer knows few counties: without one, it is placed at the town of its name in that
    // region, else among the document's towns in that region, else at the region's point.
    const container = m.container ? chosen[m.container.index] : undefined;
    const region = container?.kind === "admin" ? container : doc.admin;
    const named = c && /\b(county|parish|borough)\b/i.test(c.name) ? c : undefined;
    if (named && (!region || named.admin === region.id)) return { place: ref(named) };
    const inRegion = region ? m.candidates.filter((x) => x.admin === region.id) : [];
    const town =
      inRegion.find((x) => /\b(county|parish|borough)\b/i.test(x.name)) ??
      inRegion.find((x) => x.kind === "city");
    if (town && /\b(county|parish|borough)\b/i.test(town.name)) return { place: ref(town) };
    const local = region ? doc.cityIn.get(region.id) : undefined;
    const at = town ?? local ?? region ?? c;
    if (!at) return undefined;
    const code = (region ?? at).id
      .replace(/^admin:/, "")
      .replace(/^geonames:.*/, at.country ?? "XX");
    const place: PlaceRef = {
      id: `admin:${code}-${slugify(m.text)}`,
      name: m.text,
      kind: "admin",
      country: at.country,
      lat: at.lat,
      lon: at.lon,
    };
    return { place };
  }
  if (unnamedCityPart(m, c, chosen)) return undefined;
  if (lostAbroad(m, c, doc) && doc.country)
    return { place: ref(doc.country), where: "the document's main country, as that area" };
  // A part of a town ("the East End of Y", "Y's Chelsea") read as a namesake town elsewhere:
  // the gazetteer lacks the part, which is in that town, not hundreds of km away.
  const town = m.container?.district ? chosen[m.container.index] : undefined;
  // Only a small namesake: "Beijing's Hong Kong policy" does not move Hong Kong into Beijing.
  if (
    town?.kind === "city" &&
    c?.kind === "city" &&
    c.population < STRAY_POPULATION &&
    !contains(town, c)
  ) {
    const place: PlaceRef = {
      id: `site:${slugify(m.text)}`,
      name: m.text,
      kind: "site",
      country: town.country,
      lat: town.lat,
      lon: town.lon,
    };
    return { place, where: "the town it is a part of" };
  }
  return c ? { place: ref(c) } : undefined;
}

/**
 * The country a broad feature lies in: that of the place named just before it, when the text
 * names that country more than once ("Zaragoza ... the Ebro Valley" in a story that ranges from
 * Vietnam to Spain), else the country the story is most about. Where the earlier places were
 * placed, not read: a surname left unpinned says nothing.
 */
function broadCountry(
  k: number,
  mentions: PlaceMention[],
  places: (PlaceRef | undefined)[],
  doc: DocumentPlaces,
): GazetteerEntry | undefined {
  const from = (mentions[k]?.start ?? 0) - SITE_REACH;
  for (let j = k - 1; j >= 0; j--) {
    const m = mentions[j];
    if (!m || m.end < from) break;
    const code = places[j]?.country;
    if (m.site || !code) continue;
    if ((doc.namesIn.get(code)?.size ?? 0) >= 2) return doc.nation(code);
    break;
  }
  return doc.mainCountry ? doc.nation(doc.mainCountry) : undefined;
}

/** Does another name of the text than mention m's own lie in this country? */
function namedElsewhere(country: string, m: PlaceMention, doc: DocumentPlaces): boolean {
  const names = doc.namesIn.get(country);
  return !!names && !(names.size === 1 && names.has(m.key));
}

/**
 * Feature heads of areas wider than any town: a river or a valley runs past many, a belt or a
 * desert covers several regions. A creek, a hill, a lake or a bay lies by one town, where the text
 * names it. `m.text` of "River X" starts with its head.
 */
const BROAD_HEADS = new Set([
  "belt",
  "plains",
  "plateau",
  "mountains",
  "desert",
  "basin",
  "valley",
  "delta",
  "coast",
  "river",
  "rivers",
  "peninsula",
  "sea",
  "gulf",
  "islands",
  "forest",
]);

function broadFeature(m: PlaceMention): boolean {
  if (m.site?.kind !== "region") return false;
  const words = m.text.toLowerCase().split(/\s+/);
  return BROAD_HEADS.has(words[words.length - 1] ?? "") || words[0] === "river";
}

/** Names a text gives its own country before a lone village abroad is read as one of its own. */
const HOME_NAMES = 4;
/**
 * Only a village that small: a town of tens of thousands named "in X" without its country
 * ("the killings in X" in a story about the diplomacy) is still more likely that town.
 */
const HAMLET_POPULATION = 20000;

/**
 * A region named only by a compass point and a division ("Eastern Province", "Central Region",
 * "the North West"): many countries have one, so the name alone says nothing of which.
 */
const GENERIC_REGION =
  /^(?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central|(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west))?ern|middle|upper|lower|coastal)(?:\s+(?:province|region|state|district|division|department|zone|governorate))?$/i;

/**
 * Read abroad, in a country no other name of the text is in, while the text names the country
 * it is about: a place of that country the gazetteer lacks. So are "X Province" ("North
 * Eastern Province" in a Kenyan story is not Saudi Arabia's), a region named by a compass
 * point alone, and a village after "in" or "near" in a text that gives its country several
 * names ("a bar in Piccadilly" in a London story is not a hamlet in Australia).
 */
function lostAbroad(m: PlaceMention, c: GazetteerEntry | undefined, doc: DocumentPlaces): boolean {
  const home = doc.country?.country;
  if (!c?.country || !home || c.country === home) return false;
  if (namedElsewhere(c.country, m, doc)) return false;
  if (m.hint === "admin" || (c.kind === "admin" && GENERIC_REGION.test(m.text))) return true;
  return (
    m.locative &&
    !m.container &&
    m.via === "name" &&
    c.kind === "city" &&
    c.population < HAMLET_POPULATION &&
    (doc.namesIn.get(home)?.size ?? 0) >= HOME_NAMES
  );
}

/** The first entry found, with its label. */
function firstFound(
  options: [string, GazetteerEntry | undefined][],
): [string | undefined, GazetteerEntry | undefined] {
  for (const [label, e] of options) if (e) return [label, e];
  return [undefined, undefined];
}
