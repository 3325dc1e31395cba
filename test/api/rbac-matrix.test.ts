// Every route × every kind of caller, with the exact status expected. Each call that is to change something runs
// against a fresh site A (owner, editor and viewer members) so that no case depends on another; the callers a case
// expects to be refused share one fresh site A (a refusal changes nothing — and one that did would be no better
// seen on a site of its own); reads (GET) share one site A per kind of preparation, since they change nothing.
// A platform admin and a member of another site get 404 on site A like anyone who is not a member. The last test
// checks that the matrix covers every route in the OpenAPI document.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorLog, errorFingerprint } from '../../src/admin/index.ts';
import { createLogger } from '../../src/logger.ts';
import { backends } from '../support/backends.ts';
import { addMember } from '../support/members.ts';
import { publishDirectly } from '../support/publish-directly.ts';
import { apiRequest, openTestApp, signUp, TEST_PUBLIC_URL, type TestApp } from '../support/test-app.ts';

/** A small photo: its variants are 48 pixels wide. */
const picture = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#b45309' } }).jpeg().toBuffer();

const CALLERS = ['anonymous', 'viewer', 'editor', 'owner', 'outsider', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

interface SiteFixture {
  id: string;
  root: string;
  head: string;
  featureBranch: string;
  inviteId: string;
  inviteToken: string;
  /** With prepare 'invitation': a pending invitation by email. */
  invitationId: string;
  /** A viewer whose role the member routes change or remove (removing yourself is leaving, tested elsewhere). */
  targetMember: string;
  /** A pending custom domain of the site. */
  hostname: string;
  /** With prepare 'submission': the id of a stored form submission. */
  submissionId: string;
  /** With prepare 'published': the id of the site's live deployment. */
  deploymentId: string;
  /** With prepare 'job': a generation job the owner started. */
  jobId: string;
  /** With prepare 'asset': a picture in the site's library. */
  assetId: string;
}

interface Case {
  method: string;
  /** OpenAPI path template, e.g. /api/sites/{id}. */
  route: string;
  /** Expected status per caller, in CALLERS order. */
  expected: [number, number, number, number, number, number];
  /** What to prepare on site A before the call (as its owner). */
  prepare?: 'change' | 'undone' | 'submission' | 'published' | 'job' | 'asset' | 'invitation' | 'taken-down';
  /** `upload`: the body is a multipart form with a small picture in "file". */
  request(site: SiteFixture, counter: number): { path: string; body?: unknown; upload?: true };
}

const SITE_PATH = (site: SiteFixture) => `/api/sites/${site.id}`;

/** The account the operator routes act on (signed up in beforeAll). */
const ADMIN_SUBJECT = { userId: '' };
/** A group in the error log, so the admin reads one (everyone else still gets 404). */
const ERROR_SUBJECT = { fingerprint: '' };

const CASES: Case[] = [
  { method: 'POST', route: '/api/sites', expected: [401, 201, 201, 201, 201, 201], request: (_site, counter) => ({ path: '/api/sites', body: { subdomain: `new-site-${counter}`, name: 'New site' } }) },
  { method: 'GET', route: '/api/sites', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/sites' }) },
  { method: 'GET', route: '/api/sites/{id}', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: SITE_PATH(site) }) },
  { method: 'PATCH', route: '/api/sites/{id}', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: SITE_PATH(site), body: { name: 'Renamed site' } }) },
  { method: 'DELETE', route: '/api/sites/{id}', expected: [401, 403, 403, 204, 404, 404], request: (site) => ({ path: SITE_PATH(site) }) },
  { method: 'POST', route: '/api/sites/{id}/commits', expected: [401, 403, 201, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/commits`, body: { branch: 'main', base: site.head, patch: [{ op: 'replace', path: '/business/tagline', value: 'Changed' }] } }) },
  { method: 'POST', route: '/api/sites/{id}/edit', expected: [401, 403, 201, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/edit`, body: { prompt: 'Use #1E3A8A as the primary colour', base: site.head } }) },
  { method: 'GET', route: '/api/sites/{id}/chat', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/chat?branch=main` }) },
  { method: 'GET', route: '/api/sites/{id}/commits', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/commits?branch=main` }) },
  { method: 'GET', route: '/api/sites/{id}/commits/{commit}', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/commits/${site.root}` }) },
  { method: 'GET', route: '/api/sites/{id}/diff', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/diff?from=${site.root}&to=${site.head}` }) },
  { method: 'GET', route: '/api/sites/{id}/undo-state', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/undo-state?branch=main` }) },
  { method: 'POST', route: '/api/sites/{id}/undo', prepare: 'change', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/undo`, body: { branch: 'main' } }) },
  { method: 'POST', route: '/api/sites/{id}/redo', prepare: 'undone', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/redo`, body: { branch: 'main' } }) },
  { method: 'POST', route: '/api/sites/{id}/rollback', prepare: 'change', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/rollback`, body: { branch: 'main', to: site.root } }) },
  { method: 'GET', route: '/api/sites/{id}/branches', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/branches` }) },
  { method: 'POST', route: '/api/sites/{id}/branches', expected: [401, 403, 201, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/branches`, body: { name: 'experiment', from: site.head } }) },
  { method: 'DELETE', route: '/api/sites/{id}/branches/{name}', expected: [401, 403, 204, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/branches/${site.featureBranch}` }) },
  { method: 'POST', route: '/api/sites/{id}/branches/{name}/merge', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/branches/${site.featureBranch}/merge`, body: { into: 'main' } }) },
  { method: 'GET', route: '/api/sites/{id}/tags', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/tags` }) },
  { method: 'POST', route: '/api/sites/{id}/tags', expected: [401, 403, 201, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/tags`, body: { name: 'launch', commit: site.head } }) },
  { method: 'GET', route: '/api/sites/{id}/members', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/members` }) },
  { method: 'POST', route: '/api/sites/{id}/members', expected: [401, 403, 403, 202, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/members`, body: { email: 'newcomer@example.com', role: 'viewer' } }) },
  { method: 'PATCH', route: '/api/sites/{id}/members/{userId}', expected: [401, 403, 403, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/members/${site.targetMember}`, body: { role: 'editor' } }) },
  { method: 'DELETE', route: '/api/sites/{id}/members/{userId}', expected: [401, 403, 403, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/members/${site.targetMember}` }) },
  { method: 'POST', route: '/api/sites/{id}/invites', expected: [401, 403, 403, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/invites`, body: { role: 'editor', expiresInHours: 24, maxUses: 1 } }) },
  { method: 'GET', route: '/api/sites/{id}/invites', expected: [401, 403, 403, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/invites` }) },
  { method: 'DELETE', route: '/api/sites/{id}/invites/{inviteId}', expected: [401, 403, 403, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/invites/${site.inviteId}` }) },
  { method: 'POST', route: '/api/sites/{id}/invites/{inviteId}/resend', prepare: 'invitation', expected: [401, 403, 403, 202, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/invites/${site.invitationId}/resend` }) },
  { method: 'GET', route: '/api/invites/{token}', expected: [200, 200, 200, 200, 200, 200], request: (site) => ({ path: `/api/invites/${site.inviteToken}` }) },
  { method: 'POST', route: '/api/invites/{token}/accept', expected: [401, 200, 200, 200, 200, 200], request: (site) => ({ path: `/api/invites/${site.inviteToken}/accept` }) },
  { method: 'GET', route: '/api/subdomains/{subdomain}', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/subdomains/some-free-name' }) },
  { method: 'POST', route: '/api/forms/{siteId}/{formId}', prepare: 'submission', expected: [200, 200, 200, 200, 200, 200], request: (site) => ({ path: `/api/forms/${site.id}/contact-form`, body: { name: 'Ann', email: 'ann@example.com', message: 'Hello' } }) },
  { method: 'GET', route: '/api/forms/{siteId}/thanks', prepare: 'published', expected: [200, 200, 200, 200, 200, 200], request: (site) => ({ path: `/api/forms/${site.id}/thanks?from=%2Fcontact%2F` }) },
  { method: 'GET', route: '/api/sites/{id}/submissions', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/submissions` }) },
  { method: 'GET', route: '/api/sites/{id}/submissions.csv', prepare: 'submission', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/submissions.csv` }) },
  { method: 'PATCH', route: '/api/sites/{id}/submissions/{submissionId}', prepare: 'submission', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/submissions/${site.submissionId}`, body: { read: true } }) },
  { method: 'DELETE', route: '/api/sites/{id}/submissions/{submissionId}', prepare: 'submission', expected: [401, 403, 403, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/submissions/${site.submissionId}` }) },
  { method: 'GET', route: '/api/sites/{id}/lead-notifications', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/lead-notifications` }) },
  { method: 'PUT', route: '/api/sites/{id}/lead-notifications', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/lead-notifications`, body: { leadMail: 'daily' } }) },
  { method: 'POST', route: '/api/sites/{id}/domains', expected: [401, 403, 403, 201, 404, 404], request: (site, counter) => ({ path: `${SITE_PATH(site)}/domains`, body: { hostname: `new-${counter}.example-shop.com` } }) },
  { method: 'GET', route: '/api/sites/{id}/domains', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/domains` }) },
  { method: 'POST', route: '/api/sites/{id}/domains/{hostname}/verify', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/domains/${site.hostname}/verify` }) },
  { method: 'DELETE', route: '/api/sites/{id}/domains/{hostname}', expected: [401, 403, 403, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/domains/${site.hostname}` }) },
  { method: 'POST', route: '/api/sites/{id}/assets', expected: [401, 403, 201, 201, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets`, upload: true }) },
  { method: 'GET', route: '/api/sites/{id}/assets', prepare: 'asset', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets` }) },
  { method: 'GET', route: '/api/sites/{id}/assets/{assetId}', prepare: 'asset', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets/${site.assetId}` }) },
  { method: 'GET', route: '/api/sites/{id}/assets/{assetId}/{file}', prepare: 'asset', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets/${site.assetId}/48.webp` }) },
  { method: 'GET', route: '/api/sites/{id}/assets/{assetId}/palette', prepare: 'asset', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets/${site.assetId}/palette` }) },
  { method: 'PATCH', route: '/api/sites/{id}/assets/{assetId}', prepare: 'asset', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets/${site.assetId}`, body: { alt: 'A loaf' } }) },
  { method: 'DELETE', route: '/api/sites/{id}/assets/{assetId}', prepare: 'asset', expected: [401, 403, 204, 204, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/assets/${site.assetId}` }) },
  { method: 'POST', route: '/api/sites/{id}/publish', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/publish`, body: { branch: 'main', confirmSamples: true } }) },
  { method: 'GET', route: '/api/sites/{id}/deployments', prepare: 'published', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/deployments` }) },
  { method: 'POST', route: '/api/sites/{id}/deployments/{deployId}/activate', prepare: 'published', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/deployments/${site.deploymentId}/activate` }) },
  { method: 'POST', route: '/api/sites/{id}/unpublish', prepare: 'published', expected: [401, 403, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/unpublish` }) },
  { method: 'POST', route: '/api/sites/generate', expected: [401, 202, 202, 202, 202, 202], request: (_site, counter) => ({ path: '/api/sites/generate', body: { prompt: 'A family bakery in Porto.', subdomain: `generated-${counter}` } }) },
  { method: 'GET', route: '/api/jobs/{id}', prepare: 'job', expected: [401, 404, 404, 200, 404, 404], request: (site) => ({ path: `/api/jobs/${site.jobId}` }) },
  { method: 'GET', route: '/api/jobs/{id}/events', prepare: 'job', expected: [401, 404, 404, 200, 404, 404], request: (site) => ({ path: `/api/jobs/${site.jobId}/events` }) },
  { method: 'GET', route: '/api/sites/{id}/live', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/live?branch=main` }) },
  { method: 'POST', route: '/api/sites/{id}/presence', expected: [401, 204, 204, 204, 404, 404], request: (site, counter) => ({ path: `${SITE_PATH(site)}/presence`, body: { tabId: `tab-${counter}`, branch: 'main', sectionId: null } }) },
  { method: 'DELETE', route: '/api/sites/{id}/presence/{tabId}', expected: [401, 204, 204, 204, 404, 404], request: (site, counter) => ({ path: `${SITE_PATH(site)}/presence/tab-${counter}` }) },
  { method: 'GET', route: '/api/tls/ask', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/tls/ask?domain=app.localhost' }) },
  { method: 'GET', route: '/api/fonts/{file}', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/fonts/inter-latin-400-normal.woff2' }) },
  { method: 'GET', route: '/api/templates', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/templates' }) },
  // Billing is off here (no STRIPE_SECRET_KEY): nothing to buy (404 BILLING_OFF); test/billing/ covers it switched on.
  { method: 'GET', route: '/api/billing', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/billing' }) },
  { method: 'GET', route: '/api/billing/invoices', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/billing/invoices' }) },
  { method: 'POST', route: '/api/billing/checkout', expected: [401, 404, 404, 404, 404, 404], request: () => ({ path: '/api/billing/checkout', body: { plan: 'starter' } }) },
  { method: 'POST', route: '/api/billing/portal', expected: [401, 404, 404, 404, 404, 404], request: () => ({ path: '/api/billing/portal' }) },
  { method: 'POST', route: '/api/billing/webhook', expected: [404, 404, 404, 404, 404, 404], request: () => ({ path: '/api/billing/webhook', body: { id: 'evt_forged', type: 'invoice.paid' } }) },
  { method: 'GET', route: '/api/sites/{id}/payment', expected: [401, 200, 200, 200, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/payment` }) },
  { method: 'POST', route: '/api/sites/{id}/payment', expected: [401, 403, 403, 404, 404, 404], request: (site) => ({ path: `${SITE_PATH(site)}/payment` }) },
  // The operator's API: the platform admin only; everyone else gets the 404 of an unknown address.
  { method: 'GET', route: '/api/admin/jobs', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/jobs' }) },
  { method: 'POST', route: '/api/admin/jobs/{queue}/{jobId}/retry', expected: [404, 404, 404, 404, 404, 404], request: () => ({ path: '/api/admin/jobs/site-generation/2f1c7f0e-8a3b-4c55-9d5e-1b2a3c4d5e6f/retry' }) },
  { method: 'POST', route: '/api/admin/jobs/{queue}/{jobId}/discard', expected: [404, 404, 404, 404, 404, 404], request: () => ({ path: '/api/admin/jobs/site-generation/2f1c7f0e-8a3b-4c55-9d5e-1b2a3c4d5e6f/discard' }) },
  { method: 'GET', route: '/api/notices', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/notices' }) },
  { method: 'GET', route: '/api/admin/settings', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/settings' }) },
  { method: 'PUT', route: '/api/admin/settings', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/settings', body: { flags: { maintenanceBanner: 'Back soon' } } }) },
  { method: 'GET', route: '/api/admin/dashboard', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/dashboard?range=7d' }) },
  { method: 'GET', route: '/api/admin/accounts', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/accounts?q=example' }) },
  { method: 'GET', route: '/api/admin/accounts/{userId}', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: `/api/admin/accounts/${ADMIN_SUBJECT.userId}` }) },
  { method: 'PUT', route: '/api/admin/accounts/{userId}/limits', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: `/api/admin/accounts/${ADMIN_SUBJECT.userId}/limits`, body: { limits: { customDomains: 3 } } }) },
  { method: 'POST', route: '/api/admin/accounts/{userId}/password-reset', expected: [404, 404, 404, 404, 404, 202], request: () => ({ path: `/api/admin/accounts/${ADMIN_SUBJECT.userId}/password-reset` }) },
  { method: 'POST', route: '/api/admin/accounts/{userId}/suspend', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: `/api/admin/accounts/${ADMIN_SUBJECT.userId}/suspend`, body: { reason: 'Spam sites' } }) },
  { method: 'POST', route: '/api/admin/accounts/{userId}/unsuspend', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: `/api/admin/accounts/${ADMIN_SUBJECT.userId}/unsuspend` }) },
  { method: 'GET', route: '/api/admin/sites', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/sites?q=site' }) },
  { method: 'POST', route: '/api/admin/sites/{id}/unpublish', prepare: 'published', expected: [404, 404, 404, 404, 404, 200], request: (site) => ({ path: `/api/admin/sites/${site.id}/unpublish`, body: { reason: 'Phishing reported' } }) },
  { method: 'POST', route: '/api/admin/sites/{id}/restore', prepare: 'taken-down', expected: [404, 404, 404, 404, 404, 200], request: (site) => ({ path: `/api/admin/sites/${site.id}/restore` }) },
  { method: 'GET', route: '/api/admin/sites/{id}/history', expected: [404, 404, 404, 404, 404, 200], request: (site) => ({ path: `/api/admin/sites/${site.id}/history` }) },
  { method: 'GET', route: '/api/admin/audit', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/audit?action=site.' }) },
  { method: 'GET', route: '/api/admin/audit.csv', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/audit.csv' }) },
  { method: 'GET', route: '/api/admin/ai/providers', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/ai/providers' }) },
  { method: 'GET', route: '/api/admin/ai/costs', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/ai/costs?groupBy=user' }) },
  { method: 'GET', route: '/api/admin/ai/costs.csv', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/ai/costs.csv?groupBy=day' }) },
  { method: 'GET', route: '/api/admin/webhooks', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/webhooks' }) },
  { method: 'POST', route: '/api/admin/webhooks/{eventId}/reprocess', expected: [404, 404, 404, 404, 404, 404], request: () => ({ path: '/api/admin/webhooks/evt_unknown/reprocess' }) },
  { method: 'GET', route: '/api/admin/errors', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/errors?kind=http' }) },
  { method: 'GET', route: '/api/admin/errors/{fingerprint}', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: `/api/admin/errors/${ERROR_SUBJECT.fingerprint}` }) },
  { method: 'GET', route: '/api/admin/plans', expected: [404, 404, 404, 404, 404, 200], request: () => ({ path: '/api/admin/plans' }) },
  { method: 'GET', route: '/api/auth/providers', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/auth/providers' }) },
  { method: 'GET', route: '/api/account/sessions', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/account/sessions' }) },
  { method: 'DELETE', route: '/api/account/sessions/{sessionId}', expected: [401, 404, 404, 404, 404, 404], request: () => ({ path: '/api/account/sessions/no-such-session' }) },
  { method: 'DELETE', route: '/api/account/sessions', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/account/sessions' }) },
  { method: 'GET', route: '/api/account/export', expected: [401, 200, 200, 200, 200, 200], request: () => ({ path: '/api/account/export' }) },
  // A mistyped confirmation: nobody's account is deleted (test/api/account.test.ts deletes them).
  { method: 'DELETE', route: '/api/account', expected: [401, 400, 400, 400, 400, 400], request: () => ({ path: '/api/account', body: { confirmEmail: 'not-my-address@example.com', sites: {} } }) },
  { method: 'GET', route: '/api/health', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/health' }) },
  { method: 'GET', route: '/api/openapi.json', expected: [200, 200, 200, 200, 200, 200], request: () => ({ path: '/api/openapi.json' }) },
];

// On PostgreSQL, the production database, only: who may call what is decided above the store, and the API suites
// run the routes on PGlite as well. The matrix on both backends took a minute and a half of CI's time.
const MATRIX_BACKENDS = backends.filter((backend) => backend.name === 'postgres');

describe.each(MATRIX_BACKENDS)('RBAC matrix on $name', (backend) => {
  let harness: TestApp;
  const users = {} as Record<Caller, { userId: string; cookie: string }>;
  let counter = 0;
  let target = { userId: '', cookie: '' };

  const call = async (caller: Caller, method: string, path: string, body?: unknown, upload?: true) => {
    const cookie = caller === 'anonymous' ? undefined : users[caller].cookie;
    if (upload) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), 'loaf.jpg');
      return harness.app.request(new Request(new URL(path, TEST_PUBLIC_URL), { method, headers: { origin: TEST_PUBLIC_URL, ...(cookie ? { cookie } : {}) }, body: form }));
    }
    return harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
  };
  const ownerJson = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await call('owner', method, path, body);
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? {} : await response.json()) as any;
  };

  /** Site A with viewer and editor members, a feature branch one commit ahead, and an editor invite. */
  const freshSite = async (prepare?: Case['prepare']): Promise<SiteFixture> => {
    counter += 1;
    const created = await ownerJson('POST', '/api/sites', { subdomain: `site-a-${counter}`, name: 'Site A' }) as { id: string; head: string };
    for (const role of ['viewer', 'editor'] as const) await addMember(harness, created.id, users.owner.cookie, { email: `${role}@example.com`, cookie: users[role].cookie }, role);
    await addMember(harness, created.id, users.owner.cookie, { email: 'target@example.com', cookie: target.cookie }, 'viewer');
    await ownerJson('POST', `/api/sites/${created.id}/branches`, { name: 'feature', from: created.head });
    const feature = await ownerJson('POST', `/api/sites/${created.id}/commits`, { branch: 'feature', base: created.head, patch: [{ op: 'replace', path: '/business/description', value: 'From the feature branch' }] }) as { commit: { id: string } };
    expect(feature.commit.id).toBeTruthy();
    let head = created.head;
    let submissionId = '';
    if (prepare === 'submission') {
      // Published by inserting the deployment and live pointer directly: forms only read the live commit.
      await publishDirectly(harness.database.db, created.id, head);
      const stored = await harness.database.db.insertInto('form_submissions').values({ site_id: created.id, form_id: 'contact-form', data: JSON.stringify({ name: 'Ann' }), ip: null, user_agent: null }).returning('id').executeTakeFirstOrThrow();
      submissionId = String(stored.id);
    } else if (prepare === 'invitation') {
      // Nothing on the site changes; only the invitation below is prepared.
    } else if (prepare === 'taken-down') {
      // A platform admin took it down for abuse; only the admin may restore it.
      const takenDown = await call('admin', 'POST', `/api/admin/sites/${created.id}/unpublish`, { reason: 'Phishing reported' });
      expect(takenDown.status).toBe(200);
    } else if (prepare) {
      const change = await ownerJson('POST', `/api/sites/${created.id}/commits`, { branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value: 'Prepared' }] }) as { commit: { id: string } };
      head = change.commit.id;
      if (prepare === 'undone') head = ((await ownerJson('POST', `/api/sites/${created.id}/undo`, { branch: 'main' })) as { commit: { id: string } }).commit.id;
    }
    const deploymentId = prepare === 'published' ? ((await ownerJson('POST', `/api/sites/${created.id}/publish`, { confirmSamples: true })) as { deployment: { id: string } }).deployment.id : '';
    const jobId = prepare === 'job' ? ((await ownerJson('POST', '/api/sites/generate', { prompt: 'A family bakery in Porto.', subdomain: `job-site-${counter}` })) as { jobId: string }).jobId : '';
    const assetId = prepare === 'asset' ? ((await (await call('owner', 'POST', `/api/sites/${created.id}/assets`, undefined, true)).json()) as { asset: { id: string } }).asset.id : '';
    const invite = await ownerJson('POST', `/api/sites/${created.id}/invites`, { role: 'editor', expiresInHours: 24, maxUses: 5 }) as { id: string; token: string };
    const invitationId = prepare === 'invitation' ? ((await ownerJson('POST', `/api/sites/${created.id}/members`, { email: `invited-${counter}@example.com`, role: 'viewer' })) as { invitation: { id: string } }).invitation.id : '';
    const hostname = `shop.site-a-${counter}.example-shop.com`;
    await ownerJson('POST', `/api/sites/${created.id}/domains`, { hostname });
    return { hostname, id: created.id, root: created.head, head, featureBranch: 'feature', inviteId: invite.id, inviteToken: invite.token, invitationId, targetMember: target.userId, submissionId, deploymentId, jobId, assetId };
  };
  /** Reads change nothing: they share one site per kind of preparation. */
  const sharedSites = new Map<string, Promise<SiteFixture>>();
  /** The site for one call of `entry`; `refused`: where the case keeps the one its refused callers share. */
  const siteFor = (entry: Case, isRefused: boolean, refused: { site?: Promise<SiteFixture> }) => {
    if (entry.method !== 'GET') return isRefused ? (refused.site ??= freshSite(entry.prepare)) : freshSite(entry.prepare);
    const key = entry.prepare ?? 'none';
    if (!sharedSites.has(key)) sharedSites.set(key, freshSite(entry.prepare));
    return sharedSites.get(key)!;
  };

  beforeAll(async () => {
    // Domain checks ask a closed local port: refused at once, so the verify route answers without waiting on DNS.
    // Generation jobs run in-process here; the allowance is raised because every case starts some.
    harness = await openTestApp(backend, { DNS_SERVERS: '127.0.0.1:9', AI_GENERATIONS_PER_HOUR: '1000' });
    for (const caller of ['admin', 'owner', 'editor', 'viewer', 'outsider'] as const) users[caller] = await signUp(harness.app, `${caller}@example.com`);
    await signUp(harness.app, 'newcomer@example.com');
    target = await signUp(harness.app, 'target@example.com');
    ADMIN_SUBJECT.userId = (await signUp(harness.app, 'subject@example.com')).userId;
    const failure = new Error('The matrix’s sample failure');
    await createErrorLog({ db: harness.database.db, logger: createLogger('silent') }).record({ source: 'http', error: failure, route: 'GET /api/sites/:id' });
    ERROR_SUBJECT.fingerprint = errorFingerprint(failure, 'GET /api/sites/:id', 'http');
    const outsiderSite = await call('outsider', 'POST', '/api/sites', { subdomain: 'site-b', name: 'Site B' });
    expect(outsiderSite.status).toBe(201);
  }, 120_000);
  afterAll(() => harness?.close());

  it.each(CASES.map((entry) => [`${entry.method} ${entry.route}`, entry] as const))('%s', async (_name, entry) => {
    const unexpected: string[] = [];
    const refused: { site?: Promise<SiteFixture> } = {};
    for (const [index, caller] of CALLERS.entries()) {
      const expected = entry.expected[index]!;
      const site = await siteFor(entry, expected >= 400, refused);
      const { path, body, upload } = entry.request(site, counter * 10 + index);
      const response = await call(caller, entry.method, path, body, upload);
      if (response.status !== expected) unexpected.push(`${caller}: expected ${expected}, got ${response.status} ${await response.text()}`.slice(0, 300));
      if (response.status >= 400) expect(response.headers.get('content-type')).toContain('application/problem+json');
      if (!response.bodyUsed) await response.body?.cancel(); // ends an event stream
    }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('covers every route of the OpenAPI document (better-auth aside)', async () => {
    const document = (await (await call('anonymous', 'GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths)
      .filter(([path]) => !path.startsWith('/api/auth/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set(CASES.map((entry) => `${entry.method} ${entry.route}`));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });
});
