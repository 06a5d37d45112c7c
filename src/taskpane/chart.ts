/**
 * The band chart: one horizontal bar per location or level from low to high with a
 * tick at the mid. A band is a range, not a quantity measured from zero, so the £ axis
 * spans only the bands shown, in round steps with a gridline at each: the differences
 * between locations are what the reader compares.
 * Plain SVG built with DOM calls; layout is a pure function so it can be tested.
 */
import type { BandRow } from "./explorer-figures";
import { svg } from "./dom";
import { formatAxis, formatMoney } from "./money";

const chartGeometry = {
  width: 300,
  labelWidth: 88,
  /** Room right of the plot for half of the last axis label. */
  rightMargin: 16,
  rowHeight: 34,
  barHeight: 14,
  top: 4,
  axisHeight: 18,
};

/** Steps an axis may use, times a power of ten: £1k, £2k, £2.5k, £5k, £10k … (20 always fits, see axisTicks). */
const stepMultiples = [1, 2, 2.5, 5, 10, 20];
/** At most this many intervals, so each axis label has room at a pane's width. */
const maxIntervals = 5;

/** A round axis around the values: the step and the gridline values from the first to the last. */
export function axisTicks(values: readonly number[]): { step: number; ticks: number[] } {
  const finite = values.filter(Number.isFinite);
  const high = Math.max(...finite);
  if (finite.length === 0 || high <= 0) return { step: 1, ticks: [0, 1] };
  const lowest = Math.min(...finite);
  const low = lowest < high ? lowest : 0; // one value: an axis from zero up to it
  const span = high - low;
  // power ≤ span / 5, so a step of 20 × power is over 4 × span / 5: at most 1 + 5/4 + 1 intervals.
  const power = 10 ** Math.floor(Math.log10(span / maxIntervals));
  const fits = (step: number) => Math.ceil(high / step) - Math.floor(low / step) <= maxIntervals;
  const step = power * stepMultiples.find((m) => fits(m * power))!;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  return { step, ticks: Array.from({ length: last - first + 1 }, (_, i) => (first + i) * step) };
}

export interface BarLayout {
  label: string;
  y: number;
  /** Present when the row has a band. */
  bar?: { x: number; width: number; midX: number; low: number; mid: number; high: number };
  error?: string;
}

export function layoutBands(rows: readonly BandRow[]): {
  ticks: { value: number; x: number }[];
  plotLeft: number;
  plotWidth: number;
  bars: BarLayout[];
} {
  const { width, labelWidth, rightMargin, rowHeight, top } = chartGeometry;
  const { ticks } = axisTicks(rows.flatMap((r) => ("error" in r ? [] : [r.low, r.high])));
  const [min, max] = [ticks[0], ticks[ticks.length - 1]];
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - rightMargin;
  const x = (value: number) => plotLeft + ((value - min) / (max - min)) * plotWidth;
  const bars = rows.map((row, i): BarLayout => {
    const y = top + i * rowHeight;
    if ("error" in row) return { label: row.label, y, error: row.error };
    return {
      label: row.label,
      y,
      bar: {
        x: x(row.low),
        width: x(row.high) - x(row.low),
        midX: x(row.mid),
        low: row.low,
        mid: row.mid,
        high: row.high,
      },
    };
  });
  return { ticks: ticks.map((value) => ({ value, x: x(value) })), plotLeft, plotWidth, bars };
}

/** The chart as an SVG element with a text alternative on every bar. */
export function bandChart(rows: readonly BandRow[], title: string): SVGSVGElement {
  const { width, rowHeight, barHeight, top, axisHeight } = chartGeometry;
  const { ticks, plotLeft, bars } = layoutBands(rows);
  const plotBottom = top + rows.length * rowHeight;
  const height = plotBottom + axisHeight;
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: "100%",
    role: "img",
    "aria-label": title,
    class: "band-chart",
  });
  chart.append(svg("title", {}, title));
  // Gridlines first, so the bars draw over them.
  for (const tick of ticks)
    chart.append(
      svg("line", { x1: tick.x, x2: tick.x, y1: 0, y2: plotBottom, class: "band-grid" }),
      svg(
        "text",
        { x: tick.x, y: plotBottom + 12, class: "band-axis", "text-anchor": "middle" },
        formatAxis(tick.value),
      ),
    );
  for (const row of bars) {
    const group = svg("g", { class: "band-row", "data-label": row.label });
    group.append(svg("text", { x: 0, y: row.y + barHeight - 2, class: "band-label" }, row.label));
    if (row.bar) {
      const { bar } = row;
      const text = `${row.label}: ${formatMoney(bar.low)} to ${formatMoney(bar.high)}, mid ${formatMoney(bar.mid)}`;
      const tick = { x1: bar.midX, x2: bar.midX, y1: row.y - 2, y2: row.y + barHeight + 2 };
      group.append(
        svg(
          "rect",
          { x: bar.x, y: row.y, width: bar.width, height: barHeight, rx: 3, class: "band-bar" },
          svg("title", {}, text),
        ),
        // A halo in the page's colour keeps the tick visible on the bar and beside it, in either theme.
        svg("line", { ...tick, class: "band-mid-halo" }),
        svg("line", { ...tick, class: "band-mid" }),
        svg(
          "text",
          { x: plotLeft, y: row.y + barHeight + 12, class: "band-values" },
          `${formatMoney(bar.low)} – ${formatMoney(bar.high)}`,
        ),
      );
    } else {
      group.append(
        svg(
          "text",
          { x: plotLeft, y: row.y + barHeight - 2, class: "band-missing" },
          "not published",
          svg("title", {}, row.error ?? ""),
        ),
      );
    }
    chart.append(group);
  }
  return chart;
}
