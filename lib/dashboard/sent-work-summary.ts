import { type ProgressColumns, progressColumns, progressFromColumns } from './progress-columns';
import type { WorkSummary } from './work-summary';

/** A `WorkSummary` as the background sends it: the targets' progress in columns. */
export type SentWorkSummary = Omit<WorkSummary, 'progress'> & { progress: ProgressColumns };

export function sendableWorkSummary({ progress, ...rest }: WorkSummary): SentWorkSummary {
  return { ...rest, progress: progressColumns(progress) };
}

export function receivedWorkSummary({ progress, ...rest }: SentWorkSummary): WorkSummary {
  return { ...rest, progress: progressFromColumns(progress) };
}
