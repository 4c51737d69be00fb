import type { FunctionComponent } from 'preact';
import { PackSection } from './PackSection';

/** A part of the workspace, reached from the navigation at `#<id>`; it receives the rest of the route. */
export interface Section {
  id: string;
  label: string;
  component: FunctionComponent<{ arg: string }>;
}

/** The workspace's sections, in navigation order; the first is where the workspace opens. Add one line per section. */
export const SECTIONS: readonly Section[] = [{ id: 'pack', label: 'Import / export', component: PackSection }];
