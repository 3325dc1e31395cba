/**
 * An estimate of the tokens a text costs a model: about four characters a token for English and JSON, the rule
 * of thumb the major tokenizers share. Used where no provider reports real counts (the offline rules, the
 * benchmark's yardstick); providers' own usage figures are recorded when there are any.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
