// npm run eval: how faithful the offline composer and the offline chat classifier are on input nobody tuned them
// to (test/eval). Prints the figures of both halves; `--failures` lists the tune half's failures to work from.
// The test half's failures are never listed: read its figures, not its cases.
import { evaluateChat, evaluateDescriptions } from '../test/eval/run-eval.ts';
import { HALVES } from '../test/eval/eval-sets.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const showFailures = process.argv.includes('--failures');

for (const half of HALVES) {
  const descriptions = evaluateDescriptions(half);
  const chat = await evaluateChat(half);
  console.log(`\n${half} half — ${descriptions.cases} descriptions, ${chat.cases} chat prompts`);
  console.log(`  name right                      ${percent(descriptions.name)}`);
  console.log(`    … to the letter, with articles ${percent(descriptions.nameStrictly)}`);
  console.log(`  trade family right or neutral   ${percent(descriptions.familyRightOrNeutral)}`);
  console.log(`  sites with wrong-trade content  ${descriptions.wrongTradeCases}`);
  console.log(`  annotated facts present         ${percent(descriptions.facts)}`);
  console.log(`  language right                  ${percent(descriptions.language)}`);
  console.log(`  chat intent right               ${percent(chat.intent)}`);
  console.log(`  chat intent and target right    ${percent(chat.intentAndTarget)}`);
  if (showFailures && half === 'tune') {
    for (const score of descriptions.scores) {
      const problems = [
        score.nameRight ? '' : `name "${score.got.name}"`,
        score.wrongTradeContent.length ? `wrong trade: ${score.wrongTradeContent.join(', ')}` : '',
        score.factsMissing.length ? `missing: ${score.factsMissing.join(' | ')}` : '',
        score.languageRight ? '' : `language ${score.got.language}`,
      ].filter(Boolean);
      if (problems.length) console.log(`  ${score.id} [${score.got.family}] ${problems.join('; ')}`);
    }
    for (const score of chat.scores.filter((entry) => !entry.right)) {
      console.log(`  ${score.entry.id} ${JSON.stringify(score.entry.prompt)}: expected ${score.entry.intent} ${score.entry.target}, got ${score.got.intent} ${score.got.target}`);
    }
  }
}
