// A tiny HTTP client for tests of a real server: keeps the session cookie and sends the Origin that
// better-auth expects from the editor.
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, any> }>;

export function apiClient(url: string): ApiCall {
  let cookie = '';
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { origin: url, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
    if (setCookie) cookie = setCookie;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
}
