/** The band chart's axis fits the bands shown, in round steps, over every selection the dataset offers. */
import { payGuide } from "../support/engine";
import { axisTicks, layoutBands } from "../../src/taskpane/chart";
import { explorerControls, settle } from "../../src/taskpane/explorer-controls";
import { bandRows, type ChartAxis } from "../../src/taskpane/explorer-figures";

test("MLOps Engineer, Senior across the guide's seven locations: £70k to £110k in £10k steps", () => {
  // The locations the guide prints or prices in section 8; a location added to the data is another row, not this example.
  const guideLocations = ["UK National", "London", "Remote UK", "Cambridge", "Manchester", "Edinburgh", "Bristol"];
  const rows = bandRows(settle({ role: "MLOps Engineer", level: "Senior" }), "location").filter((r) =>
    guideLocations.includes(r.label),
  );
  expect(rows.map((r) => r.label).sort()).toEqual([...guideLocations].sort());
  // Lowest low: Bristol, London's 85,000 × §8's 62k ÷ 75k = 70,266.67 (to the penny, up);
  // highest high: London's 110,000.
  expect(Math.min(...rows.flatMap((r) => ("low" in r ? [r.low] : [])))).toBe(70_266.67);
  expect(axisTicks(rows.flatMap((r) => ("low" in r ? [r.low, r.high] : [])))).toEqual({
    step: 10_000,
    ticks: [70_000, 80_000, 90_000, 100_000, 110_000],
  });
});

test("one value alone gets an axis from zero up to it", () => {
  expect(axisTicks([180_000])).toEqual({ step: 50_000, ticks: [0, 50_000, 100_000, 150_000, 200_000] });
});

const selections = payGuide.roleNames.flatMap((role) => {
  const levels = explorerControls(settle({ role })).find((c) => c.param === "level")!.choices;
  return (levels.length > 0 ? levels : [""]).map((level) => settle({ role, level }));
});

test.each((["location", "level"] as ChartAxis[]).flatMap((axis) => selections.map((s) => [axis, s] as const)))(
  "across %s for %j: the axis covers every band with under one step to spare each side",
  (axis, selection) => {
    const rows = bandRows(selection, axis);
    const values = rows.flatMap((r) => ("low" in r ? [r.low, r.high] : []));
    if (values.length === 0) return; // nothing published to draw: the chart shows "not published" rows
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const { step, ticks } = axisTicks(values);
    const [first, last] = [ticks[0], ticks[ticks.length - 1]];
    expect(first).toBeLessThanOrEqual(low);
    expect(last).toBeGreaterThanOrEqual(high);
    if (high > low) {
      expect(low - first).toBeLessThan(step);
      expect(last - high).toBeLessThan(step);
    }
    expect(ticks.length - 1).toBeLessThanOrEqual(5);
    expect(ticks.length - 1).toBeGreaterThanOrEqual(1);
    // Every bar lies inside the plot.
    const { plotLeft, plotWidth, bars } = layoutBands(rows);
    for (const { bar } of bars)
      if (bar) {
        expect(bar.x).toBeGreaterThanOrEqual(plotLeft - 1e-9);
        expect(bar.x + bar.width).toBeLessThanOrEqual(plotLeft + plotWidth + 1e-9);
        expect(bar.midX).toBeGreaterThanOrEqual(bar.x);
        expect(bar.midX).toBeLessThanOrEqual(bar.x + bar.width);
      }
  },
);
