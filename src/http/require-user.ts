import type { SessionUser } from '../auth/index.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from './app-env.ts';

/** The signed-in user, or a 401 UNAUTHENTICATED problem. */
export function requireUser(c: AppContext): SessionUser {
  const user = c.get('user');
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** A signed-in platform admin, or 401 / 403. */
export function requirePlatformAdmin(c: AppContext): SessionUser {
  const user = requireUser(c);
  if (!user.isPlatformAdmin) throw new AppError('FORBIDDEN', { detail: 'Only platform admins may do this.' });
  return user;
}
