// Stable short ids. Document ids derive from the article's path (CONTRACT.md), so they survive
// re-runs and reordering. cyrb53 (public domain, bryc) is a fast 53-bit string hash with good
// spread; 12 hex digits of it are plenty for a collection of articles.
export function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function documentId(path: string): string {
  return `d${cyrb53(path).toString(16).padStart(14, "0").slice(-12)}`;
}
