// The trade reader: unit cases of our own, its accuracy on the TUNE half of the evaluation set (the test half is
// held out for the final figures and is never read here), its speed, and a committed index that is never stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTradeIndex, INDEX_FILE, serialiseTradeIndex } from '../../../scripts/build-trade-index.ts';
import { descriptionCases } from '../../../test/eval/eval-sets.ts';
import { compiledIndex } from './compile.ts';
import { familyMayCover, familyOf, isBeyondTaxonomy, LAYOUT_FAMILIES, presetsCoveredWhenSaid, presetsOf } from './family-map.ts';
import { detectTrade } from './index.ts';

const presetOf = (text: string, lang: Parameters<typeof detectTrade>[1] = 'en') => detectTrade(text, lang)?.preset;

describe('detectTrade', () => {
  it('reads plurals on both sides', () => {
    expect(presetOf('Two bakeries in Leeds: sourdough and cakes.')).toBe('shop/bakery');
    expect(presetOf('Unsere Bäckereien in Köln backen jeden Morgen.', 'de')).toBe('shop/bakery');
    expect(presetOf('Panaderías artesanales en Madrid.', 'es')).toBe('shop/bakery');
    expect(presetOf('Family-run plumbers covering Bristol: boilers, leaks and bathrooms.')).toBe('craft/plumber');
  });

  it('reads every language, and labels the trade in it (English when the schema has no name)', () => {
    expect(detectTrade('Padaria artesanal no bairro de Alvalade, pão de fermentação lenta.', 'pt')).toMatchObject({ preset: 'shop/bakery', label: 'Padaria', family: 'bakery', confidence: 'high' });
    expect(detectTrade('Boulangerie artisanale à Lyon.', 'fr')).toMatchObject({ preset: 'shop/bakery', label: 'Boulangerie' });
    expect(detectTrade('Panificio a Bologna dal 1950.', 'it')).toMatchObject({ preset: 'shop/bakery', label: 'Panificio' });
    expect(detectTrade('Wij zijn een bakkerij in Utrecht.', 'nl')).toMatchObject({ preset: 'shop/bakery', label: 'Bakkerij' });
    // English words in a Dutch description; the schema has no Dutch name for the trade.
    expect(detectTrade('Physiotherapist in Utrecht, sportblessures en rugklachten.', 'nl')).toMatchObject({ preset: 'healthcare/physiotherapist', label: 'Physical Therapist' });
  });

  it('prefers the longer phrase to the words inside it', () => {
    expect(presetOf('Dog grooming salon in Leeds: baths, nail clipping and full grooms.')).toBe('shop/pet_grooming');
    expect(presetOf('Dry cleaning and alterations in Bath.')).toBe('shop/dry_cleaning');
    expect(presetOf('Family-run car repair garage: servicing, brakes and MOTs.')).toBe('shop/car_repair');
  });

  it('takes what a description says it is over what it mentions', () => {
    expect(presetOf('Riverside is a veterinary clinic for cats and dogs, with a grooming room.')).toBe('amenity/veterinary');
    // Whom a business serves is not its trade: a booking app for restaurants gets no restaurant template.
    expect(detectTrade('Tablely is a booking app for restaurants and bars.', 'en')?.family ?? null).toBeNull();
    expect(presetOf('Pottery classes next to the bakery on Mill Lane.')).not.toBe('shop/bakery');
  });

  it('says nothing about text that names no trade', () => {
    expect(detectTrade('Lorem ipsum dolor sit amet.', 'en')).toBeUndefined();
    expect(detectTrade('Hello world', 'en')).toBeUndefined();
    expect(detectTrade('', 'de')).toBeUndefined();
  });

  it('answers the same every time, whatever was asked before', () => {
    const text = 'Tiger Tea: brown sugar boba, fruit teas and cheese foam.';
    const first = detectTrade(text, 'en');
    detectTrade('Padaria artesanal em Lisboa.', 'pt');
    expect(detectTrade(text, 'en')).toEqual(first);
  });

  it('reads a business name for its sound, but its last word for the trade', () => {
    expect(detectTrade('Lavender & Salt day spa in Scottsdale: massage, facials, body wraps and gift vouchers.', 'en', { name: 'Lavender & Salt' })?.preset).toBe('shop/massage');
    expect(presetOf('Harbor Realty is a real estate agency in Charleston.')).toBe('office/estate_agent');
    expect(detectTrade('Olive & Ember, a Mediterranean restaurant in Seattle with small plates.', 'en', { name: 'Olive & Ember' })?.preset).toBe('amenity/restaurant');
    // The last word of a name, and the first of a Romance one, still say the trade.
    expect(detectTrade('Golden Crust Bakery in Madison.', 'en', { name: 'Golden Crust Bakery' })?.preset).toBe('shop/bakery');
    expect(detectTrade('Bodega Los Álamos, Luján de Cuyo. Visitas guiadas con degustación.', 'es', { name: 'Bodega Los Álamos' })?.preset).toBe('craft/winery');
  });

  it('keeps word families apart where a short stem would join them', () => {
    // "branding" is not "brandy".
    expect(presetOf('Field & Form is a branding and web design studio in Bristol.')).not.toBe('craft/distillery');
    expect(presetOf('Half Moon Studio: brand identity, packaging and websites.')).not.toBe('craft/distillery');
  });

  it('reads a name with a word inside, and a generic head after a specific word', () => {
    expect(detectTrade('Spoke & Chain bike repair shop in Minneapolis: tune-ups and flat repairs.', 'en')).toMatchObject({ preset: 'shop/bicycle', family: 'bikes' });
    expect(presetOf('Wick & Clay is a handmade candle and ceramics shop in Santa Fe.')).toBe('shop/candles');
    expect(presetOf('dry cleaning and laundry service, same-day.')).not.toBe('craft/cleaning');
  });

  it('reads an activity done to something as no shop selling it', () => {
    expect(detectTrade('Waggle dog walking and pet sitting in Austin.', 'en')?.named).toBe(false);
  });

  it('reads whom a business helps as an aside', () => {
    expect(presetOf('Northstar Consulting helps nonprofits and social enterprises with strategy and fundraising plans.')).toBe('office/consulting');
  });

  it('prefers a child preset named about as strongly as its parent', () => {
    expect(presetOf('A nonprofit called Open Hands that runs a community food pantry in Cleveland.')).toBe('amenity/social_facility/food_bank');
  });

  it('brings a family only when sure, and only one whose template is true', () => {
    expect(detectTrade('Riverside is a veterinary clinic in Tacoma.', 'en')).toMatchObject({ preset: 'amenity/veterinary', family: null });
    expect(detectTrade('Used car dealership with 60 cars in stock.', 'en')).toMatchObject({ preset: 'shop/car/second_hand', family: null });
    expect(detectTrade('Backpacker hostel with dorms and private rooms in Lisbon.', 'en')).toMatchObject({ preset: 'tourism/hostel', family: 'hotel' });
    for (const text of ['Tiger Tea: brown sugar boba, fruit teas and cheese foam.', 'E-bikes for the Camino, delivered to your albergue.']) {
      const match = detectTrade(text, 'en');
      if (match?.confidence === 'low') expect(match.family).toBeNull();
    }
  });
});

