// The AI journey end to end, on both backends with pg-boss working the queue: generate a site through the job
// API (offline), poll it to success, edit it by chat five times, undo twice, and check the document and history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('generate, chat, undo on $name', (backend) => {
  let harness: TestApp;
  let cookie: string;

  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), cookie }));
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, {}, { startQueue: true });
    cookie = (await signUp(harness.app, 'journey@example.com')).cookie;
  }, 60_000);
  afterAll(() => harness?.close());

  it('ends with the three edits that were not undone, and a history that tells the story', async () => {
    const started = await call('POST', '/api/sites/generate', { prompt: 'Luna Bakery, a warm family bakery in Austin, Texas. Open Tuesday to Sunday 7am to 3pm. Call (512) 555-0199.', subdomain: 'luna-bakery' });
    expect(started.status).toBe(202);
    let job = started.body;
    for (let attempt = 0; attempt < 100 && !['succeeded', 'failed'].includes(job.status); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await call('GET', `/api/jobs/${started.body.jobId}`)).body;
    }
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, result: { subdomain: 'luna-bakery' } });
    const siteId = job.result.siteId as string;
    const generated = (await call('GET', `/api/sites/${siteId}`)).body;
    expect(generated.document.business).toMatchObject({ name: 'Luna Bakery', phone: '(512) 555-0199' });
    expect(generated.document.business.address.city).toBe('Austin');

    const prompts = [
      'Change the headline to "Fresh bread every morning"',
      'make the primary color green',
      'Add a testimonials section',
      'Our phone number is (555) 010-2030',
      'Rename the About page to Our Story',
    ];
    let head = generated.head.id as string;
    const summaries: string[] = [];
    for (const prompt of prompts) {
      const edited = await call('POST', `/api/sites/${siteId}/edit`, { prompt, base: head });
      expect(edited.status, JSON.stringify(edited.body)).toBe(201);
      expect(edited.body.commit.source).toBe('ai');
      head = edited.body.commit.id;
      summaries.push(edited.body.summary);
    }
    for (let undo = 0; undo < 2; undo += 1) {
      const undone = await call('POST', `/api/sites/${siteId}/undo`, { branch: 'main' });
      expect(undone.status).toBe(200);
    }

    const { document } = (await call('GET', `/api/sites/${siteId}`)).body;
    const before = generated.document;
    const home = document.pages[0];
    expect(home.sections[0].props.heading).toBe('Fresh bread every morning');
    expect(document.theme.colors.primary).not.toBe(before.theme.colors.primary);
    expect(home.sections.filter((section: { type: string }) => section.type === 'testimonials')).toHaveLength(before.pages[0].sections.filter((section: { type: string }) => section.type === 'testimonials').length + 1);
    expect(document.business.phone).toBe('(512) 555-0199');
    expect(document.pages.find((page: { slug: string }) => page.slug === 'about').title).toBe(before.pages.find((page: { slug: string }) => page.slug === 'about').title);

    const log = (await call('GET', `/api/sites/${siteId}/commits`)).body.commits as { source: string; summary: string; author: string | null }[];
    expect(log.map((commit) => commit.source)).toEqual(['editor', 'editor', 'ai', 'ai', 'ai', 'ai', 'ai', 'ai']);
    expect(log.slice(2, 7).map((commit) => commit.summary)).toEqual([...summaries].reverse());
    expect(log.at(-1)!.summary).toMatch(/^Generated from/);
  });
});
