import type { TargetProgress } from '../model/annotation';

type Position = TargetProgress['position'];

/**
 * Every target's progress as a message carries it best: a column per field
 * rather than five thousand objects of fourteen fields each. As objects it
 * was 1.5 MB of the dashboard's 1.6 MB answer, and a message's trip here
 * takes about 90 ms a megabyte (extension messages travel as JSON). Optional
 * fields are null where absent; `objectives` and `counts` say whose targets
 * the rows are, in order.
 */
export interface ProgressColumns {
  objectives: string[];
  counts: number[];
  id: string[];
  name: string[];
  unit: (string | null)[];
  direction: TargetProgress['direction'][];
  baseline: number[];
  target: number[];
  dueDate: (string | null)[];
  /** The latest check-in's value, day and confidence; its day is null when there is none. */
  latestValue: (number | null)[];
  latestAt: (string | null)[];
  latestConfidence: (number | null)[];
  ratio: (number | null)[];
  position: Position[];
  ageDays: (number | null)[];
  stale: boolean[];
  pace: (number | null)[];
  behindPace: boolean[];
}

export function progressColumns(progress: Readonly<Record<string, readonly TargetProgress[]>>): ProgressColumns {
  const columns: ProgressColumns = {
    objectives: [],
    counts: [],
    id: [],
    name: [],
    unit: [],
    direction: [],
    baseline: [],
    target: [],
    dueDate: [],
    latestValue: [],
    latestAt: [],
    latestConfidence: [],
    ratio: [],
    position: [],
    ageDays: [],
    stale: [],
    pace: [],
    behindPace: [],
  };
  for (const [objectiveId, targets] of Object.entries(progress)) {
    columns.objectives.push(objectiveId);
    columns.counts.push(targets.length);
    for (const row of targets) {
      columns.id.push(row.id);
      columns.name.push(row.name);
      columns.unit.push(row.unit ?? null);
      columns.direction.push(row.direction);
      columns.baseline.push(row.baseline);
      columns.target.push(row.target);
      columns.dueDate.push(row.dueDate ?? null);
      columns.latestValue.push(row.latest?.value ?? null);
      columns.latestAt.push(row.latest?.at ?? null);
      columns.latestConfidence.push(row.latest?.confidence ?? null);
      columns.ratio.push(row.ratio);
      columns.position.push(row.position);
      columns.ageDays.push(row.ageDays);
      columns.stale.push(row.stale);
      columns.pace.push(row.pace);
      columns.behindPace.push(row.behindPace);
    }
  }
  return columns;
}

/** The progress again as the background worked it out. */
export function progressFromColumns(columns: ProgressColumns): Record<string, TargetProgress[]> {
  let row = 0;
  return Object.fromEntries(
    columns.objectives.map((objectiveId, index) => {
      const targets: TargetProgress[] = [];
      for (const end = row + (columns.counts[index] ?? 0); row < end; row++) targets.push(rowAt(columns, row));
      return [objectiveId, targets];
    }),
  );
}

function rowAt(columns: ProgressColumns, row: number): TargetProgress {
  const unit = columns.unit[row];
  const dueDate = columns.dueDate[row];
  const at = columns.latestAt[row];
  const confidence = columns.latestConfidence[row];
  return {
    id: columns.id[row]!,
    name: columns.name[row]!,
    ...(unit != null && { unit }),
    direction: columns.direction[row]!,
    baseline: columns.baseline[row]!,
    target: columns.target[row]!,
    ...(dueDate != null && { dueDate }),
    latest: at == null ? null : { value: columns.latestValue[row]!, at, ...(confidence != null && { confidence }) },
    ratio: columns.ratio[row] ?? null,
    position: columns.position[row] ?? null,
    ageDays: columns.ageDays[row] ?? null,
    stale: columns.stale[row]!,
    pace: columns.pace[row] ?? null,
    behindPace: columns.behindPace[row]!,
  };
}
