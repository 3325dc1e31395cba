// A text box bound to a value in the document: typing updates the preview at once (committed after a pause or
// on blur); a value the schema refuses stays in the box with the reason under it, and is not applied.
import { useEffect, useState } from 'react';
import { Field, Input, Textarea } from '../../../ui/index.ts';

export interface DraftTextControlProps {
  label: string;
  value: string;
  /** Applies the text; answers the error to show, or null. */
  onChange: (text: string) => string | null;
  onBlur: () => void;
  isMultiline?: boolean;
  type?: 'text' | 'number' | 'url' | 'email' | 'tel' | 'time';
  hint?: string;
}

export function DraftTextControl({ label, value, onChange, onBlur, isMultiline = false, type = 'text', hint }: DraftTextControlProps) {
  const [draft, setDraft] = useState(value);
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!isEditing) {
      setDraft(value);
      setError(null);
    }
  }, [value, isEditing]);

  const update = (text: string) => {
    setDraft(text);
    setError(onChange(text));
  };
  const finish = () => {
    setEditing(false);
    onBlur();
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) =>
        isMultiline ? (
          <Textarea {...control} className="min-h-24" value={draft} onFocus={() => setEditing(true)} onBlur={finish} onChange={(event) => update(event.target.value)} />
        ) : (
          <Input {...control} type={type} value={draft} onFocus={() => setEditing(true)} onBlur={finish} onChange={(event) => update(event.target.value)} />
        )
      }
    </Field>
  );
}
