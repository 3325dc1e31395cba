// The Chat tab: describe a change in words; PageHub's AI commits it (the summary links to the commit in the
// history), asks a question back, or explains why it could not. Deleting content asks for a confirmation first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, assetKeys, chatEdit, type ChatEditAnswer, errorMessage } from '../../api/index.ts';
import type { SiteEditor } from '../../editor/index.ts';
import { Alert, Button, Field, Textarea } from '../../ui/index.ts';

interface Exchange {
  prompt: string;
  answer?: ChatEditAnswer;
  error?: string;
  needsConfirmation?: boolean;
}

export function ChatPanel({ siteId, editor }: { siteId: string; editor: SiteEditor }) {
  const [prompt, setPrompt] = useState('');
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: ({ text, confirm }: { text: string; confirm: boolean }) => chatEdit(siteId, { prompt: text, branch: editor.branch, base: editor.head, ...(confirm ? { confirm } : {}) }),
    onSuccess: async (answer, { text }) => {
      setExchanges((current) => [...current, { prompt: text, answer }]);
      // A picture the assistant made is new in the library as well as on the page.
      if (answer.commit) await Promise.all([editor.reload(), queryClient.invalidateQueries({ queryKey: assetKeys.list(siteId) })]);
    },
    onError: (error, { text }) => {
      const needsConfirmation = error instanceof ApiError && error.code === 'AI_CONFIRMATION_REQUIRED';
      setExchanges((current) => [...current, { prompt: text, error: errorMessage(error), needsConfirmation }]);
    },
  });
  const submit = () => {
    const text = prompt.trim();
    if (text === '') return;
    editor.flush();
    send.mutate({ text, confirm: false });
    setPrompt('');
  };

  return (
    <div className="space-y-4">
      <ol className="space-y-3" aria-label="Chat" aria-live="polite">
        {exchanges.map((exchange, index) => (
          <li key={index} className="space-y-2">
            <p className="ml-8 rounded-card rounded-br-sm bg-brand-700 px-3 py-2 text-small text-white">{exchange.prompt}</p>
            {exchange.answer?.commit ? (
              <Alert tone="success">
                {exchange.answer.summary ?? exchange.answer.commit.summary}{' '}
                <Link className="focus-ring rounded font-semibold underline" to={`/sites/${siteId}/history?commit=${encodeURIComponent(exchange.answer.commit.id)}`}>
                  See the change
                </Link>
              </Alert>
            ) : exchange.answer?.question ? (
              <Alert tone="info" title="A question first">
                {exchange.answer.question}
              </Alert>
            ) : exchange.error ? (
              <Alert tone="danger">
                {exchange.error}
                {exchange.needsConfirmation ? (
                  <Button size="sm" variant="danger" className="mt-2" onClick={() => send.mutate({ text: exchange.prompt, confirm: true })}>
                    Yes, go ahead
                  </Button>
                ) : null}
              </Alert>
            ) : null}
          </li>
        ))}
      </ol>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field label="Describe a change" hint='For example "make the buttons more rounded" or "add a FAQ section".'>
          {(control) => (
            <Textarea
              {...control}
              className="min-h-20"
              value={prompt}
              onChange={(event) => setPrompt(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  submit();
                }
              }}
            />
          )}
        </Field>
        <Button type="submit" isBusy={send.isPending} className="w-full">
          Send
        </Button>
      </form>
    </div>
  );
}
