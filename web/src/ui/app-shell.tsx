// The frame of every signed-in screen: a header with the logo, the main places, the "Create a site" action and
// the account menu; a skip link; and one width and padding for the content.
import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { buttonClasses } from './button.tsx';
import { classNames } from './class-names.ts';
import { Logo } from './logo.tsx';
import { SkipLink } from './skip-link.tsx';

export interface AppShellProps {
  /** The account menu (or anything else) at the right of the header. */
  account: ReactNode;
  children: ReactNode;
}

const NAVIGATION = [
  { to: '/', label: 'Sites', isEnd: true },
  { to: '/templates', label: 'Templates', isEnd: false },
];

export function AppShell({ account, children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 sm:h-16 sm:flex-nowrap sm:gap-x-6 sm:px-6">
          <Link to="/" className="focus-ring my-3 flex rounded-control sm:my-0" aria-label="PageHub, your sites">
            <Logo />
          </Link>
          <nav aria-label="Main" className="order-last -mx-1 flex w-full items-center gap-1 pb-2 sm:order-none sm:mx-0 sm:w-auto sm:pb-0">
            {NAVIGATION.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.isEnd}
                className={({ isActive }) => classNames('focus-ring rounded-control px-3 py-2 text-small font-medium', isActive ? 'bg-brand-50 text-brand-800' : 'text-ink-muted hover:text-ink')}
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            <Link to="/new" className={buttonClasses({ size: 'sm' })}>
              <Plus aria-hidden="true" className="size-4" />
              <span>
                Create<span className="hidden sm:inline"> a site</span>
              </span>
            </Link>
            {account}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10">
        {children}
      </main>
    </div>
  );
}

/** A screen's title row: heading, a line under it, and actions at the right (below on narrow screens). */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-display font-semibold tracking-tight text-ink">{title}</h1>
        {description ? <p className="mt-1.5 max-w-2xl text-body text-ink-muted">{description}</p> : null}
      </div>
      {/* The last action is the main one: on a phone it comes first, full width. */}
      {actions ? <div className="flex flex-col-reverse gap-3 sm:flex-row sm:flex-wrap">{actions}</div> : null}
    </div>
  );
}
