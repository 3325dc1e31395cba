// Running the evaluation: the composer on every description of a half, the offline classifier on every chat
// prompt of a half, and the figures the issue asks for. `npm run eval` prints them (scripts/eval.ts); the suite
// holds the test halves to their thresholds (eval.test.ts).
import { offlineRoles, siteOutline } from '../../src/ai/index.ts';
import { composeSite } from '../../src/composer/index.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { chatCases, descriptionCases, type ChatCase, type Half } from './eval-sets.ts';
import { scoreDescription, type DescriptionScore } from './score-descriptions.ts';

export interface DescriptionFigures {
  cases: number;
  name: number;
  /** Names right to the letter, a leading article included. */
  nameStrictly: number;
  familyRightOrNeutral: number;
  /** Cases with any wrong-trade content (a count, not a share). */
  wrongTradeCases: number;
  facts: number;
  language: number;
  scores: DescriptionScore[];
}

export function evaluateDescriptions(half: Half): DescriptionFigures {
  const scores = descriptionCases(half).map((entry) => scoreDescription(entry, composeSite(entry.text)));
  const share = (count: number, total = scores.length) => (total === 0 ? 0 : count / total);
  const factsTotal = scores.reduce((sum, score) => sum + score.factsFound + score.factsMissing.length, 0);
  return {
    cases: scores.length,
    name: share(scores.filter((score) => score.nameRight).length),
    nameStrictly: share(scores.filter((score) => score.nameRightStrictly).length),
    familyRightOrNeutral: share(scores.filter((score) => score.familyRightOrNeutral).length),
    wrongTradeCases: scores.filter((score) => score.wrongTradeContent.length > 0).length,
    facts: share(scores.reduce((sum, score) => sum + score.factsFound, 0), factsTotal),
    language: share(scores.filter((score) => score.languageRight).length),
    scores,
  };
}

export interface ChatScore {
  entry: ChatCase;
  got: { intent: string; target: string | null };
  right: boolean;
}

export interface ChatFigures {
  cases: number;
  intent: number;
  intentAndTarget: number;
  scores: ChatScore[];
}

export async function evaluateChat(half: Half): Promise<ChatFigures> {
  const outline = siteOutline(editFixtureSite());
  const { intent } = offlineRoles();
  const scores: ChatScore[] = [];
  for (const entry of chatCases(half)) {
    const { value } = await intent.classify({ prompt: entry.prompt, outline, feedback: [] });
    const got = { intent: value.intent_type, target: value.target };
    scores.push({ entry, got, right: got.intent === entry.intent && got.target === entry.target });
  }
  return {
    cases: scores.length,
    intent: scores.filter((score) => score.got.intent === score.entry.intent).length / Math.max(scores.length, 1),
    intentAndTarget: scores.filter((score) => score.right).length / Math.max(scores.length, 1),
    scores,
  };
}
