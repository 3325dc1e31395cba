// The Chat tab: describe a change in words; PageHub's AI commits it (the summary links to the commit in the
// history), asks a question back, or explains why it could not. Deleting content asks for a confirmation first.
// The conversation is kept per site and branch: it opens with the stored turns of every member, the newest last,
// and earlier ones load on request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, assetKeys, chatEdit, chatKeys, errorMessage, turnsInOrder, useChatTurns, useSession } from '../../api/index.ts';
import type { SiteEditor } from '../../editor/index.ts';
import { Alert, Button, Field, LoadingBlock, Spinner, Textarea } from '../../ui/index.ts';
import { ChatTurnItem, type TurnView } from './chat-turn.tsx';

export function ChatPanel({ siteId, editor }: { siteId: string; editor: SiteEditor }) {
  const [prompt, setPrompt] = useState('');
  /** An answer the conversation did not keep (the request never reached the assistant, or storing it failed). */
  const [unkept, setUnkept] = useState<TurnView | null>(null);
  const queryClient = useQueryClient();
  const session = useSession();
  const conversation = useChatTurns(siteId, editor.branch);
  const turns = turnsInOrder(conversation.data);
  const newest = turns.at(-1);
  const conversationKey = chatKeys.conversation(siteId, editor.branch);

  const send = useMutation({
    mutationFn: ({ text, confirm }: { text: string; confirm: boolean }) => chatEdit(siteId, { prompt: text, branch: editor.branch, base: editor.head, ...(confirm ? { confirm } : {}) }),
    onMutate: () => setUnkept(null),
    onSuccess: async (answer) => {
      // A picture the assistant made is new in the library as well as on the page.
      await Promise.all([queryClient.invalidateQueries({ queryKey: conversationKey }), ...(answer.commit ? [editor.reload(), queryClient.invalidateQueries({ queryKey: assetKeys.list(siteId) })] : [])]);
    },
    onError: async (error, { text }) => {
      await queryClient.invalidateQueries({ queryKey: conversationKey });
      const kept = turnsInOrder(queryClient.getQueryData(conversationKey)).at(-1);
      const code = error instanceof ApiError ? error.code : null;
      if (!kept || kept.prompt !== text || kept.errorCode !== code) setUnkept({ prompt: text, outcome: 'error', reply: errorMessage(error), commitId: null, errorCode: code });
    },
  });
  const submit = () => {
    const text = prompt.trim();
    if (text === '') return;
    editor.flush();
    send.mutate({ text, confirm: false });
    setPrompt('');
  };

  // The newest turn in view when the conversation opens and whenever a turn is added (not when earlier ones load).
  const end = useRef<HTMLDivElement>(null);
  const newestKey = `${newest?.id ?? ''}|${send.isPending ? 'pending' : ''}|${unkept ? 'unkept' : ''}`;
  useEffect(() => {
    // Braces: newer browsers answer scrollIntoView with a promise, which React would take for a clean-up function.
    void end.current?.scrollIntoView({ block: 'nearest' });
  }, [newestKey]);

  const myId = session.data?.id;
  return (
    <div className="space-y-4">
      {conversation.isPending ? <LoadingBlock label="Loading the conversation…" /> : null}
      {conversation.isError ? (
        <Alert tone="danger" title="The conversation could not be loaded">
          {errorMessage(conversation.error)}{' '}
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => void conversation.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {conversation.hasNextPage ? (
        <Button size="sm" variant="ghost" className="w-full" isBusy={conversation.isFetchingNextPage} onClick={() => void conversation.fetchNextPage()}>
          Show earlier messages
        </Button>
      ) : null}
      <ol className="space-y-3" aria-label="Chat" aria-live="polite">
        {turns.map((turn) => (
          <ChatTurnItem
            key={turn.id}
            siteId={siteId}
            turn={turn}
            askedBy={myId === undefined || turn.author?.id === myId ? undefined : (turn.author?.name ?? 'A former member')}
            onConfirm={turn === newest && turn.outcome === 'confirm' && !unkept && !send.isPending ? () => send.mutate({ text: turn.prompt, confirm: true }) : undefined}
          />
        ))}
        {unkept && !send.isPending ? <ChatTurnItem siteId={siteId} turn={unkept} /> : null}
        {send.isPending ? (
          <li className="space-y-2">
            <p className="ml-8 rounded-card rounded-br-sm bg-brand-700 px-3 py-2 text-small text-white">{send.variables.text}</p>
            <p className="flex items-center gap-2 text-small text-ink-muted">
              <Spinner /> Working on it…
            </p>
          </li>
        ) : null}
      </ol>
      <div ref={end} />
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
