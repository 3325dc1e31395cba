// A small gazetteer: enough to fill in the region and country of well-known cities, recognise US states and
// Canadian provinces, and choose a currency symbol for example prices. Unknown places are kept as written.

export interface Place {
  region: string;
  country: string;
}

const US = 'United States';
const CA = 'Canada';
const UK = 'United Kingdom';

export const CITIES: Readonly<Record<string, Place>> = {
  'new york': { region: 'NY', country: US }, brooklyn: { region: 'NY', country: US }, queens: { region: 'NY', country: US },
  'los angeles': { region: 'CA', country: US }, 'san francisco': { region: 'CA', country: US }, 'san diego': { region: 'CA', country: US },
  oakland: { region: 'CA', country: US }, sacramento: { region: 'CA', country: US }, 'san jose': { region: 'CA', country: US },
  chicago: { region: 'IL', country: US }, boston: { region: 'MA', country: US }, seattle: { region: 'WA', country: US },
  austin: { region: 'TX', country: US }, dallas: { region: 'TX', country: US }, houston: { region: 'TX', country: US },
  'san antonio': { region: 'TX', country: US }, denver: { region: 'CO', country: US }, phoenix: { region: 'AZ', country: US },
  tucson: { region: 'AZ', country: US }, miami: { region: 'FL', country: US }, tampa: { region: 'FL', country: US },
  'tampa bay': { region: 'FL', country: US }, orlando: { region: 'FL', country: US }, atlanta: { region: 'GA', country: US },
  savannah: { region: 'GA', country: US }, nashville: { region: 'TN', country: US }, philadelphia: { region: 'PA', country: US },
  pittsburgh: { region: 'PA', country: US }, detroit: { region: 'MI', country: US }, minneapolis: { region: 'MN', country: US },
  cleveland: { region: 'OH', country: US }, columbus: { region: 'OH', country: US }, 'salt lake city': { region: 'UT', country: US },
  'las vegas': { region: 'NV', country: US }, 'new orleans': { region: 'LA', country: US }, charleston: { region: 'SC', country: US },
  asheville: { region: 'NC', country: US }, charlotte: { region: 'NC', country: US }, raleigh: { region: 'NC', country: US },
  madison: { region: 'WI', country: US }, milwaukee: { region: 'WI', country: US }, 'santa fe': { region: 'NM', country: US },
  albuquerque: { region: 'NM', country: US }, baltimore: { region: 'MD', country: US }, washington: { region: 'DC', country: US },
  honolulu: { region: 'HI', country: US }, anchorage: { region: 'AK', country: US }, 'kansas city': { region: 'MO', country: US },
  'st. louis': { region: 'MO', country: US }, indianapolis: { region: 'IN', country: US },
  toronto: { region: 'Ontario', country: CA }, ottawa: { region: 'Ontario', country: CA }, vancouver: { region: 'British Columbia', country: CA },
  victoria: { region: 'British Columbia', country: CA }, calgary: { region: 'Alberta', country: CA }, edmonton: { region: 'Alberta', country: CA },
  montreal: { region: 'Quebec', country: CA }, 'montréal': { region: 'Quebec', country: CA }, halifax: { region: 'Nova Scotia', country: CA },
  london: { region: 'England', country: UK }, leeds: { region: 'England', country: UK }, manchester: { region: 'England', country: UK },
  bristol: { region: 'England', country: UK }, birmingham: { region: 'England', country: UK }, liverpool: { region: 'England', country: UK },
  brighton: { region: 'England', country: UK }, oxford: { region: 'England', country: UK }, cambridge: { region: 'England', country: UK },
  edinburgh: { region: 'Scotland', country: UK }, glasgow: { region: 'Scotland', country: UK }, cardiff: { region: 'Wales', country: UK },
  belfast: { region: 'Northern Ireland', country: UK }, dublin: { region: 'Leinster', country: 'Ireland' },
  lisbon: { region: 'Lisbon', country: 'Portugal' }, lisboa: { region: 'Lisbon', country: 'Portugal' }, porto: { region: 'Porto', country: 'Portugal' },
  madrid: { region: 'Madrid', country: 'Spain' }, barcelona: { region: 'Catalonia', country: 'Spain' }, paris: { region: 'Île-de-France', country: 'France' },
  lyon: { region: 'Auvergne-Rhône-Alpes', country: 'France' }, berlin: { region: 'Berlin', country: 'Germany' }, munich: { region: 'Bavaria', country: 'Germany' },
  hamburg: { region: 'Hamburg', country: 'Germany' }, amsterdam: { region: 'North Holland', country: 'Netherlands' }, rome: { region: 'Lazio', country: 'Italy' },
  milan: { region: 'Lombardy', country: 'Italy' }, florence: { region: 'Tuscany', country: 'Italy' }, vienna: { region: 'Vienna', country: 'Austria' },
  zurich: { region: 'Zurich', country: 'Switzerland' }, copenhagen: { region: 'Capital Region', country: 'Denmark' }, stockholm: { region: 'Stockholm', country: 'Sweden' },
  sydney: { region: 'NSW', country: 'Australia' }, melbourne: { region: 'Victoria', country: 'Australia' }, brisbane: { region: 'Queensland', country: 'Australia' },
  perth: { region: 'WA', country: 'Australia' }, auckland: { region: 'Auckland', country: 'New Zealand' }, wellington: { region: 'Wellington', country: 'New Zealand' },
  'são paulo': { region: 'SP', country: 'Brazil' }, 'sao paulo': { region: 'SP', country: 'Brazil' }, 'rio de janeiro': { region: 'RJ', country: 'Brazil' },
  'belo horizonte': { region: 'MG', country: 'Brazil' }, curitiba: { region: 'PR', country: 'Brazil' }, 'mexico city': { region: 'CDMX', country: 'Mexico' },
  'buenos aires': { region: 'Buenos Aires', country: 'Argentina' }, mumbai: { region: 'Maharashtra', country: 'India' }, bangalore: { region: 'Karnataka', country: 'India' },
  singapore: { region: '', country: 'Singapore' }, tokyo: { region: 'Tokyo', country: 'Japan' }, 'cape town': { region: 'Western Cape', country: 'South Africa' },
};

