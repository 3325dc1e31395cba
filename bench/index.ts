// `npm run bench [-- <name> …]`: prints medians and ratios against yardsticks measured in the same run. With names
// (render, history, publishing, site-server, ai, images, startup) only those run.
import { benchAi } from './ai.ts';
import { benchHistory } from './history.ts';
import { benchImages } from './images.ts';
import { benchPublishing } from './publishing.ts';
import { benchRenderAndCompose } from './render-and-compose.ts';
import { benchSiteServer } from './site-server.ts';
import { benchStartup } from './startup.ts';

const BENCHES: Record<string, () => unknown> = {
  render: benchRenderAndCompose,
  history: benchHistory,
  publishing: benchPublishing,
  'site-server': benchSiteServer,
  ai: benchAi,
  images: benchImages,
  startup: benchStartup,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(BENCHES)) if (wanted.length === 0 || wanted.includes(name)) await run();
