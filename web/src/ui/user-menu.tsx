// The signed-in person's menu in the header: who is signed in, their account settings, Billing (while this PageHub takes payments), the admin screens (platform admins only), and signing out. A disclosure button with a
// list of actions; Escape or a click elsewhere closes it.
import { ChevronDown, CreditCard, LogOut, ShieldCheck, UserRound } from 'lucide-react';
import { Link } from 'react-router';
import { classNames } from './class-names.ts';
import { useDisclosure } from './use-disclosure.ts';

export interface UserMenuProps {
  name: string;
  email: string;
  onSignOut: () => void;
  isSigningOut?: boolean;
  /** Offers the Billing page (only while this PageHub takes payments). */
  hasBilling?: boolean;
  /** Platform admins get a link to the admin screens; nobody else sees it. */
  isPlatformAdmin?: boolean;
}

function initials(name: string, email: string): string {
  const words = (name.trim() || email).split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

export function UserMenu({ name, email, onSignOut, isSigningOut = false, hasBilling = false, isPlatformAdmin = false }: UserMenuProps) {
  const { isOpen, close, containerProps, buttonProps, menuProps } = useDisclosure();

  return (
    <div {...containerProps} className="relative">
      <button
        {...buttonProps}
        className="focus-ring flex items-center gap-1.5 rounded-full p-0.5 pr-1.5 hover:bg-brand-50"
      >
        <span aria-hidden="true" className="flex size-9 items-center justify-center rounded-full bg-brand-700 text-small font-semibold text-white">
          {initials(name, email)}
        </span>
        <span className="sr-only">Account menu for {name || email}</span>
        <ChevronDown aria-hidden="true" className={classNames('size-4 text-ink-muted transition-transform', isOpen && 'rotate-180')} />
      </button>
      <div {...menuProps} className="absolute right-0 z-40 mt-2 w-64 rounded-card border border-line bg-surface p-1.5 shadow-raised">
        <div className="border-b border-line px-3 pt-2 pb-3">
          <p className="truncate text-small font-semibold text-ink">{name || 'Your account'}</p>
          <p className="truncate text-small text-ink-muted">{email}</p>
        </div>
        <Link
          to="/account"
          onClick={close}
          className="focus-ring mt-1.5 flex w-full items-center gap-2 rounded-control px-3 py-2 text-left text-small font-medium text-ink hover:bg-canvas"
        >
          <UserRound aria-hidden="true" className="size-4" />
          Your account
        </Link>
        {hasBilling ? (
          <Link
            to="/billing"
            onClick={close}
            className="focus-ring flex w-full items-center gap-2 rounded-control px-3 py-2 text-left text-small font-medium text-ink hover:bg-canvas"
          >
            <CreditCard aria-hidden="true" className="size-4" />
            Billing
          </Link>
        ) : null}
        {isPlatformAdmin ? (
          <Link to="/admin" onClick={close} className="focus-ring flex w-full items-center gap-2 rounded-control px-3 py-2 text-left text-small font-medium text-ink hover:bg-canvas">
            <ShieldCheck aria-hidden="true" className="size-4" />
            Admin
          </Link>
        ) : null}
        <button
          type="button"
          onClick={onSignOut}
          disabled={isSigningOut}
          className="focus-ring flex w-full items-center gap-2 rounded-control px-3 py-2 text-left text-small font-medium text-ink hover:bg-canvas"
        >
          <LogOut aria-hidden="true" className="size-4" />
          {isSigningOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </div>
  );
}
