// Makes a commit of a site live the way publishing does — a deployments row and the site's `production` live
// pointer — without rendering or storing files. For tests of what only reads the live deployment's commit
// (forms read deployments.commit_id, and the stylesheet's name from the manifest) until they can publish
// through POST /api/sites/{id}/publish.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/store/database.ts';
import type { DeploymentManifest } from '../../src/store/tables.ts';

export async function publishDirectly(db: Db, siteId: string, commitId: string, manifest: DeploymentManifest = {}): Promise<string> {
  const deployment = await db
    .insertInto('deployments')
    .values({ id: randomUUID(), site_id: siteId, commit_id: commitId, branch: 'main', manifest: JSON.stringify(manifest), created_by: null })
    .onConflict((conflict) => conflict.columns(['site_id', 'commit_id', 'badge']).doUpdateSet({ manifest: JSON.stringify(manifest) }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('live_pointers')
    .values({ site_id: siteId, channel: 'production', deployment_id: deployment.id, updated_by: null })
    .onConflict((conflict) => conflict.columns(['site_id', 'channel']).doUpdateSet({ deployment_id: deployment.id }))
    .execute();
  return deployment.id;
}
