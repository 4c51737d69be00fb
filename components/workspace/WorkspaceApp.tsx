import { useEffect, useRef } from 'preact/hooks';
import { navigate, routeHref, useRoute } from '../../lib/workspace/route';
import { PackExport } from '../PackExport';
import { PackImport } from '../PackImport';
import { Subscriptions } from '../sharing/Subscriptions';
import { SECTIONS } from './sections';

/**
 * The strategy workspace: navigation, a search box (press "/" to focus it),
 * importing and exporting the strategy pack (on every section, so the
 * workspace always opens with them at hand) and the current section.
 */
export function WorkspaceApp() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  const current =
    SECTIONS.find((section) => section.id === route.section || section.aliases?.includes(route.section)) ??
    SECTIONS[0]!;
  const hasSearch = SECTIONS.some((section) => section.id === 'search');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === '/' && !typing && search.current) {
        event.preventDefault();
        search.current.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = `${current.label} · Throughline workspace`;
  }, [current]);

  // "#pack" (the empty states' "Import a strategy pack") leads to the import control on the pack bar.
  const pack = useRef<HTMLElement>(null);
  useEffect(() => {
    if (route.section === 'pack') pack.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
  }, [route]);

  const Component = current.component;
  return (
    <div class="workspace">
      <header class="workspace-header">
        <h1>Throughline workspace</h1>
        {hasSearch && (
          <search>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                navigate('search', search.current?.value ?? '');
              }}
            >
              <input
                ref={search}
                type="search"
                aria-label="Search objectives and work items"
                placeholder="Search (press /)"
                defaultValue={route.section === 'search' ? route.arg : ''}
                onInput={(event) => navigate('search', (event.currentTarget as HTMLInputElement).value)}
              />
            </form>
          </search>
        )}
      </header>
      <nav class="workspace-nav" aria-label="Workspace">
        <ul>
          {SECTIONS.filter((section) => section.id !== 'search').map((section) => (
            <li key={section.id}>
              <a href={routeHref(section.id)} aria-current={section === current ? 'page' : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section ref={pack} class="pack-bar" aria-labelledby="pack-heading">
        <h2 id="pack-heading" class="visually-hidden">
          Strategy pack
        </h2>
        <PackImport />
        <PackExport />
        <Subscriptions />
      </section>
      <main class="workspace-main" id="main">
        <Component arg={current.id === route.section || current.aliases?.includes(route.section) ? route.arg : ''} />
      </main>
    </div>
  );
}
