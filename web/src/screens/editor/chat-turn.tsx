// One turn of the chat: what was asked (with who asked, when it was another member) and how PageHub answered — the
// change with a link to it in the history, a question back, or why it could not, with "Yes, go ahead" when a
// deletion waits for a confirmation.
import { Link } from 'react-router';
import type { ChatTurn } from '../../api/index.ts';
import { Alert, Button, classNames } from '../../ui/index.ts';
import { refusalAction } from '../billing/billing-refusal.tsx';

/** The part of a turn the panel draws: a stored turn, or one being answered right now. */
export type TurnView = Pick<ChatTurn, 'prompt' | 'outcome' | 'reply' | 'commitId'> & Partial<Pick<ChatTurn, 'errorCode'>>;

const BILLING_CODES = new Set(['PLAN_LIMIT', 'ACCOUNT_READ_ONLY', 'PAYMENT_REQUIRED']);

interface ChatTurnProps {
  siteId: string;
  turn: TurnView;
  /** Set when another member asked: "Ana asked". */
  askedBy?: string | undefined;
  /** Offered on the newest turn when it waits for a confirmation. */
  onConfirm?: (() => void) | undefined;
}

export function ChatTurnItem({ siteId, turn, askedBy, onConfirm }: ChatTurnProps) {
  return (
    <li className="space-y-2">
      {askedBy ? <p className="text-right text-small text-ink-muted">{askedBy} asked</p> : null}
      <p className={classNames('ml-8 rounded-card rounded-br-sm px-3 py-2 text-small', askedBy ? 'border border-brand-100 bg-brand-50 text-ink' : 'bg-brand-700 text-white')}>{turn.prompt}</p>
      {turn.outcome === 'commit' ? (
        <Alert tone="success">
          {turn.reply}{' '}
          {turn.commitId ? (
            <Link className="focus-ring rounded font-semibold underline" to={`/sites/${siteId}/history?commit=${encodeURIComponent(turn.commitId)}`}>
              See the change
            </Link>
          ) : null}
        </Alert>
      ) : turn.outcome === 'question' ? (
        <Alert tone="info" title="A question first">
          {turn.reply}
        </Alert>
      ) : (
        <Alert tone="danger">
          {turn.reply}
          {turn.errorCode && BILLING_CODES.has(turn.errorCode) ? <BillingLink siteId={siteId} code={turn.errorCode} reply={turn.reply} /> : null}
          {onConfirm ? (
            <Button size="sm" variant="danger" className="mt-2" onClick={onConfirm}>
              Yes, go ahead
            </Button>
          ) : null}
        </Alert>
      )}
    </li>
  );
}

/** The way out of a refusal payment answers (the plan's AI edits used up, an account on hold). */
function BillingLink({ siteId, code, reply }: { siteId: string; code: string; reply: string }) {
  const action = refusalAction({ code, message: reply, limit: undefined, standing: undefined }, siteId);
  return (
    <>
      {' '}
      <Link className="focus-ring rounded font-semibold underline" to={action.to}>
        {action.label}
      </Link>
    </>
  );
}
