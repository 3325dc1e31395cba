export { SignedInLayout } from './signed-in-layout.tsx';
export { AuthLayout, useNextPath, withNext } from './auth-layout.tsx';
export { CardFrame } from './card-frame.tsx';
