import { z } from 'zod';
import { ShortText, LongText } from './text.ts';

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour time such as 09:00');

export const DayHours = z.union([
  z.object({ closed: z.literal(true) }),
  z.object({ closed: z.literal(false), open: Time, close: Time }),
]);
export type DayHours = z.infer<typeof DayHours>;

export const Hours = z.object(Object.fromEntries(DAYS.map((day) => [day, DayHours])) as Record<Day, typeof DayHours>);
export type Hours = z.infer<typeof Hours>;

export const SOCIAL_NETWORKS = ['instagram', 'facebook', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'github'] as const;

export const Address = z.object({
  street: z.string().max(200).default(''),
  city: z.string().max(100).default(''),
  region: z.string().max(100).default(''),
  postalCode: z.string().max(20).default(''),
  country: z.string().max(100).default(''),
});
export type Address = z.infer<typeof Address>;

export const Business = z.object({
  name: z.string().min(1, 'The business needs a name').max(120),
  tagline: ShortText.default(''),
  description: LongText.default(''),
  industry: z.string().max(60).default('general'),
  email: z.union([z.literal(''), z.email('Use an email address such as hello@example.com')]).default(''),
  phone: z.string().max(40).regex(/^[+0-9 ().-]*$/, 'Use digits, spaces, +, -, ( and )').default(''),
  address: Address.default(Address.parse({})),
  /** Seven days, or absent when the business keeps no opening hours (online, by appointment). */
  hours: Hours.optional(),
  socials: z.partialRecord(z.enum(SOCIAL_NETWORKS), z.url({ protocol: /^https?$/, error: "Use an https:// link to the profile" }).max(500)).default({}),
});
export type Business = z.infer<typeof Business>;

export const SOCIAL_LABELS: Record<string, string> = {
  instagram: 'Instagram', facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', pinterest: 'Pinterest', github: 'GitHub',
};

const CITY_FIRST = new Set(['us', 'usa', 'united states', 'united states of america', 'ca', 'canada', 'au', 'australia', 'gb', 'uk', 'united kingdom', 'england', 'scotland', 'wales', 'ie', 'ireland', 'nz', 'new zealand']);

/** The postal address as display lines: street, locality (in the order the country writes it), country. */
export function addressLines(address: Address, locale: string): string[] {
  const { street, city, region, postalCode, country } = address;
  const normalizedCountry = country.trim().toLowerCase().replace(/\./g, '');
  const isCityFirst = normalizedCountry === '' ? locale.startsWith('en') : CITY_FIRST.has(normalizedCountry);
  const locality = isCityFirst
    ? [[city, region].filter(Boolean).join(', '), postalCode].filter(Boolean).join(' ')
    : [[postalCode, city].filter(Boolean).join(' '), region].filter(Boolean).join(', ');
  return [street, locality, country].map((line) => line.trim()).filter((line) => line !== '');
}

export function socialLinks(business: Business): [network: string, url: string][] {
  return Object.entries(business.socials).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
}

