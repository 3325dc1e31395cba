import { describe, expect, it } from 'vitest';
import { composeSite } from './compose-site.ts';
import { industryById } from './industries/index.ts';
import { profileAsSaid } from './profile-as-said.ts';

const siteText = (text: string): string => JSON.stringify(composeSite(text).site).toLowerCase();

describe('profileAsSaid', () => {
  it('leaves out stock copy naming what only some businesses of the family do', () => {
    const barber = siteText('Old Quarter Barbers in Leeds: skin fades, beard trims and hot towel shaves, walk-ins welcome.');
    expect(composeSite('Old Quarter Barbers in Leeds: skin fades, beard trims and hot towel shaves, walk-ins welcome.').facts.industry).toBe('salon');
    for (const word of ['balayage', 'bridal', 'keratin', 'patch test']) expect(barber).not.toContain(word);
  });

  it('keeps it when the description names it', () => {
    const salon = siteText('Studio Nova hair salon in Leeds: cuts, colour, balayage and bridal styling.');
    for (const word of ['balayage', 'bridal', 'patch test']) expect(salon).toContain(word);
  });

  it('drops whole blocks of a particular, and single lines fall back to the neutral layout’s', () => {
    const spa = profileAsSaid(industryById('spa'), 'Deep tissue and sports massage in Bristol');
    expect(spa.menu?.categories.map((category) => category.name)).toEqual(['Massage']);
    expect(spa.tagline).toBe(industryById('general').tagline);
    const photographer = profileAsSaid(industryById('photography'), 'Newborn and maternity photographer in Porto');
    expect(photographer.gallery?.captions.join(' ')).not.toMatch(/first dance|engagement|getting ready/i);
    expect(photographer.pricing?.plans.map((plan) => plan.name).join(' ')).not.toMatch(/wedding/i);
  });

  it('returns the profile itself when the description names every particular', () => {
    const bikes = industryById('bikes');
    expect(profileAsSaid(bikes, 'bike repairs, e-bike service and tubeless setup')).toBe(bikes);
  });
});
