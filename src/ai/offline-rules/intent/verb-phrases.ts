// The verbs that decide between adding, removing and editing, and the "clean gap" test: "add a new FAQ
// section" adds a section (only small words between the verb and the section), "add a question about parking to
// the FAQ" edits one.

export const ADD_VERB = /\b(?:add|adding|insert|include|append|attach|put|place|(?<!(?:n't|not|no longer) )(?:want|need)|like|have|get(?! rid)|show|display|create|build|set up|introduce|feature|start|make|new)\b/g;
export const REMOVE_VERB = /\b(?:remove|delete|drop|get rid of|take (?:out|away|off|down)|lose|ditch|scrap|kill|eliminate|erase|trash|cut|(?:don't|do not|no longer) (?:need|want))\b/g;
/** Verbs that edit what is there. */
export const EDIT_VERB = /\b(?:change|edit|update|set|rewrite|re-write|reword|rephrase|write|replace|make|improve|shorten|lengthen|expand|fix|correct|proofread|mention|say|says|read|reads|tweak|modify|adjust|polish|simplify|rename|add|remove|delete|use|swap|should|put|give|turn|list|include)\b/;

/** Words that may stand between a verb and the section it adds or removes. */
const GAP_WORDS = new Set([
  'the', 'a', 'an', 'our', 'my', 'your', 'some', 'any', 'this', 'that', 'these', 'those', 'new', 'another', 'extra', 'small',
  'short', 'simple', 'nice', 'little', 'big', 'large', 'full', 'whole', 'entire', 'separate', 'dedicated', 'proper', 'quick',
  'section', 'block', 'area', 'part', 'with', 'of', 'for', 'about', 'showing', 'listing', 'row', 'grid', 'list', 'strip', 'set',
  'couple', 'few', 'all', 'key', 'also', 'too', 'please', 'me', 'us', 'there', 'here', 'just', 'latest', 'recent', 'more',
  'cool', 'beautiful', 'great', 'good', 'fancy', 'brief', 'real', 'in', 'on', 'up', 'out', 'of', 'lovely', 'modern', 'clean',
  'existing', 'current', 'old', 'page', 'customer', 'client', 'and', 'then',
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

/** Whether a verb of `verbs` acts directly on what starts at `position`. */
export function actsOn(verbs: RegExp, text: string, position: number): boolean {
  const verb = verbBefore(verbs, text, position);
  return verb !== undefined && isCleanGap(text.slice(verb.index + verb[0].length, position));
}
