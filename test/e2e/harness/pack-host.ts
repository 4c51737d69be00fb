import type { BrowserContext } from 'playwright-core';

/** Stands in for the site a PMO publishes its pack on; granted only in the e2e build (wxt.config.ts). */
export const PACK_ORIGIN = 'https://packs.example.test';

/** How the routed pack address answers: the pack (with its ETag), or one of the ways publishing goes wrong. */
export type PackAnswer =
  | 'pack'
  | 'server-error'
  | 'not-found'
  | 'not-json'
  | 'invalid-pack'
  | 'login-page'
  | 'redirect';

/**
 * A published pack at a routed URL: serves the current text with an ETag,
 * a 304 to a request that already has it, or the failure a test chose,
 * and remembers what each request asked and got.
 */
export class PackHost {
  answer: PackAnswer = 'pack';
  private text = '';
  private etag = '';
  private version = 0;
  readonly requests: { ifNoneMatch: string | null; status: number }[] = [];

  private constructor(readonly url: string) {}

  static async start(context: BrowserContext, path = '/strategy/acme.json'): Promise<PackHost> {
    const host = new PackHost(`${PACK_ORIGIN}${path}`);
    await context.route(`${PACK_ORIGIN}/**`, async (route) => {
      const ifNoneMatch = await route.request().headerValue('if-none-match');
      const answer = host.respond(ifNoneMatch);
      host.requests.push({ ifNoneMatch, status: answer.status });
      await route.fulfill(answer);
    });
    return host;
  }

  /** Publishes a new version of the pack, with a new ETag. */
  publish(pack: unknown): void {
    this.text = JSON.stringify(pack);
    this.version++;
    this.etag = `"v${this.version}"`;
    this.answer = 'pack';
  }

  private respond(ifNoneMatch: string | null): {
    status: number;
    body?: string;
    headers?: Record<string, string>;
    contentType?: string;
  } {
    switch (this.answer) {
      case 'pack':
        if (ifNoneMatch === this.etag) return { status: 304, headers: { etag: this.etag } };
        return { status: 200, body: this.text, contentType: 'application/json', headers: { etag: this.etag } };
      case 'server-error':
        return { status: 503, body: 'Service unavailable', contentType: 'text/plain' };
      case 'not-found':
        return { status: 404, body: 'Not found', contentType: 'text/plain' };
      case 'not-json':
        return { status: 200, body: 'format: throughline.pack', contentType: 'application/json' };
      case 'invalid-pack':
        return {
          status: 200,
          body: JSON.stringify({ ...JSON.parse(this.text), themes: 'none' }),
          contentType: 'application/json',
        };
      case 'login-page':
        return {
          status: 200,
          body: '<!doctype html><title>Sign in</title><form>Sign in</form>',
          contentType: 'text/html',
        };
      case 'redirect':
        return { status: 302, headers: { location: 'https://login.example.test/sso?next=pack' } };
    }
  }
}
