import { benefitProgress } from '../alignment/progress';
import { TRACKER_LABELS } from '../catalogue/labels';
import type { UnalignedBlock } from '../dashboard/unaligned-groups';
import { readerFormat } from '../format/locale';
import { objectivePhrase, targetPhrase } from '../format/objective-wording';
import { formatPercent } from '../format/values';
import { WARNING_KIND_LABELS, warningText } from '../format/warning-text';
import { foldTargets } from '../history/history';
import { t } from '../i18n/catalogue';
import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Objective } from '../model/objective';
import type { Snapshot } from '../model/snapshot';
import type { Theme } from '../model/theme';
import type { OutcomeWarning } from '../outcomes/outcome-warnings';

/** A table as the report shows it and its CSV holds it: the same header and the same cells. */
export interface ReportTable {
  fields: string[];
  rows: (string | number)[][];
}

const countOf = (warnings: Snapshot['figures']['warnings']) =>
  Object.values(warnings).reduce((sum, count) => sum + count, 0);

/** Mean progress of the targets of some objectives, from a snapshot's target states (as of that day). */
export function meanProgressOn(
  history: readonly Snapshot[],
  day: string,
  targets: readonly Pick<BenefitTarget, 'id' | 'direction' | 'baseline' | 'target'>[],
): number | null {
  const states = foldTargets(history.filter((snapshot) => snapshot.day <= day));
  const ratios = targets.flatMap((target) => {
    const value = states.get(target.id)?.value;
    if (value === undefined || value === null) return [];
    const { ratio } = benefitProgress(target, value);
    return ratio === null ? [] : [ratio];
  });
  return ratios.length === 0 ? null : ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
}

interface Figure {
  label: string;
  start: number | null;
  end: number | null;
  kind: 'count' | 'share';
}

/**
 * The headline figures at the period's first and last snapshot and how they
 * changed: the whole organisation's, or one theme's (items serving it and
 * its share of the seen work, its targets' mean progress).
 */
export function headlineTable(
  history: readonly Snapshot[],
  start: Snapshot | undefined,
  end: Snapshot | undefined,
  theme: Theme | null,
  targets: readonly Pick<BenefitTarget, 'id' | 'direction' | 'baseline' | 'target'>[],
): ReportTable {
  const figures: Figure[] = [];
  const themeAligned = (snapshot: Snapshot | undefined) =>
    snapshot ? (snapshot.themes.find((counts) => counts.themeId === theme?.id)?.aligned ?? 0) : null;
  const shareOf = (part: number | null, snapshot: Snapshot | undefined) =>
    part === null || !snapshot || snapshot.seen === 0 ? null : part / snapshot.seen;
  figures.push({
    label: t('reportTables_workItemsSeen'),
    start: start?.seen ?? null,
    end: end?.seen ?? null,
    kind: 'count',
  });
  if (theme) {
    figures.push(
      {
        label: t('reportTables_itemsServing', theme.name),
        start: themeAligned(start),
        end: themeAligned(end),
        kind: 'count',
      },
      {
        label: t('reportTables_shareServing', theme.name),
        start: shareOf(themeAligned(start), start),
        end: shareOf(themeAligned(end), end),
        kind: 'share',
      },
    );
  } else {
    figures.push(
      {
        label: t('reportTables_alignedItems'),
        start: start?.aligned ?? null,
        end: end?.aligned ?? null,
        kind: 'count',
      },
      {
        label: t('reportTables_shareAligned'),
        start: shareOf(start?.aligned ?? null, start),
        end: shareOf(end?.aligned ?? null, end),
        kind: 'share',
      },
      {
        label: t('reportTables_objectivesInPlay'),
        start: start?.figures.objectivesInPlay ?? null,
        end: end?.figures.objectivesInPlay ?? null,
        kind: 'count',
      },
      {
        label: t('reportTables_objectivesWithNoWork'),
        start: start?.figures.objectivesWithoutWork ?? null,
        end: end?.figures.objectivesWithoutWork ?? null,
        kind: 'count',
      },
      {
        label: t('reportTables_outcomeWarnings'),
        start: start ? countOf(start.figures.warnings) : null,
        end: end ? countOf(end.figures.warnings) : null,
        kind: 'count',
      },
    );
  }
  figures.push({
    label: t('reportTables_meanBenefitProgress'),
    start: start ? meanProgressOn(history, start.day, targets) : null,
    end: end ? meanProgressOn(history, end.day, targets) : null,
    kind: 'share',
  });
  const show = (value: number | null, kind: Figure['kind']) =>
    value === null ? '–' : kind === 'share' ? formatPercent(value) : readerFormat.number(value);
  const change = ({ start: from, end: to, kind }: Figure) => {
    if (from === null || to === null) return '–';
    const delta = kind === 'share' ? Math.round(to * 100) - Math.round(from * 100) : to - from;
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    const size = `${sign}${readerFormat.number(Math.abs(delta))}`;
    return kind === 'share' ? t('reportTables_changePoints', size) : size;
  };
  return {
    fields: [
      t('reportTables_figure'),
      t('reportTables_atTheStart', start ? readerFormat.day(start.day) : t('reportTables_noSnapshot')),
      t('reportTables_now', end ? readerFormat.day(end.day) : t('reportTables_noSnapshot')),
      t('reportTables_change'),
    ],
    rows: figures.map((figure) => [
      figure.label,
      show(figure.start, figure.kind),
      show(figure.end, figure.kind),
      change(figure),
    ]),
  };
}

