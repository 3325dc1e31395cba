export { SignedInLayout } from './signed-in-layout.tsx';
export { AuthLayout } from './auth-layout.tsx';
