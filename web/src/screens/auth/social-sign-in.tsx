// One button per OAuth provider the server has configured (GET /api/auth/providers); nothing when none is.
import { useMutation } from '@tanstack/react-query';
import { errorMessage, startSocialSignIn, useSignInMethods } from '../../api/index.ts';
import { Alert, Button } from '../../ui/index.ts';

/** `next`: where the provider brings the person back once signed in. */
export function SocialSignIn({ next = '/' }: { next?: string }) {
  const methods = useSignInMethods();
  const starting = useMutation({ mutationFn: (provider: string) => startSocialSignIn(provider, next) });
  const providers = methods.data?.social ?? [];
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      <div className="grid gap-2">
        {providers.map((provider) => (
          <Button key={provider.id} variant="secondary" className="w-full" isBusy={starting.isPending && starting.variables === provider.id} onClick={() => starting.mutate(provider.id)}>
            Continue with {provider.name}
          </Button>
        ))}
      </div>
      {starting.isError ? <Alert tone="danger">{errorMessage(starting.error)}</Alert> : null}
      <div className="flex items-center gap-3 text-caption text-ink-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-line" />
        or
        <span className="h-px flex-1 bg-line" />
      </div>
    </div>
  );
}
