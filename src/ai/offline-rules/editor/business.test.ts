import { describe, expect, it } from 'vitest';
import { parseSite } from '../../../site/index.ts';
import { editFixtureSite, intentFor, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

const business = (target: string) => intentFor('update_business_info', target);

describe('phone and email', () => {
  it.each([
    ['Our phone number is (555) 010-2030', '(555) 010-2030'],
    ['call us on +351 912 345 678', '+351 912 345 678'],
  ])('%s', async (prompt, phone) => {
    const { changes, proposal } = await runChange(prompt, business('phone'));
    expect(changes).toEqual([{ op: 'replace', path: '/business/phone', value: phone }]);
    expect(proposal.summary).toBe(`Phone → ${phone}`);
  });

  it('asks for a phone number written with digits', async () => {
    expect(await runQuestion('Our phone number is 555-CALL-NOW', business('phone'))).toMatch(/digits, spaces, \+, -, \( and \)/);
  });

  it('sets a valid email and asks about an invalid one', async () => {
    expect((await runChange('change the email to hello@lunastudio.com', business('email'))).changes).toEqual([{ op: 'replace', path: '/business/email', value: 'hello@lunastudio.com' }]);
    expect(await runQuestion('change the email to hello at luna', business('email'))).toMatch(/hello@example.com/);
  });
});

describe('address', () => {
  it('reads street and city, and fills the country of a known city', async () => {
    const { changes, proposal } = await runChange('We moved to 42 Harbor Street, Lisbon', business('address'));
    expect(changes).toEqual([
      { op: 'replace', path: '/business/address/street', value: '42 Harbor Street' },
      { op: 'replace', path: '/business/address/city', value: 'Lisbon' },
      { op: 'replace', path: '/business/address/region', value: '' },
      { op: 'replace', path: '/business/address/country', value: 'Portugal' },
    ]);
    expect(proposal.summary).toBe('Address → 42 Harbor Street, Lisbon, Portugal');
  });

  it('reads postal codes, regions and countries that are given', async () => {
    const austin = await runChange('Our new address is 500 Congress Ave, Austin, TX 78701', business('address'));
    expect(austin.after.business.address).toEqual({ street: '500 Congress Ave', city: 'Austin', region: 'TX', postalCode: '78701', country: 'United States' });
    const lisbon = await runChange('We moved to 12 Rua Augusta, 1100-053 Lisbon, Portugal', business('address'));
    expect(lisbon.after.business.address).toEqual({ street: '12 Rua Augusta', city: 'Lisbon', region: '', postalCode: '1100-053', country: 'Portugal' });
  });

  it('asks when no address is given', async () => {
    expect(await runQuestion('We moved to a bigger space', business('address'))).toMatch(/new address/);
  });
});

describe('opening hours', () => {
  it('closes the days named', async () => {
    const { changes, proposal } = await runChange("We're closed on Mondays now", business('hours'));
    expect(changes).toEqual(expect.arrayContaining([{ op: 'replace', path: '/business/hours/monday/closed', value: true }]));
    expect(changes.every((change) => change.path.startsWith('/business/hours/monday'))).toBe(true);
    expect(proposal.summary).toBe('Opening hours → Mon closed');
  });

  it('sets the times of the days named, and only those', async () => {
    const { after } = await runChange('Open Saturday 9am to 2pm', business('hours'));
    const before = editFixtureSite().business.hours!;
    expect(after.business.hours).toEqual({ ...before, saturday: { closed: false, open: '09:00', close: '14:00' } });
    const weekdays = await runChange('we are open weekdays 8-5', business('hours'));
    expect(weekdays.after.business.hours).toMatchObject({ monday: { open: '08:00', close: '17:00' }, friday: { open: '08:00', close: '17:00' }, saturday: before.saturday, sunday: { closed: true } });
  });

  it('builds a week when the site has none, but only from opening times', async () => {
    const site = structuredClone(editFixtureSite());
    delete site.business.hours;
    const withoutHours = parseSite(site);
    expect(await runQuestion("We're closed on Mondays now", business('hours'), withoutHours)).toMatch(/no opening hours yet/);
    const { after } = await runChange('Open Saturday 9am to 2pm', business('hours'), withoutHours);
    expect(after.business.hours).toMatchObject({ saturday: { closed: false, open: '09:00', close: '14:00' }, monday: { closed: true } });
  });

  it('asks when no day or time is given', async () => {
    expect(await runQuestion('change our opening hours', business('hours'))).toMatch(/Which days and times/);
  });
});

describe('social links and texts', () => {
  it.each([
    ['add our instagram: instagram.com/lunastudio', 'instagram', 'https://instagram.com/lunastudio'],
    ['@lunastudio on Instagram', 'instagram', 'https://instagram.com/lunastudio'],
    ["we're on instagram as @lunastudio", 'instagram', 'https://instagram.com/lunastudio'],
    ['add our tiktok @lunastudio', 'tiktok', 'https://tiktok.com/@lunastudio'],
    ['our facebook page is https://www.facebook.com/lunastudio.austin', 'facebook', 'https://facebook.com/lunastudio.austin'],
  ])('%s', async (prompt, network, url) => {
    expect((await runChange(prompt, business('socials'))).changes).toEqual([{ op: 'add', path: `/business/socials/${network}`, value: url }]);
  });

  it('asks for a profile it cannot build a link for', async () => {
    expect(await runQuestion('add our linkedin', business('socials'))).toMatch(/LinkedIn address/);
  });

  it('sets the tagline', async () => {
    expect((await runChange('change our tagline to Real moments, beautifully kept', business('tagline'))).changes)
      .toEqual([{ op: 'replace', path: '/business/tagline', value: 'Real moments, beautifully kept' }]);
  });
});
