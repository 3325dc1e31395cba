// The Site document: schemas, the section catalog, validation and migrations, and the colour arithmetic of its
// theme (color.ts). Pure and isomorphic — this area imports no Node module, so the editor runs it in the browser.
export * from './asset-uses.ts';
export * from './business.ts';
export * from './catalog.ts';
export * from './color.ts';
export * from './fonts.ts';
export * from './legacy-fonts.ts';
export * from './image-assets.ts';
export * from './migrations.ts';
export * from './primitives.ts';
export * from './samples.ts';
export * from './pictures-without-alt.ts';
export * from './section-definition.ts';
export * from './site.ts';
export * from './text.ts';
export * from './theme.ts';
export * from './art.ts';
export * from './validate.ts';
export * from './validation-errors.ts';
