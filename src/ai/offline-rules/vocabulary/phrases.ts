// Turning word lists into regular expressions, once, at module load: longest phrase first so "photo gallery"
// wins over "photo", spaces match any run of spaces or hyphens, and each phrase may take a plural "s".

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation (no group, no anchors) matching any of `phrases`, longest first, each with an optional "s". */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((phrase) => phrase.toLowerCase()))]
    .sort((first, second) => second.length - first.length)
    .map((phrase) => `${escapeRegExp(phrase).replace(/\\?[\s-]+/g, '[\\s-]+')}s?`)
    .join('|');
}

/** A case-insensitive pattern finding any of `phrases` as whole words. */
export function phrasePattern(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

/** A phrase as a lookup key: lower case, hyphens and runs of spaces as one space. */
export function phraseKey(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/[\s-]+/g, ' ');
}
