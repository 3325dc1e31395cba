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

/** The price of one call, in US dollars. Dated model ids (`claude-sonnet-4-5-20250929`) match their family. */
export function callCost(provider: string, model: string, usage: Usage): number {
  const table = PRICES[provider];
  if (!table) return 0;
  const family = Object.keys(table)
    .filter((name) => model === name || model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  const price = family ? table[family]! : dearest(table);
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}

function dearest(table: Record<string, Price>): Price {
  return Object.values(table).reduce((worst, price) => (price.input + price.output > worst.input + worst.output ? price : worst));
}
