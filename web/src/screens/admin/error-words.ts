// How the Errors screen names kinds of errors and the codes recorded with them, in words.
import type { ErrorKind, ErrorOccurrence } from '../../api/index.ts';

export const ERROR_KINDS: { value: ErrorKind; label: string; plural: string }[] = [
  { value: 'http', label: 'Server error', plural: 'Server errors' },
  { value: 'job', label: 'Failed job', plural: 'Failed jobs' },
  { value: 'ai_edit', label: 'Failed AI edit', plural: 'Failed AI edits' },
];

export const kindLabel = (kind: ErrorKind) => ERROR_KINDS.find((entry) => entry.value === kind)?.label ?? kind;

/** The recorded codes worth reading, as `label: value` pairs ("What was asked: content edit", "Answers tried: 3"). */
export function contextFacts(context: ErrorOccurrence['context']): { label: string; value: string }[] {
  const facts: { label: string; value: string }[] = [];
  const add = (key: string, label: string, format: (value: string) => string = (value) => value) => {
    const value = context[key];
    if (value !== undefined && value !== null) facts.push({ label, value: format(String(value)) });
  };
  add('intent', 'What was asked', (value) => value.replaceAll('_', ' '));
  add('attempts', 'Answers tried');
  add('calls', 'Model calls');
  add('code', 'Error code');
  add('queue', 'Queue');
  add('attempt', 'Attempt');
  add('siteId', 'Site');
  add('userId', 'Account');
  add('jobId', 'Job');
  return facts;
}
