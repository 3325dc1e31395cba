// One message from a visitor: unread ones stand out (a dot, "New", a tinted edge); read/unread, Reply by email
// when the visitor gave an address, and Delete (owners) after a confirmation.
import { Mail, MailOpen, Reply, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { VisitorMessage } from '../../api/index.ts';
import { Button, buttonClasses, classNames, Dialog } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';
import { replyHref } from './reply-link.ts';

/** A field name as a person reads it: `first_name` → "First name". */
function fieldLabel(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface MessageActions {
  onMark: (read: boolean) => void;
  onDelete: () => void;
  isMarking: boolean;
  isDeleting: boolean;
  canDelete: boolean;
}

export function MessageCard({ message, siteName, actions }: { message: VisitorMessage; siteName: string; actions: MessageActions }) {
  const [isConfirming, setConfirming] = useState(false);
  const reply = replyHref(message.data, siteName);
  const from = message.data.name ?? message.data.email ?? 'A visitor';
  const received = new Date(message.createdAt);
  return (
    <li
      className={classNames('rounded-card border bg-surface p-4 shadow-card', message.read ? 'border-line' : 'border-brand-100 border-l-4 border-l-brand-700')}
      data-testid="visitor-message"
      data-read={message.read ? 'true' : 'false'}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="flex min-w-0 items-center gap-2 text-body font-semibold text-ink">
          {message.read ? null : <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full bg-brand-700" />}
          <span className="truncate">{from}</span>
          {message.read ? null : <span className="rounded-full bg-brand-50 px-2 py-0.5 text-caption font-medium text-brand-800">New</span>}
        </h3>
        <p className="text-caption text-ink-muted">
          <time dateTime={message.createdAt} title={received.toLocaleString()}>
            {relativeTime(message.createdAt)}
          </time>
          {message.place ? <> · {message.place}</> : null}
        </p>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-small sm:grid-cols-[minmax(6rem,auto)_minmax(0,1fr)]">
        {Object.entries(message.data).map(([field, value]) => (
          <div key={field} className="contents">
            <dt className="font-medium text-ink-muted">{fieldLabel(field)}</dt>
            <dd className="mb-2 break-words whitespace-pre-wrap text-ink sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap gap-2">
        {reply ? (
          <a href={reply} className={buttonClasses({ variant: 'primary', size: 'sm' })}>
            <Reply aria-hidden="true" className="size-4" />
            Reply
          </a>
        ) : null}
        <Button variant="secondary" size="sm" isBusy={actions.isMarking} onClick={() => actions.onMark(!message.read)}>
          {message.read ? <Mail aria-hidden="true" className="size-4" /> : <MailOpen aria-hidden="true" className="size-4" />}
          {message.read ? 'Mark as unread' : 'Mark as read'}
        </Button>
        {actions.canDelete ? (
          <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} className="text-danger hover:bg-danger-soft">
            <Trash2 aria-hidden="true" className="size-4" />
            Delete
          </Button>
        ) : null}
      </div>
      <Dialog isOpen={isConfirming} onClose={() => setConfirming(false)} title="Delete this message?" description={`The message from ${from} is removed for everyone on this site. This cannot be undone.`}>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setConfirming(false)} data-autofocus>
            Keep it
          </Button>
          <Button
            variant="danger"
            isBusy={actions.isDeleting}
            onClick={() => {
              actions.onDelete();
              setConfirming(false);
            }}
          >
            Delete message
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
