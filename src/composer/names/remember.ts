// Answers of compromise's tagger, kept: the same few words ("Denver", "Still Waters Massage") come back on every
// site composed, and tagging them again is most of what reading a name costs.

const MAX_ENTRIES = 2_000;

/** `answer` with its results kept per input (forgotten all at once past MAX_ENTRIES, so memory stays small). */
export function remember<Result>(answer: (input: string) => Result): (input: string) => Result {
  const kept = new Map<string, Result>();
  return (input) => {
    const known = kept.get(input);
    if (known !== undefined || kept.has(input)) return known as Result;
    if (kept.size >= MAX_ENTRIES) kept.clear();
    const result = answer(input);
    kept.set(input, result);
    return result;
  };
}