describe('what the trade reader says of its doubt', () => {
  it('reads the words after a request for a website as the business, not as whom it serves', () => {
    expect(detectTrade('Create a landing page for a vegan bakery', 'en')).toMatchObject({ preset: 'shop/bakery', confidence: 'high', family: 'bakery' });
    expect(detectTrade('Scheduling software for bakeries and cafés.', 'en')?.confidence).toBe('low');
  });

  it('tells a doubt between two named trades from one between a name and search terms', () => {
    // "bike" names the bicycle shop and is only a search term of bicycle rental and the motorcycle trades.
    expect(detectTrade('we fix bikes. cheap. fast.', 'en')).toMatchObject({ preset: 'shop/bicycle', confidence: 'low', hasNamedRival: false });
    // "coffee" names both the café and the coffee store.
    expect(detectTrade('We roast coffee in small batches.', 'en')).toMatchObject({ confidence: 'low', hasNamedRival: true });
  });

  it('knows the American names of an estate agent', () => {
    expect(detectTrade('Sunrise Realty helps first-time buyers find homes in Denver.', 'en', { name: 'Sunrise Realty' })).toMatchObject({ preset: 'office/estate_agent', family: 'realestate' });
    expect(detectTrade('Jo Park, realtor in Austin: buying and selling homes.', 'en')?.preset).toBe('office/estate_agent');
  });
});

