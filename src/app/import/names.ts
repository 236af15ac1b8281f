// Names of articles added in the browser. Apart from corpus.ts so that the page can name pasted
// text without loading the extractor, which only the corpus worker needs.

/** The dataset path of an article added in the browser (the issue fixes the folder). */
export function browserPath(name: string): string {
  const base = name.split(/[\\/]/).pop() || "article.txt";
  return `browser/${base}`;
}

/** A file name for pasted text, from its title. */
export function pastedName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "pasted-text"}.txt`;
}
