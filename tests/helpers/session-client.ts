/** A client over `app.request()` that keeps the session cookie, like a browser would. */
import type { Hono } from 'hono';

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

export class SessionClient {
  cookie: string | null = null;

  constructor(
    readonly app: Hono<any>,
    readonly origin = 'http://localhost',
  ) {}

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
