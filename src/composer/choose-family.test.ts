import { describe, expect, it } from 'vitest';
import { chooseFamily } from './choose-family.ts';
import { detectIndustry } from './detect-industry.ts';

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

  it('takes a trade’s family when the keywords say it too', () => {
    expect(familyOf('Riverside Pizzeria is a family restaurant in Leeds with a wood-fired oven, pasta and a terrace.')).toBe('restaurant');
    expect(familyOf('Cut & Run is a barbershop in Hull: skin fades and beard trims.')).toBe('salon');
  });

  it('keeps a template to the businesses it fits: no table for a takeaway, no shop for a studio that only teaches', () => {
    expect(familyOf('Luigi’s is a pizzeria in Leeds with 40 seats and a terrace: wood-fired pizza, pasta and tiramisu.')).toBe('restaurant');
    expect(familyOf('Luigi’s is a pizzeria in Leeds: pizza by the slice and whole pizzas, takeaway and delivery only.')).toBe('general');
    expect(chooseFamily('Da Mario, pizzeria al taglio a Roma: pizza bianca, supplì e birre artigianali.', 'it').profile.id).toBe('general');
    expect(familyOf('I run a small pottery studio in Asheville: handmade mugs, bowls and planters, and I ship anywhere in the US.')).toBe('shop');
    expect(familyOf('Clay Days is a small ceramics studio in Stockport. We run pottery classes for beginners and kids parties.')).toBe('general');
  });

  it('keeps to the neutral layout when a trade is only named in passing, however many keywords agree', () => {
    const app = 'Tablely is a booking app for restaurants and bars: table plans, waitlists and reminders by text.';
    expect(familyOf(app, 'Tablely')).toBe('general');
    const roastery = 'Small-batch coffee roastery in Leith. We roast on Tuesdays and ship beans and subscriptions; wholesale for cafés, but no café of our own.';
    expect(detectIndustry(roastery).profile.id).toBe('cafe');
    expect(detectIndustry(roastery).score).toBeGreaterThanOrEqual(5);
    expect(familyOf(roastery)).toBe('general');
  });

  it('never lets the keywords alone choose a family the taxonomy could have named', () => {
    const bakeryWithoutTheWord = 'Up at 4am so you do not have to: sourdough loaves, rye, croissants and cinnamon buns from our wood oven, pastries till noon.';
    expect(detectIndustry(bakeryWithoutTheWord).profile.id).toBe('bakery');
    expect(detectIndustry(bakeryWithoutTheWord).score).toBeGreaterThanOrEqual(5);
    expect(familyOf(bakeryWithoutTheWord)).toBe('general');
  });

  it('takes the neutral layout when a sure trade and strong keywords disagree', () => {
    const barberWithSpa = 'Harbour Cuts is a barber shop in Hull, and upstairs we run a day spa: massage, facials, body wraps and hot stone treatments.';
    expect(detectIndustry(barberWithSpa).profile.id).toBe('spa');
    expect(familyOf(barberWithSpa, 'Harbour Cuts')).toBe('general');
  });

  it('reads the business a website is asked for, and the only trade a description names', () => {
    expect(familyOf('Create a website for a vegan bakery in Leeds')).toBe('bakery');
    expect(familyOf('we fix bikes. cheap. fast. downtown.')).toBe('bikes');
  });

  it.each([
    'Restaurant booking app with table plans and reminders by text',
    'Plumbing supply store: pipes, fittings and boilers for the trade',
    'Dental lab making crowns and bridges for dentists',
    'Electrician training college, evening courses and apprenticeships',
    'Hotel for dogs: spacious kennels, two walks a day',
    'Real estate photography, floor plans and video tours',
    "Plumber's merchant and bathroom showroom",
    'Pilates and yoga clothing brand, leggings and tops',
  ])('keeps to the neutral layout when the trade names something else the business is, or whom it serves: %s', (text) => {
    expect(familyOf(text)).toBe('general');
  });

  it('keeps a German compound naming a guest house for dogs out of the hotel family', () => {
    expect(chooseFamily('Hundepension am Stadtrand, Auslauf und Betreuung', 'de').profile.id).toBe('general');
    expect(chooseFamily('Pension Edelweiss, Zimmer mit Frühstück', 'de').profile.id).toBe('hotel');
  });

  it.each([
    ['cleaning', 'Window cleaning rounds in Chester, pure water pole system, conservatories and gutters cleared'],
    ['plants', 'Garden design and landscaping, patios and planting'],
  ])('keeps a specialist the %s family’s words also name to the neutral layout', (_family, text) => {
    expect(familyOf(text)).toBe('general');
  });

  it('keeps trades no family covers neutral', () => {
    for (const text of ['Ferry tickets to the islands, daily sailings from Oban.', 'E-scooters for hire by the hour on the seafront.', 'We fix phones and tablets while you wait. Cracked screens, batteries, water damage.']) {
      expect(familyOf(text)).toBe('general');
    }
  });
});
