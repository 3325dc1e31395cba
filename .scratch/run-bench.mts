import { benchHistory } from '../bench/history.ts';
await benchHistory();
