import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { navigate, routeHref, useRoute } from '../../lib/workspace/route';
import { SECTIONS, sectionOf } from './sections';

/** The strategy workspace: navigation, a search box (press "/" to focus it) and the current section. */
export function WorkspaceApp() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  const current = sectionOf(route.section);
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
    document.title = t('workspaceApp_documentTitle', t(current.label));
  }, [current]);

  const Component = current.component;
  return (
    <div class="workspace">
      <header class="workspace-header">
        <h1>{t('optionsTitle')}</h1>
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
                aria-label={t('workspaceApp_searchObjectivesAndWorkItems')}
                placeholder={t('workspaceApp_searchPress')}
                defaultValue={route.section === 'search' ? route.arg : ''}
                onInput={(event) => navigate('search', (event.currentTarget as HTMLInputElement).value)}
              />
            </form>
          </search>
        )}
      </header>
      <nav class="workspace-nav" aria-label={t('workspaceApp_workspace')}>
        <ul>
          {SECTIONS.filter((section) => section.id !== 'search').map((section) => (
            <li key={section.id}>
              <a href={routeHref(section.id)} aria-current={section === current ? 'page' : undefined}>
                {t(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="workspace-main" id="main">
        <Component arg={current.id === route.section || current.aliases?.includes(route.section) ? route.arg : ''} />
      </main>
    </div>
  );
}
