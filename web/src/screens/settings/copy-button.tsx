// Copies a text to the clipboard and says so ("Copied") for a moment; names what it copies for screen readers.
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../ui/index.ts';

export function CopyButton({ text, what }: { text: string; what: string }) {
  const [isCopied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard (an insecure origin): select nothing, the text stays visible to copy by hand.
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <Button size="sm" variant="secondary" onClick={() => void copy()} aria-label={isCopied ? `${what} copied` : `Copy ${what}`}>
      {isCopied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
      {isCopied ? 'Copied' : 'Copy'}
    </Button>
  );
}
