import { describe, expect, it } from 'vitest';
import { isHeldBack, readNameCases, shareRight } from './name-case-sets.ts';

// A fourth development set of business names (written-name-cases.jsonl, 2026-12-04), written in batches, each before
// it was run: English and French descriptions, then a batch in all seven languages, in the styles owners write (run-ons in lower case, labels and bullets,
// capitals, emoji, the name late in the text, « guillemets », "je tiens …", "my business is …"). Each batch when first
// run: English 33/40, 20/30, 30/30, 18/30, 22/30, 24/30; French 27/40, 18/20; seven languages 20/30; English 15/20. Its tuned two-thirds train the name model; the
// held-back third is never trained on or read for failures. The floors are the figures reached; raise, never lower.
// A second round of ten batches (215 more, 2026-12-04) leaned on names cut short and trades written before a name:
// mostly English 43/52 (names with "on the", "by Jade", a number; "here at", "my studio in X is"), French and
// Portuguese trade-then-name 28/30, 6/14, 12/14, French names opening with "Au", "Aux", "À la" 5/10, English
// names in passing 25/30, then 13/20 ("Book Marvo Magic for …", "Coach Marcus runs Iron Will Fitness", "Classes at
// Paint Pot run weekly"), 14/15 (a name, then its trade in lower case: "Snap Happy photo booth hire") and 12/15 (bullets,
// labels, emoji between words, a long paragraph), 6/15 (names in passing: "Velvet Crumb also runs …", "Brand is …",
// "under the name …", "Search Spoke Doctor on Facebook", "open 6am-10pm. Iron Den has …"). The tuned part's floor is where the larger set stands (0.91; it grows with each batch of harder cases), the held-back third's 0.955.

const cases = readNameCases('written-name-cases.jsonl');
const FLOOR_TUNED = 0.91;
const FLOOR_HELD_BACK = 0.955;

describe('business names on a fourth development set', () => {
  it('has descriptions in seven languages, mostly English and French', () => {
    expect(cases.length).toBeGreaterThanOrEqual(505);
    expect(new Set(cases.map((entry) => entry.lang)).size).toBe(7);
  });

  it('reads the names of the part the model was trained on', () => {
    expect(shareRight(cases.filter((entry) => !isHeldBack(entry)))).toBeGreaterThanOrEqual(FLOOR_TUNED);
  });

  it('reads the names of the held-back third', () => {
    expect(shareRight(cases.filter(isHeldBack))).toBeGreaterThanOrEqual(FLOOR_HELD_BACK);
  });
});
