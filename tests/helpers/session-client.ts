/**
 * A client that keeps the session cookie, like a browser would: over `app.request()` (no socket),
 * or over real HTTP to a running server (`SessionClient.overHttp`).
 */

/** What sends a request: a Hono app, or `fetch` against a server. */
export interface RequestTarget {
  request(url: string, init: RequestInit): Response | Promise<Response>;
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

export class SessionClient {
  cookie: string | null = null;

  constructor(
    readonly app: RequestTarget,
    readonly origin = 'http://localhost',
  ) {}

  /** Real HTTP to a server at `base` (e.g. http://127.0.0.1:3000). */
  static overHttp(base: string): SessionClient {
    return new SessionClient({ request: (url, init) => fetch(url, init) }, base);
  }

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.request(`${this.origin}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      const [name, value] = pair!.split('=');
      this.cookie = value ? `${name}=${value}` : null;
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(set)) this.cookie = null;
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers } as Reply;
  }
}
