import { petcare, salon } from './beauty-pets.ts';
import { nonprofit, tutoring } from './community.ts';
import { photography, shop } from './creative.ts';
import { agency, saas } from './digital.ts';
import { bakery, cafe } from './food.ts';
import { general } from './general.ts';
import { dentist, gym, yoga } from './health.ts';
import { hotel, spa } from './hospitality.ts';
import { auto, cleaning, contractor } from './local-services.ts';
import { plants } from './plants.ts';
import { accounting, consulting, law } from './professional.ts';
import { realEstate } from './real-estate.ts';
import { restaurant } from './restaurant.ts';
import { bikes, electrician, plumbing } from './trades.ts';
import type { IndustryProfile } from './types.ts';

export type * from './types.ts';

/** Every industry the offline composer knows, most specific first; `general` is the fallback and comes last. */
export const INDUSTRIES: readonly IndustryProfile[] = [
  bakery, cafe, restaurant, plants, saas, dentist, gym, yoga, salon, law, accounting, consulting,
  realEstate, agency, photography, plumbing, electrician, contractor, cleaning, auto, bikes, petcare, tutoring, nonprofit,
  spa, hotel, shop, general,
];

export const GENERAL_INDUSTRY: IndustryProfile = general;

export function industryById(id: string): IndustryProfile {
  return INDUSTRIES.find((profile) => profile.id === id) ?? general;
}
