import { describe, expect, it } from 'vitest';
import { chooseFamily } from './choose-family.ts';

const familyOf = (text: string, name?: string) => chooseFamily(text, 'en', { name }).profile.id;

describe('chooseFamily', () => {
  it('takes a sure trade of the taxonomy, and keeps a trade no family covers to the general layout', () => {
    expect(familyOf('Spoke & Chain bike repair shop in Minneapolis: tune-ups, flat repairs and e-bike service.')).toBe('bikes');
    expect(familyOf('Riverside Animal Hospital is a full-service veterinary clinic for dogs and cats: vaccinations, dental cleanings and surgery.')).toBe('general');
  });

  it('lets the keywords decide a family the taxonomy has no trade for, against a weak hint', () => {
    expect(familyOf('Loop is a SaaS tool that helps small support teams manage customer emails and chat in one shared inbox.', 'Loop')).toBe('saas');
    expect(familyOf('Solid Ground Builders in Boise: kitchen and bathroom remodels, decks, fences and general repairs.', 'Solid Ground Builders')).toBe('contractor');
  });

  it('uses a family for a trade it covers only when the words say so too', () => {
    expect(familyOf('Wick & Clay is a handmade candle and ceramics shop in Santa Fe selling soy candles, mugs and vases online.', 'Wick & Clay')).toBe('shop');
  });
});
