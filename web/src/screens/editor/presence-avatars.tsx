// The other people editing this branch, as coloured circles with their initials: hovering one shows their name and
// the section they are in, and a screen reader hears "Ana Silva is editing the Hero section “Fresh bread daily”".
// The list comes from useLiveSite (web/src/editor/use-live-site.ts); a person with several tabs shows once.
import type { PresenceEntry } from '../../api/index.ts';
import type { Site } from '../../../../src/site/index.ts';
import { sectionLabel } from './section-label.ts';

/** How many circles show before the rest become "+N". */
const SHOWN = 4;

/** Up to two letters: the first of the first and of the last word of the name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s._-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words.at(-1)!.charAt(0) : '';
  return (first + last).toUpperCase();
}

/** What the person is doing, in words: "editing the Hero section “Fresh bread daily”", or "viewing the site". */
export function activityOf(entry: PresenceEntry, site: Site, locale: string): string {
  if (entry.sectionId !== null) {
    for (const page of site.pages) {
      const section = page.sections.find((candidate) => candidate.id === entry.sectionId);
      if (!section) continue;
      const { type, heading } = sectionLabel(section, locale);
      return `editing the ${type} section${heading ? ` “${heading}”` : ''}`;
    }
  }
  return entry.role === 'viewer' ? 'viewing the site' : 'in the editor';
}

/** One entry per person (a tab where they are in a section, if any), sorted by name. */
function onePerPerson(entries: readonly PresenceEntry[]): PresenceEntry[] {
  const byPerson = new Map<string, PresenceEntry>();
  for (const entry of entries) {
    const known = byPerson.get(entry.userId);
    if (!known || (known.sectionId === null && entry.sectionId !== null)) byPerson.set(entry.userId, entry);
  }
  return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function PresenceAvatars({ others, site, locale }: { others: readonly PresenceEntry[]; site: Site; locale: string }) {
  const people = onePerPerson(others);
  if (people.length === 0) return null;
  const shown = people.slice(0, SHOWN);
  const hidden = people.slice(SHOWN);
  return (
    <ul className="flex items-center -space-x-1.5" aria-label={people.length === 1 ? 'One other person is here' : `${people.length} other people are here`}>
      {shown.map((person) => {
        const description = `${person.name} is ${activityOf(person, site, locale)}`;
        return (
          <li key={person.userId} title={description} className="relative">
            <span
              aria-hidden="true"
              className="flex size-7 items-center justify-center rounded-full text-caption font-semibold text-white ring-2 ring-surface select-none"
              style={{ backgroundColor: person.color }}
            >
              {initialsOf(person.name)}
            </span>
            <span className="sr-only">{description}</span>
          </li>
        );
      })}
      {hidden.length > 0 ? (
        <li title={hidden.map((person) => `${person.name} is ${activityOf(person, site, locale)}`).join('\n')}>
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-full bg-slate-600 text-caption font-semibold text-white ring-2 ring-surface">
            +{hidden.length}
          </span>
          <span className="sr-only">{hidden.map((person) => `${person.name} is ${activityOf(person, site, locale)}`).join('. ')}</span>
        </li>
      ) : null}
    </ul>
  );
}
