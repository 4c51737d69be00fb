import { localIsoDate } from '../catalogue/form-values';
import { IsoDate } from '../model/primitives';

/** The period and theme a steering report covers, kept in its address so a report can be linked to. */
export interface ReportChoice {
  from: string;
  to: string;
  themeId: string | null;
}

const DAY_MS = 86_400_000;

/** Reads `?from=…&to=…&theme=…`; a missing or bad date means the last 30 days up to today. */
export function parseReportChoice(search: string, now: Date): ReportChoice {
  const params = new URLSearchParams(search);
  const date = (name: string) => {
    const parsed = IsoDate.safeParse(params.get(name));
    return parsed.success ? parsed.data : null;
  };
  const to = date('to') ?? localIsoDate(now);
  const from = date('from') ?? localIsoDate(new Date(Date.parse(`${to}T12:00:00`) - 29 * DAY_MS));
  // Dates written YYYY-MM-DD sort as text; a start after the end is read as the end.
  return { from: [from, to].sort()[0]!, to, themeId: params.get('theme') || null };
}

export function reportSearch(choice: ReportChoice): string {
  const params = new URLSearchParams({ from: choice.from, to: choice.to });
  if (choice.themeId) params.set('theme', choice.themeId);
  return `?${params}`;
}
