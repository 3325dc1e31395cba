import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../../../test/support/sample-site.ts';
import { describeLinkTarget, describeOperation } from './describe-change.ts';
import { commitHeadline, versionName, versionTime } from './version-name.ts';

const site = sampleSite();
/** What must never reach a person: link targets, prop names, commit ids. */
const INTERNAL = /page:|primaryAction|secondaryAction|\bhref\b|\bprops\b|[0-9a-z]+-[0-9a-z]{6}\b/;

describe('describeOperation', () => {
  it('says a button was linked to a page by the page title, never its page: value', () => {
    const line = describeOperation({ op: 'replace', path: '/pages/0/sections/0/props/primaryAction/href', value: 'page:about' }, site);
    expect(line).toBe('Linked the button in page “Home” › the Hero section to the About page');
    expect(line).not.toMatch(INTERNAL);
  });

  it('names menu links, section anchors, web addresses, email and phone links in words', () => {
    expect(describeOperation({ op: 'replace', path: '/navigation/items/1/href', value: 'page:services' }, site)).toBe('Linked the menu link in navigation › items › item 2 to the Services page');
    expect(describeOperation({ op: 'replace', path: '/navigation/cta/href', value: 'page:contact' }, site)).toBe('Linked the button in navigation to the Contact page');
    expect(describeLinkTarget('page:home#p0-s4-contactform', site)).toBe('the Contact form section of the Home page');
    expect(describeLinkTarget('page:gone', site)).toBe('a page of this site');
    expect(describeLinkTarget('mailto:hello@example.com?subject=Hi', site)).toBe('an email to hello@example.com');
    expect(describeLinkTarget('tel:+44 20 7946 0000', site)).toBe('a call to +44 20 7946 0000');
    expect(describeLinkTarget('https://example.com/menu', site)).toBe('https://example.com/menu');
  });

  it('names sections by kind, fonts by name and rich-text links by their words', () => {
    expect(describeOperation({ op: 'replace', path: '/pages/1/sections/4/props/heading', value: 'Our people' }, site)).toBe('Changed page “About” › the Team section › heading to “Our people”');
    expect(describeOperation({ op: 'replace', path: '/theme/fonts/heading', value: 'playfair-display' }, site)).toBe('Changed the heading font to Playfair Display');
    const text = describeOperation({ op: 'replace', path: '/pages/4/sections/0/props/body', value: 'See [our team](page:about) today.' }, site);
    expect(text).toBe('Changed page “Privacy” › the Text section › body to “See our team today.”');
    expect(describeOperation({ op: 'add', path: '/pages/0/sections/1', value: { type: 'faq', id: 'x', props: {} } }, site)).toBe('Added a FAQ section to page “Home”');
    expect(describeOperation({ op: 'remove', path: '/pages/0/sections/0/props/secondaryAction' }, site)).toBe('Removed page “Home” › the Hero section › second button');
  });

  it('the internal-words check catches what the compare view used to show', () => {
    expect('Changed page “Home” › section 1 › content › primary action › href to “page:team”').toMatch(INTERNAL);
    expect('Roll back to 1f-npgm16: Rename').toMatch(INTERNAL);
  });
});

describe('version names', () => {
  const now = new Date(2026, 11, 4, 9, 0);
  const at = (month: number, day: number, hour: number, minute: number, year = 2026) => new Date(year, month, day, hour, minute).toISOString();

  it('names a version by its date and time, with its names when it has some', () => {
    expect(versionTime(at(11, 3, 14, 2), now)).toBe('3 Dec, 14:02');
    expect(versionTime(at(0, 9, 8, 5, 2025), now)).toBe('9 Jan 2025, 08:05');
    expect(versionName({ createdAt: at(11, 3, 14, 2) }, ['Before launch'], now)).toBe('the version of 3 Dec, 14:02 — Before launch');
    expect(versionName({ createdAt: at(11, 3, 14, 2) }, [], now)).toBe('the version of 3 Dec, 14:02');
  });

  it('reads a rollback as the version it went back to, never its commit id, old summaries included', () => {
    const target = { createdAt: at(11, 3, 14, 2) };
    const lookup = { commit: (id: string) => (id === '1f-npgm16' ? target : undefined), names: (id: string) => (id === '1f-npgm16' ? ['Before launch'] : []) };
    expect(commitHeadline({ source: 'rollback', reverts: '1f-npgm16', summary: 'Rolled back to “Rename”' }, lookup, now)).toBe('Rolled back to the version of 3 Dec, 14:02 — Before launch');
    expect(commitHeadline({ source: 'rollback', reverts: null, summary: 'Roll back to 1f-npgm16: Rename' }, lookup, now)).toBe('Rolled back to the version of 3 Dec, 14:02 — Before launch');
    // The target is not loaded: its words, still no id.
    expect(commitHeadline({ source: 'rollback', reverts: null, summary: 'Roll back to 2a-zzzzzz: Rename' }, lookup, now)).toBe('Rolled back to “Rename”');
    expect(commitHeadline({ source: 'editor', reverts: '2a-zzzzzz', summary: 'Undo: Roll back to 2a-zzzzzz: Rename' }, lookup, now)).toBe('Undo: Rolled back to Rename');
    expect(commitHeadline({ source: 'editor', reverts: null, summary: '' }, lookup, now)).toBe('Change');
  });
});
