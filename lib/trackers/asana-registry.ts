import type { Adapter } from './adapter';
import { asanaBoard } from './asana-board';
import { asanaList } from './asana-list';
import { asanaSubtasks } from './asana-subtasks';
import { asanaTaskPane } from './asana-task-pane';

/** Every Asana adapter, the open task first so that it is annotated there before its list row. */
export const ASANA_ADAPTERS: readonly Adapter[] = [asanaTaskPane, asanaSubtasks, asanaList, asanaBoard];
