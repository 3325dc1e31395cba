// One card under the logo, with a heading, a line of explanation and a line under the card: the frame of the
// sign-in and sign-up screens and of an invitation, which signed-out and signed-in people both see.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card, CardBody, Logo } from '../ui/index.ts';

export function CardFrame({ icon: Icon, title, description, children, footer }: { icon?: LucideIcon; title: string; description: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-10 sm:py-16">
      <Logo />
      <main id="main" tabIndex={-1} className="mt-8 w-full max-w-md outline-none">
        <Card>
          <CardBody className="space-y-6">
            <div>
              {Icon ? (
                <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                  <Icon aria-hidden="true" className="size-6" />
                </span>
              ) : null}
              <h1 className="text-headline font-semibold tracking-tight wrap-break-word">{title}</h1>
              <div className="mt-1 text-body text-ink-muted">{description}</div>
            </div>
            {children}
          </CardBody>
        </Card>
        {footer ? <p className="mt-6 text-center text-small text-ink-muted">{footer}</p> : null}
      </main>
    </div>
  );
}
