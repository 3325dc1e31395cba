// Which of PageHub's layout families is TRUE for a trade: a visitor of that business would find the family's
// whole template right — its tagline, its standard services, its call to action. A preset is listed only when
// that holds for practically every business of the kind; everything else gets the neutral layout (null), because a
// neutral site is never another business's site. So a veterinary clinic is not "petcare" (grooming, dog walking),
// a car dealer or a car wash is not "auto" (servicing, brakes), a campsite is not "hotel" (rooms, breakfast), an
// arts-and-crafts supply store is not "shop" (our own handmade goods).

export const LAYOUT_FAMILIES = [
  'bakery', 'cafe', 'restaurant', 'plants', 'saas', 'dentist', 'gym', 'yoga', 'salon', 'law', 'accounting', 'consulting',
  'realestate', 'agency', 'photography', 'plumbing', 'electrician', 'contractor', 'cleaning', 'auto', 'bikes', 'petcare',
  'tutoring', 'nonprofit', 'spa', 'hotel', 'shop',
] as const;
export type LayoutFamily = (typeof LAYOUT_FAMILIES)[number];

const PRESETS_OF: Readonly<Record<LayoutFamily, readonly string[]>> = {
  // Breads, cakes, order ahead.
  bakery: ['shop/bakery', 'shop/pastry'],
  // Specialty coffee, pastries, tea: a teahouse is the same visit; bubble tea and internet cafés are not.
  cafe: ['amenity/cafe', 'amenity/cafe/coffee_shop', 'amenity/cafe/teahouse'],
  // A menu and a table to book; every cuisine is listed below (restaurantPresets). Fast food has no table.
  restaurant: ['amenity/restaurant'],
  plants: ['shop/garden_centre', 'landuse/plant_nursery'],
  // A software product: no preset of the taxonomy is one (an IT office is services, a corporate office anything).
  saas: [],
  dentist: ['amenity/dentist', 'healthcare/dentist/orthodontics'],
  gym: ['leisure/fitness_centre'],
  yoga: ['leisure/fitness_centre/yoga'],
  // Cuts and colour: hairdressers and barbers, not nail or tanning salons.
  salon: ['shop/hairdresser', 'shop/hairdresser/barber'],
  law: ['office/lawyer'],
  accounting: ['office/accountant', 'office/tax_advisor'],
  consulting: ['office/consulting'],
  // Buying, selling and valuations: an estate agent, not a letting or property-management office.
  realestate: ['office/estate_agent'],
  agency: ['office/advertising_agency', 'office/graphic_design'],
  photography: ['craft/photographer'],
  plumbing: ['craft/plumber'],
  electrician: ['craft/electrician'],
  // A general builder: the taxonomy has no such craft (a carpenter or a roofer does one part of the template).
  contractor: [],
  // Home and office cleaning: what the taxonomy's cleaning service is.
  cleaning: ['craft/cleaning'],
  // Repairs: servicing, brakes, diagnostics. Not dealers, parts stores, tyre shops or washes.
  auto: ['shop/car_repair'],
  // A bicycle shop repairs bikes and sells parts; rental is something else.
  bikes: ['shop/bicycle'],
  // Grooming with the care around it; boarding kennels and vets are not groomers.
  petcare: ['shop/pet_grooming'],
  // Tutoring and test preparation, not language, music or driving schools.
  tutoring: ['education/prep_school'],
  // Charities and NGOs; a food bank is one. Clubs, churches and charity shops have other pages.
  nonprofit: ['office/charity', 'office/ngo', 'office/association', 'office/foundation', 'amenity/social_facility/food_bank'],
  // Massage and treatments; a sauna or a public bath is not a treatment menu.
  spa: ['shop/massage'],
  // Rooms to stay in with a host: not campsites, holiday flats or cottages.
  hotel: ['tourism/hotel', 'tourism/guest_house', 'tourism/motel', 'tourism/hostel'],
  // Our own handmade goods, shipped: a pottery store. Craft supply, gift and leather stores sell others' goods.
  shop: ['shop/pottery'],
};

/**
 * Presets whose businesses a family's template fits when the description's own words say so (the keyword scores
 * choose the family too), but not every business of the kind: a handmade candle shop is a handmade shop, a candle
 * chain store is not; a pet hotel's boarding and daycare are pet care.
 */
const COVERED_WHEN_SAID: Readonly<Partial<Record<LayoutFamily, readonly string[]>>> = {
  // A candle maker's shop: handmade in small batches, shipped.
  shop: ['shop/candles'],
  // A pet hotel's daycare, boarding and walks; not every kennel grooms.
  petcare: ['amenity/animal_boarding'],
  // A hammam's scrubs and massages; a public swimming bath is not a treatment menu.
  spa: ['amenity/public_bath'],
  // A rescue charity; a municipal pound is not one.
  nonprofit: ['amenity/animal_shelter'],
  // A carpenter who takes on whole renovations ("verbouwingen"), not one who only makes furniture.
  contractor: ['craft/carpenter'],
};

let familyByPreset: Map<string, LayoutFamily> | undefined;

function buildMap(): Map<string, LayoutFamily> {
  const map = new Map<string, LayoutFamily>();
  for (const family of LAYOUT_FAMILIES) for (const preset of PRESETS_OF[family]) map.set(preset, family);
  return map;
}

/** The family whose template is true for a preset, or null for the neutral layout. */
export function familyOf(preset: string): LayoutFamily | null {
  familyByPreset ??= buildMap();
  const direct = familyByPreset.get(preset);
  if (direct) return direct;
  // Every cuisine of a restaurant keeps the menu and the table ("amenity/restaurant/thai").
  return preset.startsWith('amenity/restaurant/') ? 'restaurant' : null;
}

/** Every preset listed for a family (the restaurant cuisines aside), for tests and reviews. */
export function presetsOf(family: LayoutFamily): readonly string[] {
  return PRESETS_OF[family];
}

/** True when the family's template may be used for the preset: the preset is the family's, or the family covers it when the description says so. */
export function familyMayCover(family: string, preset: string): boolean {
  return familyOf(preset) === family || (COVERED_WHEN_SAID[family as LayoutFamily]?.includes(preset) ?? false);
}

/**
 * True when the taxonomy has no trade of the family (a software product, a general builder): only there may the
 * keywords choose the family on their own.
 */
export function isBeyondTaxonomy(family: string): boolean {
  const known = family as LayoutFamily;
  return LAYOUT_FAMILIES.includes(known) && PRESETS_OF[known].length === 0;
}

/** Presets a family covers when the description says so, for tests and reviews. */
export function presetsCoveredWhenSaid(family: LayoutFamily): readonly string[] {
  return COVERED_WHEN_SAID[family] ?? [];
}
