// The search box above an admin list: the list follows what was searched once the form is sent (Enter or the button).
import { Search } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { Button, Input } from '../../ui/index.ts';

export function SearchForm({ label, placeholder, onSearch }: { label: string; placeholder: string; onSearch: (query: string) => void }) {
  const [typed, setTyped] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  return (
    <form role="search" onSubmit={submit} className="mb-4 flex gap-2">
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <Input id={id} type="search" value={typed} placeholder={placeholder} onChange={(event) => setTyped(event.target.value)} className="min-w-0 flex-1" />
      <Button type="submit" variant="secondary">
        <Search aria-hidden="true" className="size-4" />
        Search
      </Button>
    </form>
  );
}
