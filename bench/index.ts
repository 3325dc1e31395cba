// `npm run bench`: prints medians and ratios against yardsticks measured in the same run.
import { benchHistory } from './history.ts';
import { benchPublishing } from './publishing.ts';
import { benchRenderAndCompose } from './render-and-compose.ts';
import { benchSiteServer } from './site-server.ts';

benchRenderAndCompose();
await benchHistory();
await benchPublishing();
await benchSiteServer();
