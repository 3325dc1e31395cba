import { describe, expect, it } from 'vitest';
import { descriptionCount, descriptionProblem, MAX_DESCRIPTION_LENGTH, pasteProblem, tooLongProblem } from './description-rules.ts';

describe('the description rules of the create form', () => {
  it('counts against the server maximum, with thousands separated', () => {
    expect(MAX_DESCRIPTION_LENGTH).toBe(2_000);
    expect(descriptionCount('')).toBe('0 / 2,000');
    expect(descriptionCount('a'.repeat(1_234))).toBe('1,234 / 2,000');
  });

  it('accepts a sentence up to the maximum, refuses less than a sentence and more than the maximum', () => {
    expect(descriptionProblem('A family bakery in Porto.')).toBeNull();
    expect(descriptionProblem('a'.repeat(MAX_DESCRIPTION_LENGTH))).toBeNull();
    expect(descriptionProblem('  Bakery  ')).toMatch(/at least a sentence/);
    expect(descriptionProblem('a'.repeat(MAX_DESCRIPTION_LENGTH + 1))).toBe('The description has 2,001 characters; PageHub reads up to 2,000. Shorten it by 1 to create the site.');
    expect(tooLongProblem('a'.repeat(MAX_DESCRIPTION_LENGTH))).toBeNull();
  });

  it('refuses a paste that would make the description too long, and says how long it was', () => {
    expect(pasteProblem('', { start: 0, end: 0 }, 'a'.repeat(5_000))).toBe(
      'That paste has 5,000 characters, so the description would have 5,000; PageHub reads up to 2,000. Nothing was pasted: shorten the text first, or paste the most important part.',
    );
    expect(pasteProblem('a'.repeat(1_990), { start: 1_990, end: 1_990 }, 'b'.repeat(11))).toMatch(/would have 2,001/);
  });

  it('accepts a paste that fits, counting the selection it replaces', () => {
    expect(pasteProblem('', { start: 0, end: 0 }, 'a'.repeat(2_000))).toBeNull();
    expect(pasteProblem('a'.repeat(1_990), { start: 0, end: 1_990 }, 'b'.repeat(1_500))).toBeNull();
    expect(pasteProblem('a'.repeat(1_990), { start: 1_980, end: 1_990 }, 'b'.repeat(20))).toBeNull();
  });
});