describe('the family map', () => {
  it('is strict where a neighbouring template would lie', () => {
    expect(familyOf('amenity/veterinary')).toBeNull();
    expect(familyOf('shop/car_repair')).toBe('auto');
    expect(familyOf('shop/car')).toBeNull();
    expect(familyOf('amenity/car_wash')).toBeNull();
    expect(familyOf('tourism/hostel')).toBe('hotel');
    expect(familyOf('tourism/camp_site')).toBeNull();
    expect(familyOf('amenity/restaurant/thai')).toBe('restaurant');
    expect(familyOf('amenity/fast_food/burger')).toBeNull();
    // Covered only when the description's words choose the family too: not every candle shop makes its candles.
    expect(familyOf('shop/candles')).toBeNull();
    expect(familyMayCover('shop', 'shop/candles')).toBe(true);
    expect(familyMayCover('petcare', 'amenity/veterinary')).toBe(false);
    // Only families the taxonomy has no trade of may be chosen by the keywords alone.
    expect(LAYOUT_FAMILIES.filter(isBeyondTaxonomy)).toEqual(['saas', 'contractor']);
  });

  it('names only presets of the index', () => {
    const ids = new Set(compiledIndex().presets.map((preset) => preset.id));
    expect(LAYOUT_FAMILIES.flatMap((family) => [...presetsOf(family), ...presetsCoveredWhenSaid(family)]).filter((preset) => !ids.has(preset))).toEqual([]);
  });
});

describe('on the tune half of the evaluation set', () => {
  const cases = descriptionCases('tune');
  const sameTrade = (got: string, want: string) => got.split('/').slice(0, 2).join('/') === want.split('/').slice(0, 2).join('/');

  it('finds the trade, and never brings a family the annotators call wrong', () => {
    let presetRight = 0;
    let familyRightOrNull = 0;
    for (const entry of cases) {
      const match = detectTrade(entry.text, entry.lang);
      if (match && sameTrade(match.preset, entry.trade)) presetRight += 1;
      if (!match?.family || entry.families.includes(match.family)) familyRightOrNull += 1;
    }
    const figures = { preset: presetRight / cases.length, familyRightOrNull: familyRightOrNull / cases.length };
    console.log(`trade reader on the tune half: preset ${(figures.preset * 100).toFixed(1)} %, family right or null ${(figures.familyRightOrNull * 100).toFixed(1)} %`);
    expect(figures.familyRightOrNull).toBeGreaterThanOrEqual(0.98);
    expect(figures.preset).toBeGreaterThanOrEqual(0.6);
  });

  it('reads a description in well under a millisecond', () => {
    detectTrade('warm-up: the index compiles on first use', 'en');
    const times = cases.map((entry) => {
      const start = performance.now();
      detectTrade(entry.text, entry.lang);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(1);
  });
});

describe('trade-index.json', () => {
  it('is what scripts/build-trade-index.ts builds from the installed schema (run it after an upgrade)', () => {
    const committed = readFileSync(INDEX_FILE, 'utf8');
    expect(committed === serialiseTradeIndex(buildTradeIndex())).toBe(true);
    expect(committed.length).toBeLessThan(600 * 1024);
  });
});
