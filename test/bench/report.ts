import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Spread } from './stats';

/** One figure the benchmark judges: what it is, its value, its budget, and the runs behind it. */
export interface Judged {
  id: string;
  what: string;
  value: number;
  unit: string;
  budget: number;
  within: boolean;
  spread?: Spread;
}

/**
 * What `npm run bench` found: printed as it goes, written as JSON at the
 * end, and failing the process when a budget is missed.
 */
export function createReport() {
  const lines: string[] = [];
  const judged: Judged[] = [];
  const figures: Record<string, unknown> = {};
  const line = (text: string) => {
    lines.push(text);
    console.log(text);
  };
  return {
    line,
    /** A figure with no budget, kept in the JSON beside the judged ones (floors, phases, counts). */
    record(id: string, value: unknown): void {
      figures[id] = value;
    },
    judge(entry: Omit<Judged, 'within'>): boolean {
      const within = entry.value <= entry.budget;
      judged.push({ ...entry, within });
      return within;
    },
    get missed(): Judged[] {
      return judged.filter((entry) => !entry.within);
    },
    write(path: string, meta: Record<string, unknown>): void {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify({ ...meta, judged, figures, lines }, null, 2)}\n`);
    },
  };
}

export type Report = ReturnType<typeof createReport>;
