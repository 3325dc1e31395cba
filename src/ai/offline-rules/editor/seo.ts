import type { EditProposal, EditRequest } from '../../roles.ts';
import { textOf, valueAt, writeText } from './context-values.ts';
import { ask, change, clip, quoted } from './proposal.ts';
import { cleanValue, hasMarkup, isVague, newValue } from './values.ts';

// update_seo: a page's search title or meta description, as given, or — for "improve the description" — a
// specific description written from the page's own title and section headings.

const DESCRIPTION_LIMIT = 160;
const TITLE_LIMIT = 70;

export function editSeo({ prompt, context }: EditRequest): EditProposal {
  if (context.page === null) return ask('Which page is this about?');
  const pointer = `/pages/${context.page.index}/seo`;
  const lower = prompt.toLowerCase();
  const field = /\bdescriptions?\b|\bsnippet\b/.test(lower) ? 'description' : 'title';
  const current = valueAt(context, `${pointer}/${field}`);
  const value = newValue(prompt);
  const given = value !== undefined && (value.isQuoted || !isVague(value.text.replace(/^be\s+/i, ''))) ? cleanValue(value.text, field === 'title') : undefined;
  let text: string;
  if (given !== undefined && given !== '' && !/^(google|search|search engines|seo)$/i.test(given)) {
    if (hasMarkup(given)) return ask('Search titles and descriptions are plain text: HTML is not allowed. What should it say?');
    text = given;
  } else if (field === 'description') {
    text = describePage(context.page.title, textOf(valueAt(context, `${pointer}/title`), context.locale), valueAt(context, `/pages/${context.page.index}/sections`), context.locale);
  } else {
    return ask(`What should the ${context.page.title} page's title in search results be? For example: set the page title for Google to "Best bakery in Austin".`);
  }
  const limit = field === 'title' ? TITLE_LIMIT : DESCRIPTION_LIMIT;
  if (text.length > limit) return ask(`Search engines cut ${field === 'title' ? 'titles' : 'descriptions'} after about ${limit} characters, and this one has ${text.length}. Could you shorten it?`);
  if (textOf(current, context.locale) === text) return ask(`The ${field} already says ${quoted(text)}. What should change?`);
  const name = field === 'title' ? 'Search title' : 'Meta description';
  return change(`${name} of ${context.page.title} → ${quoted(text)}`, [writeText(`${pointer}/${field}`, current, text, context.locale)]);
}

/** "Contact Luna Studio: check availability, contact details and find Luna Studio." — at most 160 characters. */
export function describePage(pageTitle: string, seoTitle: string, headings: unknown, locale: string): string {
  const subject = seoTitle !== '' ? seoTitle : pageTitle;
  const topics = (Array.isArray(headings) ? headings : []).map((heading) => textOf(heading, locale).replace(/[.!?:]+$/, '').trim())
    .filter((heading) => heading !== '' && heading.toLowerCase() !== subject.toLowerCase() && heading.toLowerCase() !== pageTitle.toLowerCase())
    .map((heading) => lowerFirst(heading, subject));
  const unique = [...new Set(topics)];
  while (unique.length > 0) {
    const list = unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
    const sentence = `${subject}: ${list}.`;
    if (sentence.length <= DESCRIPTION_LIMIT) return sentence;
    unique.pop();
  }
  return clip(`${subject}.`, DESCRIPTION_LIMIT);
}

/** Lower-cases a heading's first word unless it is an acronym ("FAQ") or a name the subject also capitalises ("Luna"). */
function lowerFirst(heading: string, subject: string): string {
  const [first = '', ...rest] = heading.split(' ');
  const isName = subject.split(' ').slice(1).includes(first);
  const isOrdinaryWord = /^\p{Lu}\p{Ll}+$/u.test(first) && !isName;
  return isOrdinaryWord ? [first.toLowerCase(), ...rest].join(' ') : heading;
}
