// The Jobs screen's queues: per queue, jobs waiting, running, waiting for a retry, failed for good and done; a
// queue whose failed jobs go on to another (its dead-letter queue) says which.
import type { QueueFigures } from '../../api/index.ts';
import { formatCount } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';

const QUEUE_WORDS: Record<string, string> = {
  'site-generation': 'Writing new sites',
  'site-generation-abandoned': 'Closing generations that gave up',
  'picture-variants': 'Preparing uploaded pictures',
  'picture-variants-abandoned': 'Closing picture jobs that gave up',
};

export function QueueTable({ queues }: { queues: QueueFigures[] }) {
  const deadLetters = new Map(queues.filter((queue) => queue.deadLetter).map((queue) => [queue.deadLetter!, queue.name]));
  return (
    <AdminTable
      label="Queues"
      header={
        <>
          <Th>Queue</Th>
          <Th className="hidden text-right sm:table-cell">Waiting</Th>
          <Th className="hidden text-right sm:table-cell">Running</Th>
          <Th className="hidden text-right sm:table-cell">Retrying</Th>
          <Th className="hidden text-right sm:table-cell">Failed</Th>
          <Th className="hidden text-right sm:table-cell">Done</Th>
        </>
      }
    >
      {queues.length === 0 ? <EmptyRow columns={6}>No queues yet.</EmptyRow> : null}
      {queues.map((queue) => (
        <tr key={queue.name} data-testid="queue-row">
          <Td>
            <p className="font-mono text-caption break-all">{queue.name}</p>
            {QUEUE_WORDS[queue.name] ? <p className="text-caption whitespace-nowrap text-ink-muted">{QUEUE_WORDS[queue.name]}</p> : null}
            {queue.deadLetter ? <p className="text-caption break-words text-ink-muted">Failed jobs go on to {queue.deadLetter}</p> : null}
            {deadLetters.has(queue.name) ? <p className="text-caption whitespace-nowrap text-warning">Dead letters of {deadLetters.get(queue.name)}</p> : null}
            {/* On a phone the figures fold in here. */}
            <p className="mt-1 text-caption text-ink sm:hidden">
              {formatCount(queue.created)} waiting · {formatCount(queue.active)} running · {formatCount(queue.retry)} retrying ·{' '}
              <span className={queue.failed > 0 ? 'font-semibold text-danger' : ''}>{formatCount(queue.failed)} failed</span> · {formatCount(queue.completed)} done
            </p>
          </Td>
          <Td className="hidden text-right tabular-nums sm:table-cell">{formatCount(queue.created)}</Td>
          <Td className="hidden text-right tabular-nums sm:table-cell">{formatCount(queue.active)}</Td>
          <Td className="hidden text-right tabular-nums sm:table-cell">{formatCount(queue.retry)}</Td>
          <Td className={queue.failed > 0 ? 'hidden text-right font-semibold text-danger tabular-nums sm:table-cell' : 'hidden text-right tabular-nums sm:table-cell'}>{formatCount(queue.failed)}</Td>
          <Td className="hidden text-right text-ink-muted tabular-nums sm:table-cell">{formatCount(queue.completed)}</Td>
        </tr>
      ))}
    </AdminTable>
  );
}
