// Every place mention of the corpus as columns of integers rather than objects: a corpus has
// several mentions per event, and as objects they would be the largest thing the app holds.
import type { MentionVia } from "../../core/contract";

/**
 * Every mention as columns, grouped by place (in `places` order) and within a place by document
 * then offset. Mention `m` of place `p` lies in [placeStart[p], placeStart[p + 1]).
 */
export interface MentionTable {
  placeStart: Int32Array;
  /** Index into `documents`. */
  doc: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** VIA_CODES index. */
  via: Int32Array;
  /** The passage Sources shows for the mention: the first event passage holding it, else its
   * sentence (which needs the text, so it is found here rather than when Sources opens). */
  passageStart: Int32Array;
  passageEnd: Int32Array;
  /** The events (positions in timeline order) whose passage or a repeat of it holds mention `m`:
   * members[memberStart[m] .. memberStart[m + 1]). */
  memberStart: Int32Array;
  members: Int32Array;
}

export const VIA_CODES: readonly (MentionVia | undefined)[] = [
  undefined,
  "name",
  "demonym",
  "metonym",
];

// The table as one buffer of int32 (the file mentions.bin, or one transfer to the main thread):
// [placeCount, mentionCount, memberCount, placeStart…, doc…, start…, end…, via…, passageStart…,
// passageEnd…, memberStart…, members…]. Little-endian, as every platform the app runs on is.
const COLUMNS = ["doc", "start", "end", "via", "passageStart", "passageEnd"] as const;

export function encodeMentionTable(table: MentionTable): Int32Array {
  const places = table.placeStart.length - 1;
  const mentions = table.doc.length;
  const out = new Int32Array(
    3 + places + 1 + mentions * COLUMNS.length + mentions + 1 + table.members.length,
  );
  out.set([places, mentions, table.members.length]);
  let at = 3;
  for (const column of [
    table.placeStart,
    ...COLUMNS.map((c) => table[c]),
    table.memberStart,
    table.members,
  ]) {
    out.set(column, at);
    at += column.length;
  }
  return out;
}

/** Views into the buffer, no copy. Throws on a buffer whose header does not match its size. */
export function decodeMentionTable(data: Int32Array): MentionTable {
  const [places = -1, mentions = -1, memberCount = -1] = data;
  const size = 3 + places + 1 + mentions * COLUMNS.length + mentions + 1 + memberCount;
  if (places < 0 || mentions < 0 || memberCount < 0 || size !== data.length)
    throw new Error("mentions.bin does not match its header");
  let at = 3;
  const take = (n: number) => data.subarray(at, (at += n));
  const placeStart = take(places + 1);
  const [doc, start, end, via, passageStart, passageEnd] = COLUMNS.map(() => take(mentions));
  const memberStart = take(mentions + 1);
  const members = take(memberCount);
  return {
    placeStart,
    doc: doc!,
    start: start!,
    end: end!,
    via: via!,
    passageStart: passageStart!,
    passageEnd: passageEnd!,
    memberStart,
    members,
  };
}
