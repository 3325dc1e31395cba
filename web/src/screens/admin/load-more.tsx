// The "Load more" under an admin list, with its loading and error states.
import { errorMessage } from '../../api/index.ts';
import { Alert, Button } from '../../ui/index.ts';

export function LoadMore({ list }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; isFetchNextPageError: boolean; error: unknown; fetchNextPage: () => unknown } }) {
  if (!list.hasNextPage && !list.isFetchNextPageError) return null;
  return (
    <div className="space-y-2">
      {list.isFetchNextPageError ? <Alert tone="danger">{errorMessage(list.error)}</Alert> : null}
      <Button variant="secondary" size="sm" isBusy={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
        Load more
      </Button>
    </div>
  );
}
