// Copy templates: industry files write "Fresh bread in {place|your neighbourhood}" and the composer fills in
// what the description told us. A value is inserted once and never re-read as a template.

export interface CopyValues {
  name: string;
  /** "Boston's North End", "Austin", or '' when unknown. */
  place: string;
  city: string;
  /** Who the business serves: "small businesses", or ''. */
  audience: string;
  /** "vegan bakery", "family Italian restaurant". */
  descriptor: string;
  /** Currency symbol for prices: "$", "£", "€", "R$". */
  currency: string;
  /** " in Boston's North End", " downtown", or '' — how copy says where the business is. */
  inPlace: string;
  /** What the description lists, in words: "perennials, native shrubs and fruit trees", or ''. */
  offer: string;
}

const TOKEN = /\{(\w+)(?:\|([^}]*))?\}/g;

export function fill(template: string, values: CopyValues, extra: Record<string, string> = {}): string {
  const lookup: Record<string, string> = {
    ...extra,
    name: values.name,
    place: values.place,
    city: values.city,
    audience: values.audience,
    descriptor: values.descriptor,
    Descriptor: values.descriptor.charAt(0).toUpperCase() + values.descriptor.slice(1),
    aDescriptor: `${/^[aeiou]/i.test(values.descriptor) ? 'an' : 'a'} ${values.descriptor}`,
    c: values.currency,
    inPlace: values.inPlace,
    offer: values.offer,
  };
  return template
    .replace(TOKEN, (_token, key: string, fallback: string | undefined) => lookup[key] || fallback || '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

/** Shortens to `limit` characters at a word boundary, ending with an ellipsis when cut. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
