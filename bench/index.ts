// `npm run bench`: prints medians and ratios against yardsticks measured in the same run.
import { benchHistory } from './history.ts';
import { benchRenderAndCompose } from './render-and-compose.ts';

benchRenderAndCompose();
await benchHistory();
