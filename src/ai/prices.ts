// US dollars per million tokens, from the providers' public price lists (checked 2026-11). An unknown model of a
// paid provider is charged at that provider's dearest listed price, so budgets err on the safe side; self-hosted
// OpenAI-compatible servers and the offline rules cost nothing.
import type { Usage } from './roles.ts';

interface Price {
  input: number;
  output: number;
}

const PRICES: Record<string, Record<string, Price>> = {
  anthropic: {
    'claude-opus-4-5': { input: 5, output: 25 },
    'claude-opus-4-1': { input: 15, output: 75 },
    'claude-sonnet-4-5': { input: 3, output: 15 },
    'claude-sonnet-4': { input: 3, output: 15 },
    'claude-haiku-4-5': { input: 1, output: 5 },
    'claude-3-5-haiku': { input: 0.8, output: 4 },
  },
  openai: {
    'gpt-5': { input: 1.25, output: 10 },
    'gpt-5-mini': { input: 0.25, output: 2 },
    'gpt-5-nano': { input: 0.05, output: 0.4 },
    'gpt-4.1': { input: 2, output: 8 },
    'gpt-4.1-mini': { input: 0.4, output: 1.6 },
    'gpt-4o': { input: 2.5, output: 10 },
    'gpt-4o-mini': { input: 0.15, output: 0.6 },
  },
  google: {
    'gemini-2.5-pro': { input: 1.25, output: 10 },
    'gemini-2.5-flash': { input: 0.3, output: 2.5 },
    'gemini-2.5-flash-lite': { input: 0.1, output: 0.4 },
  },
};

/**
 * US dollars per picture at the sizes the image role asks for (landscape 1536×1024 or square, medium quality;
 * Imagen at its one price per image), from the same price lists. Image calls are charged per picture only: the
 * tokens OpenAI reports for them are part of that price.
 */
const IMAGE_PRICES: Record<string, Record<string, number>> = {
  openai: {
    'gpt-image-1': 0.063,
    'gpt-image-1-mini': 0.015,
    'dall-e-3': 0.08,
    'dall-e-2': 0.02,
  },
  google: {
    'imagen-4.0-generate': 0.04,
    'imagen-4.0-fast-generate': 0.02,
    'imagen-4.0-ultra-generate': 0.06,
    'imagen-3.0-generate': 0.03,
  },
};

/** The price of one call, in US dollars. Dated model ids (`claude-sonnet-4-5-20250929`) match their family. */
export function callCost(provider: string, model: string, usage: Usage): number {
  if (usage.images !== undefined) return usage.images * imagePrice(provider, model);
  const table = PRICES[provider];
  if (!table) return 0;
  const price = priceOf(table, model, (value) => value.input + value.output);
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}

/** What one picture from `model` costs; an unknown model of a paid provider costs that provider's dearest. */
export function imagePrice(provider: string, model: string): number {
  const table = IMAGE_PRICES[provider];
  return table ? priceOf(table, model, (value) => value) : 0;
}

/** The entry for `model`'s family (the longest name it equals or extends), else the dearest entry. */
function priceOf<T>(table: Record<string, T>, model: string, weight: (price: T) => number): T {
  const family = Object.keys(table)
    .filter((name) => model === name || model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  if (family) return table[family]!;
  return Object.values(table).reduce((worst, price) => (weight(price) > weight(worst) ? price : worst));
}
