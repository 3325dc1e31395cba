import { sql } from "kysely";
import { randomInt } from 'node:crypto';
import { openPglite } from '/work/main/src/store/database.ts';
import { createHistory, type HistoryOptions } from '/work/main/src/store/history/index.ts';
import { sampleSite } from '/work/main/test/support/sample-site.ts';

async function run(label: string, options: HistoryOptions, realClock = false) {
  const database = await openPglite('memory://');
  await database.db.insertInto('sites').values({ id: 'site-bakery', subdomain: 'b', name: 'B', created_by: 'user-ana' }).execute();
  let now = Date.parse('2026-11-22T09:00:00.000Z');
  const history = createHistory(database, { clock: realClock ? () => new Date((now += 1000 + randomInt(20000))) : () => new Date((now += 1000)), ...options });
  const root = await history.initialize('site-bakery', sampleSite(), 'user-ana');
  const before = await history.storeBytes('site-bakery');
  let base = root.id;
  for (let index = 0; index < 1000; index += 1) base = (await history.commit({ siteId: 'site-bakery', branch: 'main', base, patch: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: `Fresh bread, batch ${index}` }], summary: 'Edit the home headline', author: 'user-ana', source: 'editor' })).id;
  const growth = (await history.storeBytes('site-bakery')) - before;
  const breakdown = await sql<any>`SELECT (SELECT count(*)::int FROM commits) AS loose, (SELECT coalesce(sum(octet_length(body)),0)::int FROM commits) AS loose_body, (SELECT count(*)::int FROM commit_packs) AS packs, (SELECT sum(octet_length(body))::int FROM commit_packs) AS pack_bytes, (SELECT count(*)::int FROM parts) AS parts, (SELECT sum(octet_length(body))::int FROM parts) AS part_bytes`.execute(database.db);
  console.log(label.padEnd(50), growth, (growth / 8381).toFixed(2) + '×', JSON.stringify(breakdown.rows[0]));
  await database.close();
}
const rand8 = () => Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[randomInt(36)]).join('');
// 
//  clock', {}, true);
// : snap 64, loose 128→64, 8-char ids', { snapshotInterval: 64, packing: { maxLoose: 128, keepLoose: 64, packSize: 64 }, newId: rand8 });
// , else chosen', { snapshotInterval: 64 });
//  ids, else chosen', { newId: rand8 });
// /64, packSize 256', { packing: { maxLoose: 128, keepLoose: 64, packSize: 256 } });
await run('packSize 64 (else chosen)', { packing: { maxLoose: 32, keepLoose: 8, packSize: 64 } });
