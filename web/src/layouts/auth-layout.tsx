// The frame of the sign-in and sign-up screens: the logo, one card, and a line under it. A signed-in visitor
// goes straight on to where they were heading.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../api/index.ts';
import { Card, CardBody, LoadingBlock, Logo } from '../ui/index.ts';

/** Where to go after signing in: the `next` the guard remembered, if it is a path of this app. */
export function useNextPath(): string {
  const [parameters] = useSearchParams();
  const next = parameters.get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function AuthLayout({ icon: Icon, title, description, children, footer }: { icon?: LucideIcon; title: string; description: ReactNode; children: ReactNode; footer: ReactNode }) {
  const session = useSession();
  const next = useNextPath();
  if (session.isPending) return <LoadingBlock label="Loading…" />;
  if (session.data) return <Navigate to={next} replace />;
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
              <h1 className="text-headline font-semibold tracking-tight">{title}</h1>
              <p className="mt-1 text-body text-ink-muted">{description}</p>
            </div>
            {children}
          </CardBody>
        </Card>
        <p className="mt-6 text-center text-small text-ink-muted">{footer}</p>
      </main>
    </div>
  );
}
