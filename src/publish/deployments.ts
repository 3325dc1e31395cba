// Deployments: the rendered output of one commit, stored as content-addressed blobs and recorded once
// (UNIQUE(site_id, commit_id, badge)), never changed. Going live, rolling back and unpublishing move one pointer per
// channel, in the same transaction as the NOTIFY that tells every process's site server.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import { AppError, appError } from '../errors.ts';
import { render } from '../render/index.ts';
import { findPicturesWithoutAlt, findSamples, type Site } from '../site/index.ts';
import type { Db, DeploymentManifest, History } from '../store/index.ts';
import { publishedIcons } from './published-icons.ts';
import { publishedFonts } from './published-fonts.ts';
import { publishedImages } from './published-images.ts';
import type { BlobStore } from '../assets/index.ts';
import { createFontFiles, type FontFiles } from './font-files.ts';
import { channelOf, MAIN_BRANCH, PRODUCTION_CHANNEL, siteUrl } from './channels.ts';
import { contentTypeOf } from './content-type.ts';
import { headStyleSources } from './head-styles.ts';
import { notifyHostsChanged } from './host-events.ts';
import { requireNotTakenDown } from './site-takedowns.ts';

export interface Deployment {
  id: string;
  siteId: string;
  commit: string;
  /** The branch it was first published from. */
  branch: string | null;
  createdBy: string | null;
  createdAt: Date;
  /** Number of files and their total size in bytes. */
  files: number;
  bytes: number;
}

export interface PublishInput {
  siteId: string;
  /** Default main (production); another branch publishes its preview. */
  branch?: string;
  /** Default: the branch head. */
  commit?: string;
  /** The person saw the samples still on the site (findSamples) and publishes them anyway. */
  confirmSamples?: boolean;
  /** The pages carry the "Made with PageHub" link (the site's plan says so; billing decides). */
  badge?: boolean;
  actor: string | null;
}

export interface PublishResult {
  deployment: Deployment;
  /** `production` or `branch:<name>`. */
  channel: string;
  /** Where it is live now. */
  url: string;
  /** Whether the commit had been published before, so nothing was rendered or stored. */
  isReused: boolean;
}

export interface DeploymentList {
  /** Newest first; `live` names the channels each one is live on. */
  deployments: (Deployment & { live: string[] })[];
  /** Channel → live deployment id. */
  live: Record<string, string>;
  /** Pass as `before` for the next (older) page. */
  nextCursor: string | null;
}

export interface DeploymentsDeps {
  db: Db;
  history: History;
  blobs: BlobStore;
  config: Pick<Config, 'PLATFORM_DOMAIN' | 'PORT' | 'publicUrl'>;
  /** The curated web fonts' files; default: the @fontsource packages in node_modules. */
  fonts?: FontFiles;
  clock?: () => Date;
  newId?: () => string;
  /**
   * Called once a pointer move has committed, so this process's site server is current before the caller
   * answers (other processes hear the NOTIFY).
   */
  onHostsChanged?: (siteId: string) => Promise<void>;
}

type DeploymentRow = { id: string; site_id: string; commit_id: string; branch: string | null; created_by: string | null; created_at: Date; manifest: DeploymentManifest };

function toDeployment(row: DeploymentRow): Deployment {
  const entries = Object.values(row.manifest);
  return {
    id: row.id,
    siteId: row.site_id,
    commit: row.commit_id,
    branch: row.branch,
    createdBy: row.created_by,
    createdAt: row.created_at,
    files: entries.length,
    bytes: entries.reduce((total, entry) => total + entry.size, 0),
  };
}

const COLUMNS = ['id', 'site_id', 'commit_id', 'branch', 'created_by', 'created_at', 'manifest'] as const;

