// Messages from visitors (the contact forms of the published site): the inbox list, marking read and unread,
// deleting, the CSV file, and how the signed-in member hears of new ones.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type Answer, api, callUrl, type RequestBody, type Schema } from './contract.ts';

export type VisitorMessage = Schema<'FormSubmission'>;
export type LeadNotifications = Schema<'LeadNotifications'>;
export type LeadMail = LeadNotifications['leadMail'];
/** One page of the list, as the inbox keeps it in its cache. */
export type VisitorMessagePage = Answer<'/api/sites/{id}/submissions', 'get'>;

export const leadKeys = {
  messages: (siteId: string) => ['sites', siteId, 'submissions'] as const,
  notifications: (siteId: string) => ['sites', siteId, 'lead-notifications'] as const,
};

/** The site's messages, newest first, 50 a page. */
export function useVisitorMessages(siteId: string) {
  return useInfiniteQuery({
    queryKey: leadKeys.messages(siteId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get('/api/sites/{id}/submissions', { path: { id: siteId }, query: { limit: 50, cursor: pageParam } }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export const markMessage = (siteId: string, submissionId: string, read: boolean) => api.patch('/api/sites/{id}/submissions/{submissionId}', { path: { id: siteId, submissionId }, body: { read } });
export const deleteMessage = (siteId: string, submissionId: string) => api.delete('/api/sites/{id}/submissions/{submissionId}', { path: { id: siteId, submissionId } });

/** Where the browser downloads every message as a spreadsheet file (CSV). */
export const messagesCsvUrl = (siteId: string) => callUrl('/api/sites/{id}/submissions.csv', { path: { id: siteId } });

export function useLeadNotifications(siteId: string) {
  return useQuery({ queryKey: leadKeys.notifications(siteId), queryFn: () => api.get('/api/sites/{id}/lead-notifications', { path: { id: siteId } }) });
}

export const setLeadNotifications = (siteId: string, body: RequestBody<'/api/sites/{id}/lead-notifications', 'put'>) => api.put('/api/sites/{id}/lead-notifications', { path: { id: siteId }, body });
