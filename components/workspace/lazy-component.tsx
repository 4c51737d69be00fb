import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { ProblemAlert } from '../ProblemAlert';

/** A component whose script loads when first shown, or earlier when asked (`preload`). */
export type LazyComponent<P> = FunctionComponent<P> & { preload(): void };

/**
 * A component whose script loads once, when first shown: the workspace
 * opens with the script of the view in sight only. Running the whole
 * workspace's script before its first paint took longer than the rest of a
 * first render with a large catalogue. A script that cannot load (the
 * extension was updated while the page stayed open) says so, and is tried
 * again the next time the component is shown.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>): LazyComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const [Component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      let current = true;
      start().then(
        (component) => current && setComponent(() => component),
        (error: unknown) => {
          console.error('Throughline: a part of the workspace did not load', error);
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (Component) return <Component {...props} />;
    return failed ? <ProblemAlert title={t('lazyComponent_couldNotLoad')} problems={[]} /> : null;
  }
  return Object.assign(Lazy, {
    preload: () => {
      start().catch(() => {});
    },
  });
}

/**
 * A component in the page's own script, shaped like a lazy one: for the
 * views with a first-render budget (README, Benchmark), where waiting for a
 * script of their own took longer than the rest of the render. Its preload
 * sends the requests its first render waits for (`early-request.ts`).
 */
export function eagerComponent<P extends object>(
  Component: FunctionComponent<P>,
  preload: () => void = () => {},
): LazyComponent<P> {
  const Eager = (props: P) => <Component {...props} />;
  return Object.assign(Eager, { preload });
}
