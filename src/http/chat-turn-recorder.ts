// The AI edit route's side of the chat conversation: each turn it answers — a commit, a question, an error the
// person reads, a request to confirm a deletion — is stored with the prompt as typed. Storing is best effort:
// a turn that cannot be stored is logged, and the person still gets their answer.
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ChatOutcome } from '../store/index.ts';
import type { SiteHandle } from './site-handle.ts';

export function chatTurnRecorder(site: SiteHandle, logger: Logger, asked: { branch: string; prompt: string }) {
  const record = async (outcome: ChatOutcome, reply: string, extra: { errorCode?: string; commitId?: string } = {}): Promise<void> => {
    try {
      await site.chat.record({ ...asked, outcome, reply, ...extra });
    } catch (error) {
      logger.error({ err: error, siteId: site.row.id, outcome }, 'chat: recording a turn failed');
    }
  };
  return {
    committed: (commitId: string, summary: string) => record('commit', summary, { commitId }),
    asked: (question: string) => record('question', question),
    /** Records an error meant for the person (the AppError's detail, never a stack or a secret) and throws it on. */
    async refused(error: unknown): Promise<never> {
      if (error instanceof AppError) await record(error.code === 'AI_CONFIRMATION_REQUIRED' ? 'confirm' : 'error', error.detail, { errorCode: error.code });
      throw error;
    },
  };
}
