import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import type { Trend } from '../../lib/history/trends';
import { t } from '../../lib/i18n/catalogue';
import { useColorScheme } from '../catalogue/use-color-scheme';
import { DAY_AXIS } from './day-axis';
import 'uplot/dist/uPlot.min.css';
import './trend-chart.css';

const HEIGHT = 200;
const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [10, 4, 2, 4], [4, 4], [1, 5]];
const DAY_S = 86_400;

interface Props {
  title: string;
  trend: Trend;
  /** How a value reads on the axis and in the table ("31%", "1.25M EUR"). */
  format(value: number): string;
  /** The chart in words: its text alternative. */
  description: string;
  /** Lines drawn on a second axis from 0 to 100% at the right (a target's confidence). */
  shareLines?: readonly string[];
  /** A fixed width in pixels (the printed report); otherwise the chart follows its box. */
  width?: number;
}

/**
 * A line chart of values by day (uPlot). The canvas is an image named by
 * the caption, which says what it shows in words; the same data is in a
 * table under "Show the data", so nothing is only in the picture.
 */
export function TrendChart({ title, trend, format, description, shareLines = [], width }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const headingId = useId();
  const scheme = useColorScheme();
  // The table is built when first opened: hundreds of rows per chart nobody may look at.
  const [dataShown, setDataShown] = useState(false);
  const xs = useMemo(() => trend.days.map((day) => Date.parse(day) / 1000), [trend]);
  // A day either side, or a twentieth of the span: a single day's points stay inside the frame.
  const xRange = useMemo((): [number, number] => {
    const first = xs[0] ?? 0;
    const last = xs.at(-1) ?? 0;
    const room = Math.max(DAY_S, (last - first) / 20);
    return [first - room, last + room];
  }, [xs]);

  useEffect(() => {
    const element = holder.current;
    if (!element || trend.days.length === 0) return;
    const style = getComputedStyle(element);
    const color = (index: number) => style.getPropertyValue(`--series-${(index % 6) + 1}`).trim();
    const axis = {
      stroke: style.getPropertyValue('--fg').trim(),
      font: `12px ${style.fontFamily}`,
      grid: { stroke: style.getPropertyValue('--border').trim(), width: 1 },
      ticks: { stroke: style.getPropertyValue('--border').trim() },
    };
    const hasShare = trend.lines.some((line) => shareLines.includes(line.key));
    const sizeOf = () => width ?? Math.max(240, element.clientWidth);
    const plot = new uPlot(
      {
        width: sizeOf(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: false, y: false, setScale: false } },
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        scales: {
          x: { time: true, range: () => xRange },
          ...(hasShare && { share: { range: [0, 1] } }),
        },
        axes: [
          { ...axis, ...DAY_AXIS },
          { ...axis, size: 64, values: (_u, splits) => splits.map((value) => format(value)) },
          ...(hasShare
            ? [
                {
                  ...axis,
                  scale: 'share',
                  side: 1,
                  grid: { show: false },
                  values: (_u: uPlot, splits: number[]) => splits.map((value) => `${Math.round(value * 100)}%`),
                },
              ]
            : []),
        ],
        series: [
          {},
          ...trend.lines.map((line, index) => ({
            label: line.label,
            stroke: color(index),
            width: 2,
            dash: [...DASHES[index % DASHES.length]!],
            spanGaps: true,
            points: { show: true, size: 5 },
            ...(shareLines.includes(line.key) && { scale: 'share' }),
          })),
        ],
      },
      [xs, ...trend.lines.map((line) => line.values)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: sizeOf(), height: HEIGHT }));
    if (width === undefined) resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [trend, xs, xRange, scheme, width, format, shareLines]);

  return (
    <figure class="trend-chart" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {trend.days.length === 0 ? (
        <p class="empty">{t('trendChart_noSnapshotsYetTheHistory')}</p>
      ) : (
        <>
          <div ref={holder} class="trend-plot" role="img" aria-labelledby={captionId} />
          <ul class="trend-key" aria-hidden="true">
            {trend.lines.map((line, index) => (
              <li key={line.key}>
                <svg width="28" height="10" aria-hidden="true">
                  <line
                    x1="1"
                    y1="5"
                    x2="27"
                    y2="5"
                    style={{ stroke: `var(--series-${(index % 6) + 1})` }}
                    stroke-dasharray={DASHES[index % DASHES.length]!.join(' ') || undefined}
                  />
                </svg>
                {line.label}
              </li>
            ))}
          </ul>
          <figcaption id={captionId}>{description}</figcaption>
          <details class="trend-data" onToggle={(event) => setDataShown(dataShown || event.currentTarget.open)}>
            <summary>{t('trendChart_showTheData')}</summary>
            {dataShown && (
              <table>
                <caption class="visually-hidden">{t('trendChart_byDay', title)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('trendChart_day')}</th>
                    {trend.lines.map((line) => (
                      <th key={line.key} scope="col">
                        {line.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {trend.days.map((day, row) => (
                    <tr key={day}>
                      <th scope="row">{day}</th>
                      {trend.lines.map((line) => {
                        const value = line.values[row];
                        return (
                          <td key={line.key}>
                            {value === null || value === undefined
                              ? '–'
                              : shareLines.includes(line.key)
                                ? `${Math.round(value * 100)}%`
                                : format(value)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        </>
      )}
    </figure>
  );
}
