import { appError } from '../errors.ts';
import { type LocalizedText, resolveText, type Site } from '../site/index.ts';
import type { Db, DeploymentManifest, History } from '../store/index.ts';
import { PRODUCTION_CHANNEL } from './channels.ts';

/** One field of a published contact form, its wording resolved in the site's default locale. */
export interface LiveFormField {
  name: string;
  label: string;
  kind: 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'number' | 'select';
  required: boolean;
  /** For selects: every value a visitor may send — each option in each of the site's locales. */
  options: string[];
}

/** A contact form as the live production deployment of a site shows it to visitors. */
export interface LiveForm {
  siteId: string;
  /** The site's name as the deployment shows it. */
  siteName: string;
  formId: string;
  deploymentId: string;
  /** The site's default locale: the language of the published pages and of our answer pages. */
  locale: string;
  heading: string;
  successMessage: string;
  fields: LiveFormField[];
  /** The deployment's stylesheet (`/styles.<hash>.css`), so answer pages look like the site; null when unknown. */
  stylesheet: string | null;
  /** The deployment's favicon path, or null. */
  favicon: string | null;
  /** The title of the page the form is on, as visitors read it, and its path (`/`, `/contact/`). */
  pageTitle: string;
  pagePath: string;
  /** The page of this site the form sends visitors to after sending (its `thanksPage`), as a path; null for /thanks/. */
  thanksHref: string | null;
}

export interface FormDirectory {
  /** The live form `formId` of `siteId`; 404 FORM_NOT_FOUND when the site has no live deployment or no such form. */
  find(siteId: string, formId: string): Promise<LiveForm>;
  /** Every live form of `siteId` by id (empty when nothing is live): where each one is, for the inbox. */
  all(siteId: string): Promise<ReadonlyMap<string, LiveForm>>;
}

const CACHED_DEPLOYMENTS = 200;

function allTranslations(text: LocalizedText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** `/styles.<hash>.css` and the favicon from a deployment manifest, whichever way its keys are written. */
function assetsOf(manifest: DeploymentManifest): { stylesheet: string | null; favicon: string | null } {
  const paths = Object.keys(manifest ?? {}).map((key) => `/${key.replace(/^\/+/, '')}`);
  return {
    stylesheet: paths.find((path) => /^\/styles\.[0-9a-z]+\.css$/.test(path)) ?? null,
    favicon: paths.find((path) => path === '/favicon.svg') ?? null,
  };
}

function pathOf(page: { slug: string }): string {
  return page.slug === '' ? '/' : `/${page.slug}/`;
}

/** A form's `thanksPage` as a path on the site's host: a page of the site or a path on it; anything else is null. */
function thanksHrefOf(site: Site, formPagePath: string, thanksPage: string | undefined): string | null {
  if (!thanksPage) return null;
  const internal = /^page:([^#]+)(#.+)?$/.exec(thanksPage);
  if (internal) {
    const target = site.pages.find((page) => page.id === internal[1]);
    return target ? `${pathOf(target)}${internal[2] ?? ''}` : null;
  }
  if (thanksPage.startsWith('/') && !thanksPage.startsWith('//')) return thanksPage;
  if (thanksPage.startsWith('#')) return `${formPagePath}${thanksPage}`;
  return null;
}

/** Every visible contact form of a site document, keyed by section id. */
export function formsOf(site: Site, base: Pick<LiveForm, 'siteId' | 'deploymentId' | 'stylesheet' | 'favicon'>): Map<string, LiveForm> {
  const locale = site.locales.default;
  const forms = new Map<string, LiveForm>();
  for (const page of site.pages) {
    for (const section of page.sections) {
      if (section.type !== 'contactForm' || !section.visible) continue;
      const { props } = section;
      forms.set(section.id, {
        ...base,
        siteName: site.name,
        formId: section.id,
        locale,
        heading: resolveText(props.heading, locale),
        pageTitle: resolveText(page.title, locale),
        pagePath: pathOf(page),
        thanksHref: thanksHrefOf(site, pathOf(page), props.thanksPage),
        successMessage: resolveText(props.successMessage, locale),
        fields: props.fields.map((field) => ({
          name: field.name,
          label: resolveText(field.label, locale),
          kind: field.kind,
          required: field.required,
          options: field.options.flatMap(allTranslations),
        })),
      });
    }
  }
  return forms;
}

/**
 * Finds forms in what visitors actually see: the site's live production deployment (live_pointers →
 * deployments.commit_id → the document of that commit). A deployment never changes, so its forms are cached by
 * deployment id; the pointer itself is read on every call (one indexed query), so a rollback or unpublish takes
 * effect on the next submission.
 */
export function createFormDirectory({ db, history }: { db: Db; history: History }): FormDirectory {
  const cache = new Map<string, Map<string, LiveForm>>();

  async function formsOfDeployment(siteId: string, deploymentId: string, commitId: string): Promise<Map<string, LiveForm>> {
    const cached = cache.get(deploymentId);
    if (cached) {
      cache.delete(deploymentId);
      cache.set(deploymentId, cached);
      return cached;
    }
    const [document, deployment] = await Promise.all([
      history.getDocument(siteId, commitId),
      db.selectFrom('deployments').select('manifest').where('id', '=', deploymentId).executeTakeFirstOrThrow(),
    ]);
    const forms = formsOf(document, { siteId, deploymentId, ...assetsOf(deployment.manifest) });
    cache.set(deploymentId, forms);
    if (cache.size > CACHED_DEPLOYMENTS) cache.delete(cache.keys().next().value as string);
    return forms;
  }

  async function liveForms(siteId: string): Promise<Map<string, LiveForm> | null> {
    const live = await db
      .selectFrom('live_pointers')
      .innerJoin('deployments', 'deployments.id', 'live_pointers.deployment_id')
      .select(['deployments.id as deploymentId', 'deployments.commit_id as commitId'])
      .where('live_pointers.site_id', '=', siteId)
      .where('live_pointers.channel', '=', PRODUCTION_CHANNEL)
      .executeTakeFirst();
    return live ? formsOfDeployment(siteId, live.deploymentId, live.commitId) : null;
  }

  return {
    async all(siteId) {
      return (await liveForms(siteId)) ?? new Map();
    },
    async find(siteId, formId) {
      const forms = await liveForms(siteId);
      if (!forms) throw appError('FORM_NOT_FOUND', 'This site is not published, so its forms take no messages and yours was not sent. If you run the site, publish it, then send the form again.');
      const form = forms.get(formId);
      if (!form) throw appError('FORM_NOT_FOUND');
      return form;
    },
  };
}
