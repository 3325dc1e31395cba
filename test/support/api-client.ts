// A tiny HTTP client for tests of a real server: keeps the session cookie and sends the Origin that
// better-auth expects from the editor. Redirects are not followed, so a link that signs in (a confirmation or
// magic link opened with GET) hands its session cookie to the client.
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, any> }>;

export function apiClient(url: string): ApiCall {
  let cookie = '';
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      redirect: 'manual',
      headers: { origin: url, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
    if (setCookie) cookie = setCookie;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
}

/**
 * Signs up over HTTP and opens the confirmation link mailed to the new address (found by `linkMailedTo`: from an
 * outbox, an SMTP inbox or the server's log), so `api` carries the new account's session afterwards.
 */
export async function signUpAndConfirm(api: ApiCall, person: { name: string; email: string; password: string }, linkMailedTo: (email: string) => string | Promise<string>): Promise<{ userId: string }> {
  const signedUp = await api('POST', '/api/auth/sign-up/email', person);
  if (signedUp.status !== 200) throw new Error(`sign-up of ${person.email} answered ${signedUp.status}: ${JSON.stringify(signedUp.body)}`);
  const link = new URL(await linkMailedTo(person.email));
  const confirmed = await api('GET', `${link.pathname}${link.search}`);
  if (confirmed.status !== 302) throw new Error(`the confirmation link of ${person.email} answered ${confirmed.status}`);
  return { userId: signedUp.body.user.id as string };
}
