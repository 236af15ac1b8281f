// Grouping across articles: one happening, many sources. Runs once on the merged Dataset.
export {
  assignStories,
  applyStories,
  maskedPassage,
  storiesOf,
  storyId,
  withStories,
  STORY_DEFAULTS,
  type StoryOptions,
} from "./assignStories";
