import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { type ChartSeries, chartSeries } from '../../lib/catalogue/chart-series';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import { describeChart } from '../../lib/catalogue/describe-chart';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import { DAY_AXIS } from '../history/day-axis';
import { useColorScheme } from './use-color-scheme';
import 'uplot/dist/uPlot.min.css';
import './CheckInChart.css';

const HEIGHT = 220;

/** Line styles: each line differs by dash as well as by colour, so the key reads without colour vision. */
const DASH = { baseline: [6, 4], target: [2, 3], trend: [10, 5] } as const;

interface Props {
  target: BenefitTarget;
  /** Oldest first. */
  checkIns: readonly Measurement[];
}

/**
 * A target's check-ins over time with the baseline and the target as
 * horizontal lines and the trend toward the due date. The canvas is an
 * image to assistive technology, named by the caption that says the same
 * in words; the history table beside it holds every value.
 */
export function CheckInChart({ target, checkIns }: Props) {
  const series = useMemo(() => chartSeries(target, checkIns), [target, checkIns]);
  const description = useMemo(() => describeChart(target, checkIns), [target, checkIns]);
  const holder = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const captionId = useId();
  const band = target.direction === 'keep-within';

  useEffect(() => {
    const element = holder.current;
    if (!element || !series) return;
    const plot = new uPlot(chartOptions(element, series, band, yAxisLabel(target)), chartData(series), element);
    const resize = new ResizeObserver(() => plot.setSize({ width: widthOf(element), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // The scheme is a dependency because the colours are read from the page's CSS when the chart is drawn.
  }, [series, band, target, scheme]);

  return (
    <figure class="check-in-chart">
      <div ref={holder} class="check-in-chart-plot" role="img" aria-labelledby={captionId} />
      <ul class="chart-key">
        <li>{messageParts('checkInChart_checkIns', <KeyLine class="key-values" />)}</li>
        <li>
          <KeyLine class="key-baseline" dash={DASH.baseline} />
          {band ? t('checkInChart_lowerBound') : t('checkInChart_baseline')}
        </li>
        <li>
          <KeyLine class="key-target" dash={DASH.target} />
          {band ? t('checkInChart_upperBound') : t('checkInChart_target')}
        </li>
        {series?.trend.some((value) => value !== null) && (
          <li>{messageParts('checkInChart_trend', <KeyLine class="key-trend" dash={DASH.trend} />)}</li>
        )}
      </ul>
      <figcaption id={captionId}>{description}</figcaption>
    </figure>
  );
}

function KeyLine({ class: className, dash }: { class: string; dash?: readonly number[] }) {
  return (
    <svg class={`key-line ${className}`} width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke-dasharray={dash?.join(' ')} />
    </svg>
  );
}

function widthOf(element: HTMLElement): number {
  return Math.max(200, element.clientWidth);
}

function chartData(series: ChartSeries): uPlot.AlignedData {
  return [series.xs, series.values, series.baseline, series.target, series.trend];
}

/** The page's colours as the canvas needs them, read now so light and dark both hold. */
function palette(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    fg: read('--fg'),
    muted: read('--muted'),
    grid: read('--border'),
    values: read('--accent'),
    target: read('--success'),
    trend: read('--tl-warn'),
    font: `12px ${style.fontFamily}`,
  };
}

/** What the y-axis counts: the target's unit, or its name when it has none, so the axis never shows bare numbers. */
function yAxisLabel(target: BenefitTarget): string {
  return target.unit ?? target.name;
}

function chartOptions(element: HTMLElement, series: ChartSeries, band: boolean, yLabel: string): uPlot.Options {
  const colors = palette(element);
  const axis = {
    stroke: colors.fg,
    font: colors.font,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid },
  };
  const line = (label: string, stroke: string, dash: readonly number[]): uPlot.Series => ({
    label,
    stroke,
    width: 1.5,
    dash: [...dash],
    points: { show: false },
    spanGaps: true,
  });
  return {
    width: widthOf(element),
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false } },
    // Dates are stored as days; read in UTC they stay the day that was typed, wherever the reader is.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: {
      x: { time: true, range: () => series.xRange },
      y: { range: () => series.yRange },
    },
    // Both axes read like the rest of the workspace, in the reader's locale.
    axes: [
      { ...axis, ...DAY_AXIS },
      {
        ...axis,
        size: 56,
        label: yLabel,
        labelFont: colors.font,
        labelSize: 20,
        values: (_plot, splits) => splits.map((value) => formatChartValue(value)),
      },
    ],
    series: [
      {},
      {
        label: t('checkInChart_checkIns2'),
        stroke: colors.values,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 7, fill: colors.values, stroke: colors.values },
      },
      line(band ? t('checkInChart_lowerBound2') : t('checkInChart_baseline2'), colors.muted, DASH.baseline),
      line(band ? t('checkInChart_upperBound2') : t('checkInChart_target2'), colors.target, DASH.target),
      line(t('checkInChart_trend2'), colors.trend, DASH.trend),
    ],
  };
}
