import { describe, expect, it } from 'vitest';
import type { AiSettings } from '../../api/index.ts';
import { aiChangeFrom, aiFormFrom } from './ai-settings-form.ts';

const CURRENT: AiSettings = { attempts: 3, timeoutSeconds: 30, dailyBudgetUsd: 50, contextStrategy: 'scoped', models: { intent: 'offline', editor: 'offline', generator: 'offline', image: 'offline' } };

describe('the AI settings form', () => {
  it('sends only what changed (nothing when nothing did), models trimmed', () => {
    expect(aiChangeFrom(aiFormFrom(CURRENT), CURRENT)).toEqual({ change: {} });
    const form = aiFormFrom(CURRENT);
    form.models.editor = '  anthropic:claude-sonnet-4-5 ';
    form.dailyBudgetUsd = '$12.50';
    form.contextStrategy = 'page';
    expect(aiChangeFrom(form, CURRENT)).toEqual({ change: { models: { editor: 'anthropic:claude-sonnet-4-5' }, dailyBudgetUsd: 12.5, contextStrategy: 'page' } });
  });

  it('names each field it can’t send, with the key the server’s errors use', () => {
    const form = { ...aiFormFrom(CURRENT), attempts: '7', timeoutSeconds: '2.5', dailyBudgetUsd: 'lots' };
    form.models = { ...form.models, image: ' ' };
    expect(aiChangeFrom(form, CURRENT)).toEqual({ problems: { attempts: expect.any(String), timeoutSeconds: expect.any(String), dailyBudgetUsd: expect.any(String), image: expect.any(String) } });
  });
});
