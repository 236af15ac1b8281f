// Grouping across articles: one happening, many sources. Runs once on the merged Dataset.
export {
  assignStories,
  storyId,
  withStories,
  STORY_DEFAULTS,
  type StoryOptions,
} from "./assignStories";
