// PageHub's own lint rules: the architecture (docs/architecture.md) checked on every `npm run lint`.
import { frontDoors } from './front-doors.js';
import { noCycle } from './no-cycle.js';

export default { rules: { 'front-doors': frontDoors, 'no-cycle': noCycle } };
