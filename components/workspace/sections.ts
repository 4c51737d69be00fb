import type { MessageKey } from '../../lib/i18n/catalogue';
import { earlyRequests } from '../../lib/workspace/early-request';
import { ObjectivesSection } from '../catalogue/ObjectivesSection';
import { CATALOGUE_REQUEST } from '../catalogue/use-catalogue';
import { FIRST_ROWS_REQUEST, LinksSection } from '../links/LinksSection';
import { eagerComponent, type LazyComponent, lazyComponent } from './lazy-component';

/** A part of the workspace, reached from the navigation at `#<id>`; it receives the rest of the route. */
export interface Section {
  id: string;
  /** Its name in the navigation and the window's title. */
  label: MessageKey;
  component: LazyComponent<{ arg: string }>;
  /** Other route names the section answers, e.g. `objective` for one objective's detail. */
  aliases?: readonly string[];
}

/** The workspace's sections, in navigation order; the first is where the workspace opens. Add one line per section. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'objectives',
    label: 'sections_objectives',
    component: eagerComponent(ObjectivesSection, () => earlyRequests.start(CATALOGUE_REQUEST)),
    aliases: ['objective'],
  },
  {
    id: 'themes',
    label: 'sections_themes',
    component: lazyComponent(() => import('../catalogue/ThemesSection').then((module) => module.ThemesSection)),
  },
  {
    id: 'rules',
    label: 'sections_rules',
    component: lazyComponent(() => import('../rules/RulesSection').then((module) => module.RulesSection)),
  },
  {
    id: 'sites',
    label: 'sections_sites',
    component: lazyComponent(() => import('../sites/SitesSection').then((module) => module.SitesSection)),
  },
  {
    id: 'links',
    label: 'sections_links',
    component: eagerComponent(LinksSection, () => earlyRequests.start(FIRST_ROWS_REQUEST)),
  },
  {
    id: 'search',
    label: 'sections_search',
    component: lazyComponent(() => import('../search/SearchSection').then((module) => module.SearchSection)),
  },
  {
    id: 'settings',
    label: 'sections_settings',
    component: lazyComponent(() => import('../settings/SettingsSection').then((module) => module.SettingsSection)),
  },
  {
    id: 'pack',
    label: 'sections_pack',
    component: lazyComponent(() => import('./PackSection').then((module) => module.PackSection)),
  },
  {
    id: 'data',
    label: 'sections_data',
    component: lazyComponent(() => import('../sharing/DataSection').then((module) => module.DataSection)),
  },
  {
    id: 'dashboard',
    label: 'sections_dashboard',
    component: lazyComponent(() => import('../dashboard/DashboardSection').then((module) => module.DashboardSection)),
  },
];

/** The section a route names, by its id or an alias; the first section for any other. */
export function sectionOf(route: string): Section {
  return SECTIONS.find((section) => section.id === route || section.aliases?.includes(route)) ?? SECTIONS[0]!;
}
