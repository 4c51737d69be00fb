import { useEffect, useState } from 'preact/hooks';
import { routeHref } from './route-href';

/** Where the workspace is: `#objectives`, `#objective/ob-grow-2`, `#search/grow`… */
export interface Route {
  section: string;
  arg: string;
}

export function parseRoute(hash: string): Route {
  const [section = '', ...rest] = hash.replace(/^#/, '').split('/');
  return { section: decodeURIComponent(section), arg: decodeURIComponent(rest.join('/')) };
}

export { routeHref };

export function navigate(section: string, arg?: string): void {
  location.hash = routeHref(section, arg);
}

/** The current route, following the address bar's hash (so back and forward work). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and this effect; that change fired no event we heard.
    onChange();
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
