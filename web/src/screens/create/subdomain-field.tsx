// The subdomain of a new site, checked as the person types (GET /api/subdomains/{s}, debounced): available,
// taken, or what rule it breaks. The parent owns the value; the server has the last word when the form is sent.
import { useQuery } from '@tanstack/react-query';
import { CircleCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { checkSubdomain } from '../../api/index.ts';
import { Field, Input, Spinner } from '../../ui/index.ts';

const DEBOUNCE_MS = 300;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

export interface SubdomainFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** An error from the server for this field (taken meanwhile, invalid). */
  serverError?: string | undefined;
  /** Focused when the Dialog around it opens. */
  isDialogFocus?: boolean;
}

export function SubdomainField({ value, onChange, serverError, isDialogFocus = false }: SubdomainFieldProps) {
  const debounced = useDebounced(value.trim());
  const check = useQuery({ queryKey: ['subdomain', debounced], queryFn: () => checkSubdomain(debounced), enabled: debounced.length > 0, staleTime: 5_000 });
  const isCurrent = debounced === value.trim() && check.data?.subdomain === debounced;
  const isAvailable = isCurrent && check.data?.isAvailable === true;

  const problem = serverError ?? (isCurrent && check.data && !check.data.isAvailable ? (check.data.problem ?? 'This subdomain cannot be used.') : null);
  const status =
    value.trim() === '' ? null : isAvailable ? (
      <p className="flex items-center gap-1.5 font-medium text-success">
        <CircleCheck aria-hidden="true" className="size-4" />
        {debounced} is available
      </p>
    ) : !isCurrent || check.isFetching ? (
      <p className="flex items-center gap-1.5 text-ink-muted">
        <Spinner className="size-4" />
        Checking…
      </p>
    ) : null;

  return (
    <Field label="Subdomain" hint="Your site's address: lowercase letters, digits and hyphens." error={problem} status={status}>
      {(control) => (
        <Input
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value.toLowerCase().replace(/\s+/g, '-'))}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="url"
          maxLength={63}
          className="font-mono"
          {...(isDialogFocus ? { 'data-autofocus': true } : {})}
        />
      )}
    </Field>
  );
}
