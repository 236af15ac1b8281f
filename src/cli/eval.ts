// npm run eval -- dates|places FILE.jsonl [more.jsonl] [--half A|B]
// npm run eval -- stories [DIR] [GOLD.json]
// Scores the real extractor stages against the annotated corpora in ../shared/eval/ (see its README
// for the scoring method). Each task lives in its own module under src/eval/.
import { runDatesEval } from "../eval/dates";
import { runPlacesEval } from "../eval/places";
import { runStoriesEval } from "../eval/stories";

const [task, ...rest] = process.argv.slice(2);
const runners: Record<string, (args: string[]) => Promise<void>> = {
  dates: runDatesEval,
  places: runPlacesEval,
  stories: runStoriesEval,
};
const runner = task ? runners[task] : undefined;
if (!runner) {
  console.error(
    "usage: npm run eval -- dates|places FILE.jsonl [more.jsonl] [--half A|B] | stories [DIR] [GOLD]",
  );
  process.exit(2);
}
runner(rest).catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
