import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { checkSubmission, MAX_SUBMISSION_CHARS, submissionMail } from './forms.ts';
import { formsOf, type LiveForm } from './live-forms.ts';

function form(fields: LiveForm['fields']): LiveForm {
  return { siteId: 's', siteName: 'Site', formId: 'f', deploymentId: 'd', locale: 'en', heading: 'Contact', successMessage: 'Thanks', stylesheet: null, favicon: null, pageTitle: 'Contact', pagePath: '/contact/', thanksHref: null, fields };
}

const text = (name: string, required = false) => ({ name, label: name.toUpperCase(), kind: 'text' as const, required, options: [] });

describe('checkSubmission', () => {
  it('keeps only the form’s fields, trimmed, without control characters, with CRLF as LF', () => {
    const result = checkSubmission(form([text('name', true), { ...text('note'), kind: 'textarea' }]), [
      ['name', '  Ann\u0007 '],
      ['note', 'one\r\ntwo\rthree\tfour'],
      ['is_admin', 'true'],
      ['name', 'second value ignored'],
    ]);
    expect(result).toEqual({ kind: 'valid', data: { name: 'Ann', note: 'one\ntwo\nthree\tfour' } });
  });

  it('refuses a NUL byte or an unpaired surrogate, naming the field, rather than storing something else', () => {
    const fields = form([text('name', true), { ...text('note'), kind: 'textarea' }]);
    expect(checkSubmission(fields, [['name', 'Ann\u0000'], ['note', 'half \ud83d']])).toEqual({
      kind: 'invalid',
      errors: [
        { path: 'body/name', message: expect.stringMatching(/ contains a NUL character/) },
        { path: 'body/note', message: expect.stringMatching(/contains a broken character/) },
      ],
    });
  });

  it('treats a filled honeypot as spam, even when the rest is invalid; an empty one is fine', () => {
    expect(checkSubmission(form([text('name', true)]), [['_hp', 'x']])).toEqual({ kind: 'spam' });
    expect(checkSubmission(form([text('name', true)]), [['_hp', ''], ['name', 'Ann']])).toEqual({ kind: 'valid', data: { name: 'Ann' } });
  });

  it('takes one value per field when a form repeats a name, in order', () => {
    const result = checkSubmission(form([text('phone', true), { ...text('phone'), kind: 'tel' }]), [['phone', 'home'], ['phone', '+44 20 7946 0000']]);
    expect(result).toEqual({ kind: 'valid', data: { phone: 'home\n+44 20 7946 0000' } });
  });

  it('accepts a select option in any of the site’s languages, and refuses others', () => {
    const select = { name: 'topic', label: 'Topic', kind: 'select' as const, required: true, options: ['Cakes', 'Gâteaux'] };
    expect(checkSubmission(form([select]), [['topic', 'Gâteaux']]).kind).toBe('valid');
    expect(checkSubmission(form([select]), [['topic', 'Bread']])).toEqual({ kind: 'invalid', errors: [{ path: 'body/topic', message: 'Topic: Choose one of: Cakes, Gâteaux.' }] });
    expect(checkSubmission(form([select]), [['topic', '']])).toEqual({ kind: 'invalid', errors: [{ path: 'body/topic', message: 'Topic: this field is required.' }] });
  });

  it(`refuses more than ${MAX_SUBMISSION_CHARS} characters in all, even when each field is short enough`, () => {
    const fields = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ ...text(name), kind: 'textarea' as const }));
    const result = checkSubmission(form(fields), fields.map((field) => [field.name, 'x'.repeat(4_500)] as const));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.errors[0]?.path).toBe('body');
  });

  it('reads the forms of a document: visible contact forms only, wording in the default locale', () => {
    const site = sampleSite();
    const forms = formsOf(site, { siteId: 's', deploymentId: 'd', stylesheet: '/styles.abc.css', favicon: null });
    expect([...forms.keys()]).toHaveLength(1);
    const [section] = site.pages.flatMap((page) => page.sections).filter((entry) => entry.type === 'contactForm');
    section!.visible = false;
    expect(formsOf(site, { siteId: 's', deploymentId: 'd', stylesheet: null, favicon: null }).size).toBe(0);
  });

  it('names where the form is, and turns its thanksPage into a path on the same host (anything else: the /thanks/ page)', () => {
    const site = sampleSite();
    const page = site.pages.find((candidate) => candidate.sections.some((entry) => entry.type === 'contactForm'))!;
    const section = page.sections.find((entry) => entry.type === 'contactForm') as unknown as { id: string; props: { thanksPage?: string } };
    const thanksOf = (thanksPage: string | undefined) => {
      section.props.thanksPage = thanksPage;
      return formsOf(site, { siteId: 's', deploymentId: 'd', stylesheet: null, favicon: null }).get(section.id)!;
    };
    expect(thanksOf(undefined)).toMatchObject({ pageTitle: page.title, pagePath: page.slug === '' ? '/' : `/${page.slug}/`, thanksHref: null });
    expect(thanksOf('page:about').thanksHref).toBe('/about/');
    expect(thanksOf('page:home').thanksHref).toBe('/');
    expect(thanksOf('page:about#about-hero').thanksHref).toBe('/about/#about-hero');
    expect(thanksOf('/merci/').thanksHref).toBe('/merci/');
    expect(thanksOf('#top').thanksHref).toBe(`${page.slug === '' ? '/' : `/${page.slug}/`}#top`);
    expect(thanksOf('page:gone').thanksHref).toBeNull();
    expect(thanksOf('https://elsewhere.example/').thanksHref).toBeNull();
    expect(thanksOf('//elsewhere.example/').thanksHref).toBeNull();
  });
});

describe('submissionMail', () => {
  it('lists every field in form order, indents long answers, and says whom to answer', () => {
    const mail = submissionMail(
      form([text('name'), { ...text('email'), kind: 'email' }, { ...text('message'), kind: 'textarea' }]),
      { id: '1', formId: 'f', data: { email: 'ann@example.com', message: 'Hello\nthere' }, ip: null, userAgent: null, createdAt: new Date('2026-11-22T10:00:00Z'), readAt: null },
      'owner@example.com',
      { pageUrl: 'https://site.example/contact/', dashboardUrl: 'https://pagehub.example', inboxUrl: 'https://pagehub.example/sites/s/inbox' },
    );
    expect(mail.to).toBe('owner@example.com');
    expect(mail.text).toBe(
      [
        'A visitor sent the form "Contact" on Site (https://site.example/contact/).',
        '',
        'NAME: (empty)',
        'EMAIL: ann@example.com',
        'MESSAGE:',
        '    Hello',
        '    there',
        '',
        'To answer, write to ann@example.com.',
        '',
        'Received 2026-11-22 10:00 UTC; every message is kept in PageHub: https://pagehub.example/sites/s/inbox',
        'You receive a mail for each message to Site. To get one summary a day, or no mail, change it under Messages in PageHub.',
        '',
      ].join('\n'),
    );
  });
});
