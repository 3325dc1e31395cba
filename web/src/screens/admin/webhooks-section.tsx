// /admin/webhooks — Stripe's events as PageHub received them, newest first: type, when received, processed or the
// error, and attempts; a failed one can be processed again (its state is read again from Stripe).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminKeys, errorMessage, reprocessStripeEvent, type StripeEvent, useStripeEvents } from '../../api/index.ts';
import { Alert, Badge, Button, LoadingBlock, useToast } from '../../ui/index.ts';
import { formatDateTime } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { LoadMore } from './load-more.tsx';

function EventState({ event }: { event: StripeEvent }) {
  if (event.error) return <Badge tone="warning">failed</Badge>;
  return event.processedAt ? <Badge tone="success">processed</Badge> : <Badge>waiting</Badge>;
}

export function WebhooksSection() {
  const events = useStripeEvents();
  const queryClient = useQueryClient();
  const toast = useToast();
  const reprocessing = useMutation({
    mutationFn: reprocessStripeEvent,
    onSuccess: async () => {
      toast('The event is processed.', 'success');
      await queryClient.invalidateQueries({ queryKey: adminKeys.webhooks });
    },
  });
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <div className="space-y-4">
      <p className="text-body text-ink-muted">What Stripe told PageHub about payments and subscriptions, and whether PageHub acted on it.</p>
      {events.isError && !events.isFetchNextPageError ? <Alert tone="danger">{errorMessage(events.error)}</Alert> : null}
      {reprocessing.isError ? (
        <Alert tone="danger" title="The event failed again">
          {errorMessage(reprocessing.error)}
        </Alert>
      ) : null}
      {events.isPending ? (
        <LoadingBlock label="Loading the events…" />
      ) : (
        <AdminTable
          label="Stripe events"
          header={
            <>
              <Th>Event</Th>
              <Th>Received</Th>
              <Th>State</Th>
              <Th className="text-right">Attempts</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
          footer={events.hasNextPage ? <LoadMore list={events} /> : null}
        >
          {rows.length === 0 ? <EmptyRow columns={5}>No events from Stripe yet.</EmptyRow> : null}
          {rows.map((event) => (
            <tr key={event.id}>
              <Td>
                <p className="font-mono text-caption whitespace-nowrap">{event.type}</p>
                <p className="font-mono text-caption whitespace-nowrap text-ink-muted">{event.id}</p>
              </Td>
              <Td className="whitespace-nowrap text-ink-muted">{formatDateTime(event.receivedAt)}</Td>
              <Td>
                <EventState event={event} />
                {event.error ? <p className="mt-1 max-w-sm min-w-48 text-caption text-danger">{event.error}</p> : null}
                {event.processedAt && !event.error ? <p className="mt-1 text-caption whitespace-nowrap text-ink-muted">{formatDateTime(event.processedAt)}</p> : null}
              </Td>
              <Td className="text-right tabular-nums">{event.attempts}</Td>
              <Td className="py-1.5 text-right">
                {event.error ? (
                  <Button size="sm" variant="secondary" isBusy={reprocessing.isPending && reprocessing.variables === event.id} onClick={() => reprocessing.mutate(event.id)}>
                    Process again
                  </Button>
                ) : null}
              </Td>
            </tr>
          ))}
        </AdminTable>
      )}
    </div>
  );
}
