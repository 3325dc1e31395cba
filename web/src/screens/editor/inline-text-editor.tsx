// A text box laid over a heading or paragraph of the preview (double-click): Enter commits, Escape cancels.
import { useEffect, useRef, useState } from 'react';

export interface InlineEdit {
  sectionId: string;
  /** JSON Pointer of the text inside the section's props. */
  path: string;
  text: string;
  box: { left: number; top: number; width: number; height: number };
  fontSize: string;
  isMultiline: boolean;
}

export function InlineTextEditor({ edit, onCommit, onCancel }: { edit: InlineEdit; onCommit: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(edit.text);
  const reference = useRef<HTMLTextAreaElement>(null);
  const isDone = useRef(false);
  useEffect(() => {
    reference.current?.focus();
    reference.current?.select();
  }, []);
  const finish = (isCommit: boolean) => {
    if (isDone.current) return;
    isDone.current = true;
    if (isCommit && text !== edit.text) onCommit(text);
    else onCancel();
  };
  return (
    <textarea
      ref={reference}
      aria-label="Edit text"
      data-testid="inline-editor"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !(edit.isMultiline && event.shiftKey)) {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      className="absolute z-10 resize-none rounded border-2 border-brand-600 bg-white p-1 leading-tight text-slate-900 shadow-raised outline-none"
      style={{ left: edit.box.left - 6, top: edit.box.top - 6, width: Math.max(edit.box.width + 12, 160), height: edit.box.height + 12, fontSize: edit.fontSize }}
    />
  );
}
