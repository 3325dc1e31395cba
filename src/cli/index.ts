// The `pagehub` command line (bin/pagehub.js): compose, render, serve and edit from a terminal.
export type { Io } from './io.ts';
export { main } from './main.ts';
