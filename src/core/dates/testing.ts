// Helpers for the date stage tests: a pinned context, and the stages run up to a point.
import type { Genre } from "../contract";
import { parseIsoDay } from "./calendar";
import type { DateContext, DateStage, Draft } from "./types";

export function ctxOf(
  text: string,
  published: string | null = "2022-03-24",
  genre: Genre = "news",
): DateContext {
  return { text, ref: { day: parseIsoDay(published), time: null }, genre, hemisphere: "north" };
}

export function runStages(ctx: DateContext, stages: readonly DateStage[]): Draft[] {
  let drafts: Draft[] = [];
  for (const s of stages) drafts = s(ctx, drafts);
  return drafts;
}