export function createDeployments({ db, history, blobs, config, fonts = createFontFiles(), clock = () => new Date(), newId = randomUUID, onHostsChanged }: DeploymentsDeps) {
  /** The site's subdomain and its preferred verified custom domain (an apex before a www.). */
  async function siteAddress(siteId: string): Promise<{ subdomain: string; customDomain: string | null }> {
    const site = await db.selectFrom('sites').select('subdomain').where('id', '=', siteId).executeTakeFirst();
    if (!site) throw appError('NOT_FOUND', `No site with id "${siteId}" exists.`);
    const domains = await db.selectFrom('domains').select('hostname').where('site_id', '=', siteId).where('status', '=', 'verified').orderBy('hostname').execute();
    const hostnames = domains.map((domain) => domain.hostname);
    return { subdomain: site.subdomain, customDomain: hostnames.find((hostname) => !hostname.startsWith('www.')) ?? hostnames[0] ?? null };
  }

  /** Renders `document` and stores every file; the manifest lists them in render order, then the pictures, the icons made from the logo and the fonts. */
  async function storeFiles(siteId: string, document: Site, baseUrl: string, badge: boolean): Promise<DeploymentManifest> {
    const [pictures, icons, typefaces] = await Promise.all([publishedImages(db, siteId, document), publishedIcons(db, blobs, siteId, document), publishedFonts(fonts, blobs, document)]);
    const files = [...render(document, { baseUrl, siteId, images: pictures.images, fontUrl: typefaces.fontUrl, ...(icons ? { icons: icons.icons } : {}), ...(badge ? { badge: { href: config.publicUrl } } : {}) })];
    const stored = await Promise.all(
      files.map(async ([path, text]) => {
        const bytes = Buffer.from(text, 'utf8');
        const type = contentTypeOf(path);
        // A page's stylesheet is in its head; its CSP names it by hash.
        const styles = type.startsWith('text/html') ? headStyleSources(text) : [];
        return [path, { hash: await blobs.put(bytes), size: bytes.length, type, ...(styles.length > 0 ? { styles } : {}) }] as const;
      }),
    );
    return { ...Object.fromEntries(stored), ...pictures.files, ...icons?.files, ...typefaces.files };
  }

  async function movePointer(siteId: string, channel: string, deploymentId: string, actor: string | null, transaction: Db): Promise<void> {
    await transaction
      .insertInto('live_pointers')
      .values({ site_id: siteId, channel, deployment_id: deploymentId, updated_by: actor, updated_at: clock() })
      .onConflict((conflict) => conflict.columns(['site_id', 'channel']).doUpdateSet({ deployment_id: deploymentId, updated_by: actor, updated_at: clock() }))
      .execute();
    await notifyHostsChanged(transaction, siteId);
  }

  return {
    /**
     * Publishes the head of `branch` (or `commit`): renders it and stores its files unless that commit was
     * published before, then makes it live on the branch's channel. The blobs are durable before the
     * deployment row and the pointer commit together, so a crash leaves the old deployment live or the new one.
     */
    async publish(input: PublishInput): Promise<PublishResult> {
      const branch = input.branch ?? MAIN_BRANCH;
      const channel = channelOf(branch);
      const address = await siteAddress(input.siteId);
      await requireNotTakenDown(db, input.siteId); // before rendering; asked again as the pointer moves
      let commitId = input.commit;
      let document: Site | undefined;
      if (commitId === undefined) {
        const head = await history.head(input.siteId, branch);
        commitId = head.commit.id;
        document = head.document;
      } else {
        await history.getCommit(input.siteId, commitId);
        document = await history.getDocument(input.siteId, commitId);
      }
      const pictures = findPicturesWithoutAlt(document);
      if (pictures.length > 0) throw new AppError('ALT_TEXT_MISSING', { extra: { pictures } });
      const samples = input.confirmSamples === true ? [] : findSamples(document);
      if (samples.length > 0) throw new AppError('SAMPLES_LEFT', { extra: { samples } });
      const badge = input.badge === true;
      const existing = await db.selectFrom('deployments').select(COLUMNS).where('site_id', '=', input.siteId).where('commit_id', '=', commitId).where('badge', '=', badge).executeTakeFirst();
      const manifest = existing ? undefined : await storeFiles(input.siteId, document, siteUrl(config, address), badge);
      const commit = commitId;
      const row = await db.transaction().execute(async (transaction) => {
        await requireNotTakenDown(transaction, input.siteId);
        if (manifest) {
          await transaction
            .insertInto('deployments')
            .values({ id: newId(), site_id: input.siteId, commit_id: commit, branch, manifest: JSON.stringify(manifest), created_by: input.actor, created_at: clock(), badge })
            .onConflict((conflict) => conflict.columns(['site_id', 'commit_id', 'badge']).doNothing())
            .execute();
        }
        const deployment = existing ?? (await transaction.selectFrom('deployments').select(COLUMNS).where('site_id', '=', input.siteId).where('commit_id', '=', commit).where('badge', '=', badge).executeTakeFirstOrThrow());
        await movePointer(input.siteId, channel, deployment.id, input.actor, transaction);
        return deployment;
      });
      await onHostsChanged?.(input.siteId);
      return { deployment: toDeployment(row), channel, url: siteUrl(config, address, branch), isReused: existing !== undefined };
    },

    /** Makes an earlier deployment of the site live in production again: nothing is rendered, one pointer moves. */
    async activate({ siteId, deploymentId, actor }: { siteId: string; deploymentId: string; actor: string | null }): Promise<Omit<PublishResult, 'isReused'>> {
      const row = await db.transaction().execute(async (transaction) => {
        await requireNotTakenDown(transaction, siteId);
        const deployment = await transaction.selectFrom('deployments').select(COLUMNS).where('id', '=', deploymentId).where('site_id', '=', siteId).executeTakeFirst();
        if (!deployment) throw appError('NOT_FOUND', `This site has no deployment "${deploymentId}".`);
        await movePointer(siteId, PRODUCTION_CHANNEL, deployment.id, actor, transaction);
        return deployment;
      });
      await onHostsChanged?.(siteId);
      return { deployment: toDeployment(row), channel: PRODUCTION_CHANNEL, url: siteUrl(config, await siteAddress(siteId)) };
    },

    /** Takes the site offline (its hosts answer the platform's 404); branch previews stay. Whether it was live. */
    async unpublish({ siteId }: { siteId: string }): Promise<{ wasLive: boolean }> {
      const removed = await db.transaction().execute(async (transaction) => {
        const deleted = await transaction.deleteFrom('live_pointers').where('site_id', '=', siteId).where('channel', '=', PRODUCTION_CHANNEL).returning('deployment_id').execute();
        await notifyHostsChanged(transaction, siteId);
        return deleted.length;
      });
      await onHostsChanged?.(siteId);
      return { wasLive: removed > 0 };
    },

    /** Deployments of a site, newest first, with the channels each is live on. */
    async list(siteId: string, { limit = 50, before }: { limit?: number; before?: string } = {}): Promise<DeploymentList> {
      let query = db.selectFrom('deployments').select(COLUMNS).where('site_id', '=', siteId);
      if (before !== undefined) {
        const cursor = await db.selectFrom('deployments').select(['id', 'created_at']).where('site_id', '=', siteId).where('id', '=', before).executeTakeFirst();
        if (!cursor) throw appError('NOT_FOUND', `This site has no deployment "${before}" to page from.`);
        query = query.where((where) => where.or([where('created_at', '<', cursor.created_at), where.and([where('created_at', '=', cursor.created_at), where('id', '<', cursor.id)])]));
      }
      const [rows, pointers] = await Promise.all([
        query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute(),
        db.selectFrom('live_pointers').select(['channel', 'deployment_id']).where('site_id', '=', siteId).orderBy('channel').execute(),
      ]);
      const live = Object.fromEntries(pointers.map((pointer) => [pointer.channel, pointer.deployment_id]));
      const page = rows.slice(0, limit);
      return {
        deployments: page.map((row) => ({ ...toDeployment(row), live: pointers.filter((pointer) => pointer.deployment_id === row.id).map((pointer) => pointer.channel) })),
        live,
        nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    /** A site's public address (custom domain or subdomain), or a branch's preview address. */
    async url(siteId: string, branch: string = MAIN_BRANCH): Promise<string> {
      return siteUrl(config, await siteAddress(siteId), branch);
    },
  };
}

export type Deployments = ReturnType<typeof createDeployments>;
