// The trade reader: which business a description is about, as an OpenStreetMap iD preset, and which layout family
// (if any) is true for it. See detect-trade.ts for how it reads, family-map.ts for what each family promises.
export { detectTrade, endsWithTradeName, opensWithTradeName, type TradeMatch, type TradeOptions } from './detect-trade.ts';
export { familyMayCover, familyOf, isBeyondTaxonomy, LAYOUT_FAMILIES, presetsOf, type LayoutFamily } from './family-map.ts';
export { isTradeVocabularyWord } from './compile.ts';
export { TRADE_LANGS, type TradeLang } from './text.ts';
