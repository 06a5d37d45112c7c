/**
 * The band chart: one horizontal bar per location or level from low to high with a
 * tick at the mid, on a £ axis that starts at zero so bar lengths compare honestly.
 * Plain SVG built with DOM calls; layout is a pure function so it can be tested.
 */
import type { BandRow } from "./explorer-model";
import { svg } from "./dom";
import { formatMoney } from "./money";

export const chartGeometry = { width: 300, labelWidth: 96, rowHeight: 34, barHeight: 14, top: 4, axisHeight: 18 };

export interface BarLayout {
  label: string;
  y: number;
  /** Present when the row has a band. */
  bar?: { x: number; width: number; midX: number; low: number; mid: number; high: number };
  error?: string;
}

/** A round axis end just above the highest value (1, 2 or 5 × a power of ten steps). */
export function axisMax(values: readonly number[]): number {
  const top = Math.max(0, ...values);
  if (top === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(top));
  const multiple = [1, 2, 2.5, 5, 10].find((m) => m * step >= top)!;
  return multiple * step;
}

export function layoutBands(rows: readonly BandRow[]): {
  max: number;
  plotLeft: number;
  plotWidth: number;
  bars: BarLayout[];
} {
  const { width, labelWidth, rowHeight, top } = chartGeometry;
  const max = axisMax(rows.flatMap((r) => ("high" in r ? [r.high] : [])));
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - 8;
  const x = (value: number) => plotLeft + (value / max) * plotWidth;
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
  return { max, plotLeft, plotWidth, bars };
}

/** The chart as an SVG element with a text alternative on every bar. */
export function bandChart(rows: readonly BandRow[], title: string): SVGSVGElement {
  const { width, rowHeight, barHeight, top, axisHeight } = chartGeometry;
  const { max, plotLeft, plotWidth, bars } = layoutBands(rows);
  const height = top + rows.length * rowHeight + axisHeight;
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: "100%",
    role: "img",
    "aria-label": title,
    class: "band-chart",
  });
  chart.append(svg("title", {}, title));
  for (const row of bars) {
    const group = svg("g", { class: "band-row", "data-label": row.label });
    group.append(svg("text", { x: 0, y: row.y + barHeight - 2, class: "band-label" }, row.label));
    if (row.bar) {
      const { bar } = row;
      const text = `${row.label}: ${formatMoney(bar.low)} to ${formatMoney(bar.high)}, mid ${formatMoney(bar.mid)}`;
      group.append(
        svg(
          "rect",
          { x: bar.x, y: row.y, width: bar.width, height: barHeight, rx: 3, class: "band-bar" },
          svg("title", {}, text),
        ),
        svg("line", { x1: bar.midX, x2: bar.midX, y1: row.y - 2, y2: row.y + barHeight + 2, class: "band-mid" }),
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
  const axisY = top + rows.length * rowHeight + 12;
  chart.append(
    svg("text", { x: plotLeft, y: axisY, class: "band-axis" }, formatMoney(0)),
    svg("text", { x: plotLeft + plotWidth, y: axisY, class: "band-axis", "text-anchor": "end" }, formatMoney(max)),
  );
  return chart;
}
