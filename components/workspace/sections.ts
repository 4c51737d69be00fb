import type { FunctionComponent } from 'preact';
import { ObjectivesSection } from '../catalogue/ObjectivesSection';
import { ThemesSection } from '../catalogue/ThemesSection';
import { DashboardSection } from '../dashboard/DashboardSection';
import { LinksSection } from '../links/LinksSection';
import { RulesSection } from '../rules/RulesSection';
import { SearchSection } from '../search/SearchSection';
import { SettingsSection } from '../settings/SettingsSection';
import { DataSection } from '../sharing/DataSection';
import { SitesSection } from '../sites/SitesSection';

/** A part of the workspace, reached from the navigation at `#<id>`; it receives the rest of the route. */
export interface Section {
  id: string;
  label: string;
  component: FunctionComponent<{ arg: string }>;
  /** Other route names the section answers, e.g. `objective` for one objective's detail. */
  aliases?: readonly string[];
}

/** The workspace's sections, in navigation order; the first is where the workspace opens. Add one line per section. */
export const SECTIONS: readonly Section[] = [
  { id: 'objectives', label: 'Objectives', component: ObjectivesSection, aliases: ['objective'] },
  { id: 'themes', label: 'Themes', component: ThemesSection },
  { id: 'rules', label: 'Rules', component: RulesSection },
  { id: 'sites', label: 'Sites', component: SitesSection },
  { id: 'links', label: 'Links', component: LinksSection },
  { id: 'search', label: 'Search', component: SearchSection },
  { id: 'settings', label: 'Settings', component: SettingsSection },
  { id: 'data', label: 'Backups and CSV', component: DataSection },
  { id: 'dashboard', label: 'Dashboard', component: DashboardSection },
];
