import { sql as platform } from './0001-platform.ts';
import { sql as history } from './0002-history.ts';
import { sql as historyState } from './0003-history-state.ts';
import { sql as rateLimits } from './0004-rate-limits.ts';
import { sql as publishing } from './0005-publishing.ts';
import { sql as domainClaims } from './0006-domain-claims.ts';
import { sql as ai } from './0007-ai.ts';
import { sql as inviteEmail } from './0008-invite-email.ts';
import { sql as assets } from './0009-assets.ts';
import { sql as aiImages } from './0010-ai-images.ts';
import { sql as assetJobs } from './0011-asset-jobs.ts';
import { sql as chatTurns } from './0012-chat-turns.ts';
import { sql as presence } from './0013-presence.ts';
import { sql as refDisplayNames } from './0014-ref-display-names.ts';
import { sql as subdomainRedirects } from './0015-subdomain-redirects.ts';
import { sql as leads } from './0016-leads.ts';
import { sql as billing } from './0017-billing.ts';
import { sql as admin } from './0018-admin.ts';
import { sql as errorLog } from './0019-error-log.ts';
import { sql as errorValidation } from './0020-error-validation.ts';
import { sql as siteTakedowns } from './0021-site-takedowns.ts';

/** Numbered, append-only: never edit a released migration; add the next number. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'platform', sql: platform },
  { version: 2, name: 'history', sql: history },
  { version: 3, name: 'history-state', sql: historyState },
  { version: 4, name: 'rate-limits', sql: rateLimits },
  { version: 5, name: 'publishing', sql: publishing },
  { version: 6, name: 'domain-claims', sql: domainClaims },
  { version: 7, name: 'ai', sql: ai },
  { version: 8, name: 'invite-email', sql: inviteEmail },
  { version: 9, name: 'assets', sql: assets },
  { version: 10, name: 'ai-images', sql: aiImages },
  { version: 11, name: 'asset-jobs', sql: assetJobs },
  { version: 12, name: 'chat-turns', sql: chatTurns },
  { version: 13, name: 'presence', sql: presence },
  { version: 14, name: 'ref-display-names', sql: refDisplayNames },
  { version: 15, name: 'subdomain-redirects', sql: subdomainRedirects },
  { version: 16, name: 'leads', sql: leads },
  { version: 17, name: 'billing', sql: billing },
  { version: 18, name: 'admin', sql: admin },
  { version: 19, name: 'error-log', sql: errorLog },
  { version: 20, name: 'error-validation', sql: errorValidation },
  { version: 21, name: 'site-takedowns', sql: siteTakedowns },
];
