import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pagehub from './eslint/plugin.js';

const SITE_ACCESS = "Routes reach a site's data only through the site handle: `const site = await sites.forSite(c, id, 'viewer')`, then site.history, site.deployments, … (src/http/site-access.ts); where no member acts, sites.forSystem(c, asSystem('why')).";

/** The site-scoped functions that site-handle.ts binds to one site; routes use the handle instead. */
const SITE_DATA_IMPORTS = [
  { name: '../../store/index.ts', importNames: ['createHistory', 'createSite', 'deleteSite', 'listSitesOf', 'touchPresence', 'leavePresence', 'listPresence', 'memberRole', 'accountNames', 'branchHeadId', 'createSiteEvents'], message: SITE_ACCESS },
  {
    name: '../../publish/index.ts',
    importNames: ['createDeployments', 'createFormDirectory', 'addDomain', 'listDomains', 'verifyDomain', 'removeDomain', 'recheckDomains', 'listSubmissions', 'deleteSubmission', 'storeSubmission', 'ownerEmails', 'isHostnameServed', 'notifyHostsChanged', 'takeDownSite', 'takedownRecipients', 'restoreSite', 'siteTakedownOf', 'requireNotTakenDown'],
    message: SITE_ACCESS,
  },
  { name: '../../auth/index.ts', importNames: ['requireSiteRole', 'listMembers', 'updateMember', 'inviteByEmail', 'createInvite', 'listInvites', 'revokeInvite'], message: SITE_ACCESS },
  { name: '../site-handle.ts', importNames: ['memberSiteHandle', 'systemAccess'], message: SITE_ACCESS },
  { name: '../site-access.ts', importNames: ['createSiteAccess'], message: SITE_ACCESS },
];

const NO_QUERIES_IN_ROUTES = [
  { selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]', message: `Routes do not query tables. ${SITE_ACCESS}` },
];
const NO_SQL_IN_ROUTES = { selector: "TaggedTemplateExpression[tag.name='sql']", message: `Routes do not query tables. ${SITE_ACCESS}` };

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'web/dist-*', 'test-results', 'out', '.pagehub', 'scratch', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // Tests read JSON answers whose shape they assert; typing every one would add noise, not safety.
    files: ['test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Areas behind front doors, and no import cycles between files (so none between areas either):
    // docs/architecture.md draws the areas and what each may use.
    files: ['src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}'],
    plugins: { pagehub },
    rules: {
      'pagehub/front-doors': 'error',
      'pagehub/no-cycle': 'error',
    },
  },
  {
    // Site access by construction (CONVENTIONS.md "Access"): routes reach a site's data only through the handle of
    // src/http/site-access.ts — sites.forSite(c, siteId, minimumRole), or sites.forSystem(c, asSystem(reason)) where
    // no member acts. The unbound site-scoped functions, and queries of their own, are kept out of routes/.
    files: ['src/http/routes/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: SITE_DATA_IMPORTS }],
      'no-restricted-syntax': ['error', ...NO_QUERIES_IN_ROUTES, NO_SQL_IN_ROUTES],
    },
  },
  {
    // The health check asks the database `SELECT 1`; it reads no site's data.
    files: ['src/http/routes/health.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_QUERIES_IN_ROUTES] },
  },
  {
    files: ['src/site/**', 'src/render/**', 'src/patch/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'crypto'], message: 'site/, render/ and patch/ are isomorphic: no Node built-ins.' }] }],
    },
  },
);
