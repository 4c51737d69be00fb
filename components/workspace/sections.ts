import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { ObjectivesSection } from '../catalogue/ObjectivesSection';
import { ThemesSection } from '../catalogue/ThemesSection';
import { DashboardSection } from '../dashboard/DashboardSection';
import { LinksSection } from '../links/LinksSection';
import { RulesSection } from '../rules/RulesSection';
import { SearchSection } from '../search/SearchSection';
import { SettingsSection } from '../settings/SettingsSection';
import { DataSection } from '../sharing/DataSection';
import { SitesSection } from '../sites/SitesSection';
import { PackSection } from './PackSection';

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
  { id: 'objectives', label: 'sections_objectives', component: ObjectivesSection, aliases: ['objective'] },
  { id: 'themes', label: 'sections_themes', component: ThemesSection },
  { id: 'rules', label: 'sections_rules', component: RulesSection },
  { id: 'sites', label: 'sections_sites', component: SitesSection },
  { id: 'links', label: 'sections_links', component: LinksSection },
  { id: 'search', label: 'sections_search', component: SearchSection },
  { id: 'settings', label: 'sections_settings', component: SettingsSection },
  { id: 'pack', label: 'sections_pack', component: PackSection },
  { id: 'data', label: 'sections_data', component: DataSection },
  { id: 'dashboard', label: 'sections_dashboard', component: DashboardSection },
];
