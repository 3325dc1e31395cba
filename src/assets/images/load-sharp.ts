import type { default as SharpFactory } from 'sharp';

// Loaded on first use: sharp takes a third of a second to load, which start-up need not wait for.
let sharpModule: Promise<typeof SharpFactory> | undefined;

/** sharp, imported the first time a picture is worked on. */
export const loadSharp = (): Promise<typeof SharpFactory> => (sharpModule ??= import('sharp').then((module) => module.default));