const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
};

const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', NS: 'Nova Scotia',
  ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan',
};

const COUNTRIES: Readonly<Record<string, string>> = {
  usa: US, 'united states': US, us: US, america: US, canada: CA, uk: UK, 'united kingdom': UK, england: UK, scotland: UK, wales: UK,
  'northern ireland': UK, ireland: 'Ireland', portugal: 'Portugal', brazil: 'Brazil', brasil: 'Brazil', spain: 'Spain', france: 'France',
  germany: 'Germany', italy: 'Italy', netherlands: 'Netherlands', australia: 'Australia', 'new zealand': 'New Zealand', mexico: 'Mexico',
  india: 'India', japan: 'Japan', 'south africa': 'South Africa', argentina: 'Argentina', austria: 'Austria', switzerland: 'Switzerland',
};

/** The region and country of a region name or code ("TX", "Oregon", "Ontario", "England"), if it is one. */
export function lookupRegion(text: string): Place | undefined {
  const upper = text.toUpperCase();
  if (US_STATES[upper] !== undefined && text === upper) return { region: upper, country: US };
  if (CA_PROVINCES[upper] !== undefined && text === upper) return { region: CA_PROVINCES[upper], country: CA };
  const lower = text.toLowerCase();
  for (const name of Object.values(US_STATES)) if (name.toLowerCase() === lower) return { region: name, country: US };
  for (const name of Object.values(CA_PROVINCES)) if (name.toLowerCase() === lower) return { region: name, country: CA };
  const country = COUNTRIES[lower];
  if (country !== undefined) return { region: ['england', 'scotland', 'wales', 'northern ireland'].includes(lower) ? text : '', country };
  return undefined;
}

export function lookupCity(city: string): Place | undefined {
  return CITIES[city.toLowerCase()];
}

const CURRENCIES: Readonly<Record<string, string>> = {
  [UK]: '£', Ireland: '€', Portugal: '€', Spain: '€', France: '€', Germany: '€', Italy: '€', Netherlands: '€', Austria: '€',
  Brazil: 'R$', Switzerland: 'CHF ', Denmark: 'kr ', Sweden: 'kr ', Japan: '¥', India: '₹', 'South Africa': 'R ', Mexico: 'MX$',
};

/** The symbol for example prices: "$" unless the country uses another currency. */
export function currencyFor(country: string | undefined): string {
  return (country !== undefined ? CURRENCIES[country] : undefined) ?? '$';
}

/** "MA" → "Massachusetts", "ON" → "Ontario"; other names unchanged. */
export function regionName(region: string): string {
  return US_STATES[region] ?? CA_PROVINCES[region] ?? region;
}

/** "the United States", "Portugal". */
export function countryPhrase(country: string): string {
  return /^(?:United|Netherlands|Philippines|Czech Republic|Dominican Republic)/.test(country) ? `the ${country}` : country;
}
