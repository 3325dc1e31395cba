// The business behind a site: its contact details, opening hours and social profiles.
import { DAYS, type Day, type DayHours, type Site } from '../../site/index.ts';
import type { JsonValue, PatchOperation } from '../json-patch.ts';
import { setText, setValue } from './set-value.ts';

export type BusinessDetail = 'name' | 'tagline' | 'email' | 'phone' | `address/${'street' | 'city' | 'region' | 'postalCode' | 'country'}`;

/** The hours other days get when a site that kept none sets one day's hours. */
const DEFAULT_DAY: DayHours = { closed: false, open: '09:00', close: '17:00' };

/** Sets a contact detail: the name, tagline, email, phone or a line of the address. */
export function setBusinessDetail(site: Site, detail: BusinessDetail, text: string): PatchOperation[] {
  return setText(site, `/business/${detail}`, text);
}

/** Sets one day's hours; a site without opening hours gets the whole week, the other days 09:00–17:00. */
export function setOpeningHours(site: Site, day: Day, hours: DayHours): PatchOperation[] {
  if (site.business.hours !== undefined) return setValue(site, `/business/hours/${day}`, hours);
  const week = Object.fromEntries(DAYS.map((name) => [name, name === day ? hours : DEFAULT_DAY]));
  return [{ op: 'add', path: '/business/hours', value: week as JsonValue }];
}

/** Removes the opening hours: the site then says nothing about them ("not set", which is not "closed"). */
export function clearOpeningHours(site: Site): PatchOperation[] {
  return site.business.hours === undefined ? [] : [{ op: 'remove', path: '/business/hours' }];
}

/** Sets the link to a social profile (`instagram`, `github`…); an empty link removes it. */
export function setSocialLink(site: Site, network: string, url: string): PatchOperation[] {
  const link = url.trim();
  return setValue(site, `/business/socials/${network}`, link === '' ? undefined : link);
}
