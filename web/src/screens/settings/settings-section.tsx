// One block of the Settings screen: a titled card with a line on what it is for.
import type { ReactNode } from 'react';
import { Card, CardBody } from '../../ui/index.ts';

export function SettingsSection({ id, title, description, children }: { id: string; title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardBody>
        <section aria-labelledby={id} className="space-y-4">
          <div>
            <h2 id={id} className="text-title font-semibold">
              {title}
            </h2>
            <p className="mt-1 text-small text-ink-muted">{description}</p>
          </div>
          {children}
        </section>
      </CardBody>
    </Card>
  );
}
