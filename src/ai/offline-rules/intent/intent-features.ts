// The words a trained intent model sees in a prompt (./intent-model.ts): whole words, word pairs and the letter
// triples inside each word (so "testimonails" still shares most of its triples with "testimonials"), hashed into a
// fixed table. Quoted text is new wording, not the request, so it counts as one placeholder; digits are one shape.
// Read from the prompt as typed, without the rules' reading, so the model is a second, independent opinion.

/** The table's size is 2^FEATURE_BITS; the trained weights are laid out per intent over it. */
export const FEATURE_BITS = 14;

const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|[\s(:])'[^']*'(?=$|[\s.,!?;:)])/g;
const WORD = /[\p{L}\p{N}@#$£€%&?!'-]+/gu;

/** FNV-1a over the UTF-16 code units: stable across runs and machines. */
function hashWithin(text: string, mask: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & mask;
}

/** The words of a prompt as the model reads them: lower case, quoted text and digits reduced to their shape. */
export function modelWords(prompt: string): string[] {
  const text = prompt.toLowerCase().replace(/[’`]/g, "'").replace(QUOTED, ' zzquote ');
  return (text.match(WORD) ?? []).map((word) => word.replace(/^['-]+|['-]+$/g, '').replace(/\d/g, '0')).filter((word) => word !== '');
}

/** The hashed features of a prompt in a table of 2^bits, each once, plus a bias feature every prompt has. */
export function featuresOf(prompt: string, bits = FEATURE_BITS): number[] {
  const mask = (1 << bits) - 1;
  const hashOf = (text: string) => hashWithin(text, mask);
  const words = modelWords(prompt);
  const features = new Set<number>([hashOf('bias')]);
  words.forEach((word, index) => {
    features.add(hashOf(`w:${word}`));
    features.add(hashOf(`b:${words[index - 1] ?? '^'} ${word}`));
    if (word.length >= 4) {
      const padded = `<${word}>`;
      for (let start = 0; start + 3 <= padded.length; start++) features.add(hashOf(`c:${padded.slice(start, start + 3)}`));
    }
  });
  features.add(hashOf(`b:${words[words.length - 1] ?? '^'} $`));
  features.add(hashOf(`n:${Math.min(words.length, 8)}`));
  return [...features];
}
