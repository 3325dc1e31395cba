export { pickMotifs } from './pick-motifs.ts';
