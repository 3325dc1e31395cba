// The offline rules' vocabulary: the words people use for sections, colours, fonts, languages, pages, looks and
// business details, with small finders built once at load. Pure data and regular expressions, no rules: the
// intent classifier (../intent) and the offline editor (../editor) both read it.
export * from './business.ts';
export * from './colors.ts';
export * from './fonts.ts';
export * from './languages.ts';
export * from './looks.ts';
export * from './offerings.ts';
export * from './pages.ts';
export * from './phrases.ts';
export * from './sections.ts';
export * from './typos.ts';
