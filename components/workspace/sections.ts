import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { lazySection } from './lazy-section';

/** A part of the workspace, reached from the navigation at `#<id>`; it receives the rest of the route. */
export interface Section {
  id: string;
  /** Its name in the navigation and the window's title. */
  label: MessageKey;
  component: FunctionComponent<{ arg: string }>;
  /** Other route names the section answers, e.g. `objective` for one objective's detail. */
  aliases?: readonly string[];
}

/** The workspace's sections, in navigation order; the first is where the workspace opens. Add one line per section. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'objectives',
    label: 'sections_objectives',
    component: lazySection(() => import('../catalogue/ObjectivesSection').then((module) => module.ObjectivesSection)),
    aliases: ['objective'],
  },
  {
    id: 'themes',
    label: 'sections_themes',
    component: lazySection(() => import('../catalogue/ThemesSection').then((module) => module.ThemesSection)),
  },
  {
    id: 'rules',
    label: 'sections_rules',
    component: lazySection(() => import('../rules/RulesSection').then((module) => module.RulesSection)),
  },
  {
    id: 'sites',
    label: 'sections_sites',
    component: lazySection(() => import('../sites/SitesSection').then((module) => module.SitesSection)),
  },
  {
    id: 'links',
    label: 'sections_links',
    component: lazySection(() => import('../links/LinksSection').then((module) => module.LinksSection)),
  },
  {
    id: 'search',
    label: 'sections_search',
    component: lazySection(() => import('../search/SearchSection').then((module) => module.SearchSection)),
  },
  {
    id: 'settings',
    label: 'sections_settings',
    component: lazySection(() => import('../settings/SettingsSection').then((module) => module.SettingsSection)),
  },
  {
    id: 'pack',
    label: 'sections_pack',
    component: lazySection(() => import('./PackSection').then((module) => module.PackSection)),
  },
  {
    id: 'data',
    label: 'sections_data',
    component: lazySection(() => import('../sharing/DataSection').then((module) => module.DataSection)),
  },
  {
    id: 'dashboard',
    label: 'sections_dashboard',
    component: lazySection(() => import('../dashboard/DashboardSection').then((module) => module.DashboardSection)),
  },
];
