import { t } from '../i18n/catalogue';
import { type Timed, untimed } from './facts-client';

/** Why facts could not be fetched, in words for the popup ("facts unavailable: …"). */
export class FactsError extends Error {
  constructor(
    readonly reason: string,
    /** The whole site refused (signed out, too many requests), not only these items. */
    readonly wholeSite: boolean,
    /** When the tracker said to try again. */
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

/**
 * The endpoint did not answer with data: it is not there (an older or newer
 * tracker), or a web page came instead (a login page, or a path the server
 * does not know). Another documented endpoint may answer.
 */
export class EndpointMissing extends Error {
  constructor(readonly webPage: boolean) {
    super(webPage ? 'a web page instead of data' : 'no such endpoint');
  }
}

/**
 * Tries ways of asking one after another, starting with the one that
 * answered last time, until one answers with data. When none does, a web
 * page among the answers means the session is gone.
 */
export function firstAnswering<A, T>(
  ways: readonly ((arg: A, signal: AbortSignal | undefined, timed: Timed) => Promise<T>)[],
) {
  let working = 0;
  return async (arg: A, signal?: AbortSignal, timed: Timed = untimed): Promise<T> => {
    let webPage = false;
    for (let index = working; index < ways.length; index++) {
      try {
        const answer = await ways[index]!(arg, signal, timed);
        working = index;
        return answer;
      } catch (error) {
        if (!(error instanceof EndpointMissing)) throw error;
        webPage ||= error.webPage;
      }
    }
    throw webPage
      ? new FactsError(t('factsError_signedOutOfTheTracker'), true)
      : new FactsError(t('factsError_theTrackerSApiDoes'), true);
  };
}
