import { describe, expect, it } from 'vitest';
import { applyReversibly, refusal, sample } from './apply-reversibly.test-support.ts';
import { clearOpeningHours, setBusinessDetail, setOpeningHours, setSocialLink } from './business.ts';

describe('business operations', () => {
  it('set a contact detail or a line of the address', () => {
    const site = sample();
    expect(applyReversibly(site, setBusinessDetail(site, 'name', 'Crumb & Co')).business.name).toBe('Crumb & Co');
    expect(applyReversibly(site, setBusinessDetail(site, 'address/city', 'Round Rock')).business.address.city).toBe('Round Rock');
    expect(applyReversibly(site, setBusinessDetail(site, 'email', '')).business.email).toBe('');
    expect(refusal(site, setBusinessDetail(site, 'name', ''))).toEqual(['The business needs a name']);
  });

  it('set one day’s opening hours', () => {
    const site = sample();
    const hours = applyReversibly(site, setOpeningHours(site, 'monday', { closed: false, open: '10:00', close: '14:00' })).business.hours;
    expect(hours?.monday).toEqual({ closed: false, open: '10:00', close: '14:00' });
    expect(hours?.tuesday).toEqual(site.business.hours?.tuesday);
  });

  it('give a site without opening hours the whole week', () => {
    const site = sample((input) => {
      delete input.business.hours;
    });
    const hours = applyReversibly(site, setOpeningHours(site, 'sunday', { closed: true })).business.hours;
    expect(hours?.sunday).toEqual({ closed: true });
    expect(hours?.monday).toEqual({ closed: false, open: '09:00', close: '17:00' });
  });

  it('clear the opening hours to "not set", which is not "closed"', () => {
    const site = sample();
    const cleared = applyReversibly(site, clearOpeningHours(site));
    expect(cleared.business.hours).toBeUndefined();
    expect(clearOpeningHours(cleared)).toEqual([]);
  });

  it('add, change and remove a social link; an empty one is removed', () => {
    const site = sample();
    const added = applyReversibly(site, setSocialLink(site, 'github', ' https://github.com/sample '));
    expect(added.business.socials.github).toBe('https://github.com/sample');
    expect(applyReversibly(site, setSocialLink(site, 'instagram', '')).business.socials.instagram).toBeUndefined();
    expect(setSocialLink(site, 'tiktok', '  ')).toEqual([]);
    expect(refusal(site, setSocialLink(site, 'x', 'not a link'))).toEqual(['Use an https:// link to the profile']);
  });
});
