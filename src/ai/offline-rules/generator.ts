import { composeSite } from '../../composer/index.ts';
import type { GeneratorRole } from '../roles.ts';

/** The offline composer as the generator role. It streams nothing: the document arrives whole, in about a millisecond. */
export const offlineGeneratorRole: GeneratorRole = {
  provider: 'offline',
  model: 'composer',
  async generate(request) {
    const { site, notes } = composeSite(request.prompt);
    return { value: site, notes, usage: { inputTokens: 0, outputTokens: 0 } };
  },
};
