// A validation problem as PageHub reports it: a path into the document and a message. Zod's issues become these.
import type { z } from 'zod';

export interface ValidationError {
  /** JSON Pointer-like path into the document: `pages/0/sections/2/props/heading`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('/');
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    // A failed discriminated union over section types reports each branch; show the branch's own issues.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = issue.errors.reduce((shortest, branch) => (branch.length < shortest.length ? branch : shortest));
      errors.push(...issuesToErrors(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))));
      continue;
    }
    errors.push({ path: formatPath(issue.path), message: issue.message });
  }
  return errors;
}
