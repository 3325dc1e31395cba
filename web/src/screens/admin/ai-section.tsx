// /admin/ai — the AI settings in force (models per role, attempts, time per attempt, daily budget, how much of a
// page the editing model reads), changed at runtime and audited; and what the AI cost, by model, person or day.
import { AiCostsCard } from './ai-costs-card.tsx';
import { AiSettingsCard } from './ai-settings-card.tsx';

export function AiSection() {
  return (
    <div className="space-y-8">
      <p className="text-body text-ink-muted">Which AI models PageHub uses and how, and what they cost. Changes reach every server within a few seconds and are kept in the audit log.</p>
      <AiSettingsCard />
      <AiCostsCard />
    </div>
  );
}