/** Why a target behind pace puts its objective at risk: "Revenue: behind pace: 20% to target, 61% expected by …". */
function behindPaceWhy(target: TargetProgress): string {
  if (target.position === 'below-band' || target.position === 'above-band')
    return t('reportTables_whyOutOfBand', target.name, targetPhrase(target));
  const pace = formatPercent(target.pace ?? 0);
  return target.latest
    ? t('reportTables_whyBehindPace', target.name, targetPhrase(target), pace, readerFormat.day(target.latest.at))
    : t('reportTables_whyBehindPaceNow', target.name, targetPhrase(target), pace);
}

/** Objectives marked at risk or with a target behind pace, and why. */
export function atRiskTable(
  objectives: readonly Objective[],
  themes: ReadonlyMap<string, Theme>,
  progress: ReadonlyMap<string, readonly TargetProgress[]>,
  warnings: ReadonlyMap<string, readonly OutcomeWarning[]>,
): ReportTable {
  const rows = objectives.flatMap((objective) => {
    const its = warnings.get(objective.id) ?? [];
    const why = its.flatMap((warning) =>
      warning.kind === 'at-risk'
        ? [t('reportTables_markedAtRisk')]
        : warning.kind === 'behind-pace'
          ? [behindPaceWhy(warning.target)]
          : [],
    );
    if (why.length === 0) return [];
    return [
      [
        objective.code,
        objective.title,
        (objective.themeId && themes.get(objective.themeId)?.name) || t('reportTables_noTheme'),
        objective.owner ?? '',
        objectivePhrase(progress.get(objective.id) ?? []) ?? t('reportTables_noBenefitTarget'),
        why.join(t('describeTrend_lineSeparator')),
      ],
    ];
  });
  return {
    fields: [
      t('reportTables_objective'),
      t('reportTables_title'),
      t('reportTables_theme'),
      t('reportTables_owner'),
      t('reportTables_progress'),
      t('reportTables_why'),
    ],
    rows,
  };
}

/** Every outcome warning with what to do. */
export function warningsTable(
  objectives: readonly Objective[],
  warnings: ReadonlyMap<string, readonly OutcomeWarning[]>,
): ReportTable {
  const rows = objectives.flatMap((objective) =>
    (warnings.get(objective.id) ?? []).map((warning) => {
      const text = warningText(warning, objective.code);
      return [objective.code, WARNING_KIND_LABELS[warning.kind], text.text, text.action];
    }),
  );
  return {
    fields: [
      t('reportTables_objective'),
      t('reportTables_warning'),
      t('reportTables_what'),
      t('reportTables_whatToDo'),
    ],
    rows,
  };
}

/** Where unaligned work piles up, by tracker. */
export function unalignedTable(blocks: readonly UnalignedBlock[]): ReportTable {
  return {
    fields: [
      t('reportTables_tracker'),
      t('reportTables_site'),
      t('reportTables_project'),
      t('reportTables_unalignedItems'),
      t('reportTables_seenItems'),
      t('reportTables_forExample'),
    ],
    rows: blocks.map((block) => [
      TRACKER_LABELS[block.tracker],
      block.site,
      block.project ?? '',
      block.unaligned,
      block.seen,
      block.examples.map((item) => `${item.key} ${item.title ?? ''}`.trim()).join('; '),
    ]),
  };
}

/**
 * The snapshot history as one long table: a row per day and scope (all
 * work, a tracker site, a theme, an objective, a target's recorded change),
 * a column per reason. Targets appear on the days their value changed.
 */
export function historyTable(
  history: readonly Snapshot[],
  objectives: ReadonlyMap<string, Objective>,
  themes: ReadonlyMap<string, Theme>,
): ReportTable {
  const reasons = [
    ...new Set(
      history.flatMap((snapshot) => [
        ...Object.keys(snapshot.reasons),
        ...snapshot.trackers.flatMap((site) => Object.keys(site.reasons)),
        ...snapshot.objectives.flatMap((counts) => Object.keys(counts.reasons)),
      ]),
    ),
  ].sort();
  const byReason = (counts: Record<string, number>) => reasons.map((reason) => counts[reason] ?? 0);
  const rows: (string | number)[][] = [];
  for (const snapshot of history) {
    const lead = [snapshot.day, snapshot.span];
    rows.push([...lead, 'all', '', '', snapshot.seen, snapshot.aligned, ...byReason(snapshot.reasons), '', '', '']);
    for (const site of snapshot.trackers)
      rows.push([
        ...lead,
        'site',
        site.tracker,
        site.site,
        site.seen,
        site.aligned,
        ...byReason(site.reasons),
        '',
        '',
        '',
      ]);
    for (const counts of snapshot.themes)
      rows.push([
        ...lead,
        'theme',
        counts.themeId ?? '',
        (counts.themeId && themes.get(counts.themeId)?.name) || t('objectiveDetail_noTheme'),
        '',
        counts.aligned,
        ...byReason(counts.reasons),
        '',
        '',
        '',
      ]);
    for (const counts of snapshot.objectives)
      rows.push([
        ...lead,
        'objective',
        counts.objectiveId,
        objectives.get(counts.objectiveId)?.code ?? '',
        '',
        counts.aligned,
        ...byReason(counts.reasons),
        '',
        '',
        '',
      ]);
    for (const state of snapshot.targets)
      rows.push([
        ...lead,
        'target',
        state.targetId,
        '',
        '',
        '',
        ...reasons.map(() => ''),
        state.value ?? '',
        state.at ?? '',
        state.confidence ?? '',
      ]);
  }
  return {
    fields: [
      'day',
      'span',
      'scope',
      'id',
      'name',
      'seen',
      'aligned',
      ...reasons.map((reason) => `by ${reason}`),
      'value',
      'checked in',
      'confidence',
    ],
    rows,
  };
}
