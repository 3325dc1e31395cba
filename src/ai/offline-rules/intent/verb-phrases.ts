// The verbs that decide between adding, removing and editing, and the "clean gap" test: "add a new FAQ
// section" adds a section (only small words between the verb and the section), "add a question about parking to
// the FAQ" edits one.

export const ADD_VERB = /\b(?:show off|showcase|highlight|add|adding|insert|include|append|attach|embed|put|place|(?<!(?:n't|not|no longer) )(?:want|need)|like|love|have|get(?! rid)|show|display|create|build|set up|introduce|feature|start|make|new|give (?:us|me)|put in|let (?:people|visitors|customers|clients|guests|users|fans|readers))\b/g;
export const REMOVE_VERB =
  /(?:^|(?<=[,.;:!?]\s{0,3})|(?<=\b(?:and|but|so|please|pls|just)\s))no(?!\s*,)(?! (?:need|use|longer|one|idea|problem|worries|thanks)\b)\b|\b(?:no more(?! than)|remove|delete|drop|get rid of|take (?:out|away|off|down)|lose|ditch|scrap|kill|eliminate|erase|trash|bin|axe|nix|cut(?! (?:down|back|short)\b)|do without|(?:decided|decide|deciding) against(?: having| keeping)?|(?:shouldn't|should not|mustn't) (?:have|need|keep|show)|(?:there's |there is )?no (?:need|use) for|(?:don't|do not|no longer|never|(?:'d|would) rather not|(?:'d|would) prefer not to) (?:really |actually |even |ever )?(?:need|want|have|use|keep|show|bother with))\b/g;
const EDITING_VERBS = [
  'change', 'edit', 'update', 'set', 'rewrite', 're-write', 'reword', 'rephrase', 'write', 'replace', 'make', 'improve', 'shorten',
  'lengthen', 'expand', 'fix', 'correct', 'proofread', 'mention', 'say', 'read', 'tweak', 'modify', 'adjust', 'polish', 'simplify',
  'rename', 'add', 'remove', 'delete', 'use', 'swap', 'put', 'give', 'turn', 'list', 'include', 'tidy', 'trim', 'cut',
  'raise', 'increase', 'decrease', 'reduce', 'discount', 'bump', 'sort', 'alphabetise', 'alphabetize',
];

/** A verb with its -s, -ed and -ing forms ("reword", "rewording"; "change", "changing"; "simplify", "simplified"). */
function inflected(verb: string): string {
  const stem = verb.replace(/e$/, '').replace(/y$/, 'i');
  const forms = [verb, `${verb}s`, `${stem}ed`, verb.endsWith('y') ? `${verb}ing` : `${stem}ing`, `${stem}es`];
  return forms.map((form) => form.replace(/-/g, '\\-')).join('|');
}

/** Verbs that edit what is there, in any of their forms, and "should" ("the footer should say …"). */
export const EDIT_VERB = new RegExp(`\\b(?:${EDITING_VERBS.map(inflected).join('|')}|should)\\b`);

/** A thing wished for without a verb: "a team page would be nice", "how about some stats?". */
export const WISHED_AFTER = /^[^.!?]{0,60}?\b(?:would be (?:nice|good|great|lovely|helpful|useful|cool|ideal|handy|amazing|awesome)|would help|(?:is|are) missing)\b/;
export const WISHED_BEFORE = /(?:^|[.!?,;]\s*)(?:how about|what about|maybe|perhaps)\s+(?:a|an|some)\s+$|^(?:a|an|some)\s+$/;

/** Words that may stand between a verb and the section it adds or removes. */
const GAP_WORDS = new Set([
  'the', 'a', 'an', 'our', 'my', 'your', 'some', 'any', 'this', 'that', 'these', 'those', 'new', 'another', 'extra', 'small',
  'short', 'simple', 'nice', 'little', 'big', 'large', 'full', 'whole', 'entire', 'separate', 'dedicated', 'proper', 'quick',
  'section', 'block', 'area', 'part', 'with', 'of', 'for', 'about', 'showing', 'listing', 'row', 'grid', 'list', 'strip', 'set',
  'couple', 'few', 'all', 'key', 'also', 'too', 'please', 'me', 'us', 'there', 'here', 'just', 'latest', 'recent', 'more',
  'cool', 'beautiful', 'great', 'good', 'fancy', 'brief', 'real', 'in', 'on', 'up', 'out', 'of', 'lovely', 'modern', 'clean',
  'existing', 'current', 'old', 'page', 'customer', 'client', 'and', 'then', 'bit', 'box', 'spot', 'place', 'space', 'panel', 'slot',
  'corner', 'bar',
]);

/** Whether `gap` holds only articles and small words (and so the verb acts on what follows it). */
export function isCleanGap(gap: string): boolean {
  return gap.split(/[\s,]+/).every((word) => word === '' || GAP_WORDS.has(word));
}

/** The last match of `verbs` that ends at or before `position`. */
export function verbBefore(verbs: RegExp, text: string, position: number): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  verbs.lastIndex = 0;
  for (let match = verbs.exec(text); match !== null && match.index + match[0].length <= position; match = verbs.exec(text)) found = match;
  verbs.lastIndex = 0;
  return found;
}

/**
 * Said after a page or section, it goes: "the about us page can go", "the FAQ isn't needed any more", "the blog has
 * to go". A place after "go" ("can go first") is a move, not this.
 */
const GOES_AFTER =
  /^\s*(?:(?:page|section|block|part|bit)\s+)?(?:(?:on|in|from) (?:the |our )?(?:[\p{L}]+ ){0,2}page\s+)?(?:[,.;:!-]+\s*(?:(?:please|pls|just|so|we can|you can)\s+)*get rid(?: of (?:it|them))?(?:\s+(?:of it|please|pls))?\s*(?:$|[.!,;?])|(?:can|could|should|must|may|has to|have to|needs to|need to)\s+(?:just\s+)?(?:go|come (?:out|off|down)|be (?:removed|deleted|dropped|scrapped|binned|cut|taken (?:down|out|away|off)))|(?:is|are)(?:n't|\s+not|\s+no longer)\s+(?:really\s+)?(?:needed|necessary|relevant|used|wanted)|(?:is|are)\s+(?:redundant|obsolete|unnecessary|pointless|useless))(?:\s+(?:now|anymore|any more|please|too|as well|away|at all|either))*\s*(?:$|[.!,;?]|\b(?:we|it|they|nobody|no one|since|as|because|so)\b)/u;

/** Whether what follows a name (at `end`) says the named thing can go. */
export function goesAfter(text: string, end: number): boolean {
  return GOES_AFTER.test(text.slice(end));
}

/** Whether a verb of `verbs` acts directly on what starts at `position`. */
export function actsOn(verbs: RegExp, text: string, position: number): boolean {
  const verb = verbBefore(verbs, text, position);
  return verb !== undefined && isCleanGap(text.slice(verb.index + verb[0].length, position));
}

/** Words for a part of a page, said before or after what it holds ("a box where people can join our mailing list"). */
const PART_NOUN = /\b(?:section|bit|block|part|area|box|strip|panel|spot|row|banner|widget|carousel|slider)\b/;
const PART_NOUN_AFTER = new RegExp(`^\\s*${PART_NOUN.source}`);

/**
 * "add a section where we can embed our promo video", "put a 'by the numbers' section on the about page": a new
 * part asked for with an indefinite article and described around the word for a part, so the words between the
 * verb and the part's name need not be small ones.
 */
export function addsDescribedPart(text: string, mention: { start: number; end: number }): boolean {
  const verb = verbBefore(ADD_VERB, text, mention.start);
  if (verb === undefined) return false;
  const gap = text.slice(verb.index + verb[0].length, mention.start);
  if (/[.!?;,:]/.test(gap) || gap.trim().split(/\s+/).length > 8 || !/^\s*(?:a|an|some|another|one more|new)\b/.test(gap)) return false;
  return PART_NOUN.test(gap) || PART_NOUN_AFTER.test(text.slice(mention.end));
}
