// The editor's chat conversation of one branch: pages of answered turns, the newest page first (each page oldest
// first), so the Chat tab shows the newest turns and loads earlier ones on request.
import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import { type Answer, api, type Schema } from './contract.ts';

export type ChatTurn = Schema<'ChatTurn'>;
type ChatPage = Answer<'/api/sites/{id}/chat', 'get'>;

export const chatKeys = {
  conversation: (siteId: string, branch: string) => ['sites', siteId, 'chat', branch] as const,
};

const PAGE_SIZE = 50;

export function useChatTurns(siteId: string, branch: string) {
  return useInfiniteQuery({
    queryKey: chatKeys.conversation(siteId, branch),
    initialPageParam: '',
    queryFn: ({ pageParam }) => api.get('/api/sites/{id}/chat', { path: { id: siteId }, query: { branch, limit: PAGE_SIZE, before: pageParam || undefined } }),
    getNextPageParam: (page) => (page.hasMore ? page.turns[0]?.id : undefined),
  });
}

/** Every loaded turn, oldest first. */
export function turnsInOrder(data: InfiniteData<ChatPage> | undefined): ChatTurn[] {
  return [...(data?.pages ?? [])].reverse().flatMap((page) => page.turns);
}
