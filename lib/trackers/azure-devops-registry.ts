import type { Adapter } from './adapter';
import { azureDevOpsBacklog } from './azure-devops-backlog';
import { azureDevOpsKanban } from './azure-devops-kanban';
import { azureDevOpsLegacyBacklog } from './azure-devops-legacy-backlog';
import { azureDevOpsLegacyBoard } from './azure-devops-legacy-board';
import { azureDevOpsQueryResults } from './azure-devops-query-results';
import { azureDevOpsTaskboard } from './azure-devops-taskboard';
import { azureDevOpsWorkItemForm } from './azure-devops-work-item-form';

/** Every Azure DevOps adapter, the work item form first so that an open item is annotated there before its card. */
export const AZURE_DEVOPS_ADAPTERS: readonly Adapter[] = [
  azureDevOpsWorkItemForm,
  azureDevOpsKanban,
  azureDevOpsTaskboard,
  azureDevOpsBacklog,
  azureDevOpsQueryResults,
  azureDevOpsLegacyBoard,
  azureDevOpsLegacyBacklog,
];
