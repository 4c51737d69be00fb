import type { BrowserContext, Page } from 'playwright-core';

/**
 * Uncaught exceptions per page, for every page the context opens: tests
 * assert none, since the overlay must fail soft inside a host page.
 */
export class PageErrors {
  readonly #errors = new WeakMap<Page, Error[]>();

  constructor(context: BrowserContext) {
    for (const page of context.pages()) this.#watch(page);
    context.on('page', (page) => this.#watch(page));
  }

  of(page: Page): Error[] {
    return this.#errors.get(page) ?? [];
  }

  #watch(page: Page): void {
    const errors: Error[] = [];
    this.#errors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error));
  }
}
