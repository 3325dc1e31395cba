// /sites/:id/inbox — messages visitors sent through the contact forms of the published site, newest first, unread
// ones marked; each can be marked read or unread, answered by email, or deleted (owners). Export downloads them
// all as a spreadsheet file (CSV). The member's own choice of how they hear of new messages sits beside the list.
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { Download, Inbox } from 'lucide-react';
import { useParams } from 'react-router';
import {
  deleteMessage,
  errorMessage,
  leadKeys,
  markMessage,
  messagesCsvUrl,
  siteKeys,
  useSiteDetail,
  useVisitorMessages,
  type VisitorMessage,
  type VisitorMessagePage,
} from '../../api/index.ts';
import { Alert, Button, buttonClasses, EmptyState, LoadingBlock, useToast } from '../../ui/index.ts';
import { MessageCard } from './message-card.tsx';
import { NotificationSetting } from './notification-setting.tsx';

type MessagePages = InfiniteData<VisitorMessagePage>;

/** The cached pages with one message replaced (or removed, when `next` is null). */
function withMessage(pages: MessagePages | undefined, id: string, next: VisitorMessage | null): MessagePages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({ ...page, submissions: page.submissions.flatMap((message) => (message.id !== id ? [message] : next ? [next] : [])) })),
  };
}

export function InboxScreen() {
  const { id = '' } = useParams();
  const detail = useSiteDetail(id);
  const role = detail.data?.site.role;
  if (!detail.data) return detail.isPending ? <LoadingBlock label="Loading the messages…" /> : null;
  if (role === 'viewer') {
    return (
      <EmptyState icon={Inbox} title="Messages are for editors and owners">
        Visitors' names, addresses and messages are shown to the people who answer them. Ask an owner if you need to see them.
      </EmptyState>
    );
  }
  return <Messages siteId={id} siteName={detail.data.site.name} isOwner={role === 'owner'} />;
}

function Messages({ siteId, siteName, isOwner }: { siteId: string; siteName: string; isOwner: boolean }) {
  const messages = useVisitorMessages(siteId);
  const queryClient = useQueryClient();
  const toast = useToast();
  const refreshCount = () => queryClient.invalidateQueries({ queryKey: siteKeys.list, exact: true });
  const marking = useMutation({
    mutationFn: ({ messageId, read }: { messageId: string; read: boolean }) => markMessage(siteId, messageId, read),
    onSuccess: async ({ submission }) => {
      queryClient.setQueryData<MessagePages>(leadKeys.messages(siteId), (pages) => withMessage(pages, submission.id, submission));
      await refreshCount();
    },
    onError: (error) => toast(errorMessage(error), 'danger'),
  });
  const deleting = useMutation({
    mutationFn: (messageId: string) => deleteMessage(siteId, messageId),
    onSuccess: async (_answer, messageId) => {
      queryClient.setQueryData<MessagePages>(leadKeys.messages(siteId), (pages) => withMessage(pages, messageId, null));
      toast('Message deleted.', 'success');
      await refreshCount();
    },
    onError: (error) => toast(errorMessage(error), 'danger'),
  });
  const all = messages.data?.pages.flatMap((page) => page.submissions) ?? [];
  const unread = all.filter((message) => !message.read).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby="messages-heading" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="messages-heading" className="text-title font-semibold text-ink">
              Messages from visitors
            </h2>
            <p className="mt-1 text-small text-ink-muted">
              {messages.data ? (all.length === 0 ? 'What visitors send through the contact forms of your published site.' : `${unread === 0 ? 'All read' : `${unread} unread`} · newest first`) : 'Newest first.'}
            </p>
          </div>
          {all.length > 0 ? (
            <a href={messagesCsvUrl(siteId)} download className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              <Download aria-hidden="true" className="size-4" />
              Export as spreadsheet (CSV)
            </a>
          ) : null}
        </div>
        {messages.isPending ? <LoadingBlock label="Loading the messages…" /> : null}
        {messages.isError ? (
          <Alert tone="danger" title="The messages could not be loaded">
            {errorMessage(messages.error)}
          </Alert>
        ) : null}
        {messages.data && all.length === 0 ? (
          <EmptyState icon={Inbox} title="No messages yet">
            When a visitor sends the contact form on your published site, the message appears here.
          </EmptyState>
        ) : null}
        <ul className="space-y-3">
          {all.map((message) => (
            <MessageCard
              key={message.id}
              message={message}
              siteName={siteName}
              actions={{
                onMark: (read) => marking.mutate({ messageId: message.id, read }),
                onDelete: () => deleting.mutate(message.id),
                isMarking: marking.isPending && marking.variables.messageId === message.id,
                isDeleting: deleting.isPending && deleting.variables === message.id,
                canDelete: isOwner,
              }}
            />
          ))}
        </ul>
        {messages.hasNextPage ? (
          <Button variant="secondary" onClick={() => void messages.fetchNextPage()} isBusy={messages.isFetchingNextPage}>
            Show older messages
          </Button>
        ) : null}
      </section>
      <aside className="space-y-3">
        <NotificationSetting siteId={siteId} />
      </aside>
    </div>
  );
}
