// The frame of the sign-in and sign-up screens (a CardFrame). A signed-in visitor
// goes straight on to where they were heading.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../api/index.ts';
import { LoadingBlock } from '../ui/index.ts';
import { CardFrame } from './card-frame.tsx';

/** Where to go after signing in: the `next` the guard remembered, if it is a path of this app. */
export function useNextPath(): string {
  const [parameters] = useSearchParams();
  const next = parameters.get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** `path`, carrying `next` along when it leads somewhere other than the dashboard (sign-in ⇄ sign-up). */
export function withNext(path: string, next: string): string {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;
}

export function AuthLayout({ icon: Icon, title, description, children, footer }: { icon?: LucideIcon; title: string; description: ReactNode; children: ReactNode; footer: ReactNode }) {
  const session = useSession();
  const next = useNextPath();
  if (session.isPending) return <LoadingBlock label="Loading…" />;
  if (session.data) return <Navigate to={next} replace />;
  return (
    <CardFrame icon={Icon} title={title} description={description} footer={footer}>
      {children}
    </CardFrame>
  );
}
