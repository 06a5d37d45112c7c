/**
 * The hand-worked census (tests/fixtures/census): 21 people, a job map and a company band
 * table, with every figure worked out below from the guide's published bands and the
 * 2026/27 employer rates, for the unit and built tests to hold the engine and the CLI to.
 *
 * Loaded cost at 2026/27 rates: employer NI 15% above £5,000 a year, minimum pension 3% of
 * qualifying earnings £6,240–£50,270. So a rise of g where both salaries are above £50,270
 * costs 1.15g (the pension is capped), where both are below it 1.18g, and across it
 * 0.15g + 0.03 × (50,270 − salary).
 *
 * The salary is the pay actually received; a part-timer's band is the full-time band × fte.
 * The mid is the midpoint of low and high, to the penny; the compa-ratio is COMPARATIO's, the
 * salary (full-time equivalent) ÷ that midpoint before rounding, which differs only for a derived band.
 */
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { headerColumns, type Scalar, type TableColumn, type TableLine } from "../../src/engine";

export const censusFixtures = path.resolve(__dirname, "../fixtures/census");
export const censusFile = (name: string) => path.join(censusFixtures, name);

/** A CSV table's lines as the engine takes them, each with its line number. */
export function linesOf<Name extends string>(text: string, columns: readonly TableColumn<Name>[]): TableLine<Name>[] {
  const [header, ...rows] = parse(text) as string[][];
  const named = headerColumns(columns, header);
  return rows.map((cells, i) => {
    const row: Partial<Record<Name, Scalar>> = {};
    named.forEach((name, k) => {
      if (name !== null && cells[k] !== "") row[name] = cells[k];
    });
    return { where: `line ${i + 2}`, row };
  });
}

export interface Expected {
  role: string;
  level: string;
  location: string;
  low: number;
  mid: number;
  high: number;
  basis: "Published" | "Derived";
  compaRatio: number;
  rangePosition: number;
  below: boolean;
  above: boolean;
  gapToLow: number;
  gapToMid: number;
  costToLow: number;
  costToMid: number;
}

const person = (
  [role, level, location]: [string, string, string],
  [low, high, basis]: [number, number, "Published" | "Derived"],
  mid: number,
  [compaRatio, rangePosition]: [number, number],
  [below, above]: [boolean, boolean],
  [gapToLow, gapToMid, costToLow, costToMid]: [number, number, number, number],
): Expected => ({
  role,
  level,
  location,
  low,
  mid,
  high,
  basis,
  compaRatio,
  rangePosition,
  below,
  above,
  gapToLow,
  gapToMid,
  costToLow,
  costToMid,
});

const mlopsSeniorLondon = ["MLOps Engineer", "Senior", "London"] as [string, string, string];

/** Each priced person by id, with the market target. */
export const expectedPeople: Record<string, Expected> = {
  // Below: £85,000–£110,000, mid 97,500. 80,000 ÷ 97,500 = 0.8205…; (80,000 − 85,000) ÷ 25,000 = −0.2.
  // Gaps 5,000 and 17,500, all above £50,270: × 1.15 = 5,750 and 20,125.
  E01: person(
    mlopsSeniorLondon,
    [85000, 110000, "Published"],
    97500,
    [80000 / 97500, -0.2],
    [true, false],
    [5000, 17500, 5750, 20125],
  ),
  // Inside, above the mid: 100,000 ÷ 97,500; (100,000 − 85,000) ÷ 25,000 = 0.6; no gaps.
  E02: person(
    mlopsSeniorLondon,
    [85000, 110000, "Published"],
    97500,
    [100000 / 97500, 0.6],
    [false, false],
    [0, 0, 0, 0],
  ),
  // Above the high end: (120,000 − 85,000) ÷ 25,000 = 1.4.
  E03: person(
    mlopsSeniorLondon,
    [85000, 110000, "Published"],
    97500,
    [120000 / 97500, 1.4],
    [false, true],
    [0, 0, 0, 0],
  ),
  // Below £95,000–£125,000 (mid 110,000): gaps 5,000 and 20,000 → 5,750 and 23,000; (90,000 − 95,000) ÷ 30,000 = −1/6.
  E04: person(
    ["AI Engineer", "Senior", "London"],
    [95000, 125000, "Published"],
    110000,
    [90000 / 110000, -1 / 6],
    [true, false],
    [5000, 20000, 5750, 23000],
  ),
  // Inside £70,000–£95,000 (mid 82,500), below the mid by 2,500 → 2,875; (80,000 − 70,000) ÷ 25,000 = 0.4.
  E05: person(
    ["AI Engineer", "Mid-Level", "London"],
    [70000, 95000, "Published"],
    82500,
    [80000 / 82500, 0.4],
    [false, false],
    [0, 2500, 0, 2875],
  ),
  // Part-time, 0.6: the band × 0.6 is 42,000–57,000, mid 49,500. 48,000 ÷ 0.6 = 80,000 full time,
  // so the compa-ratio and range position are E05's. Gap to mid 1,500, both pays under £50,270: × 1.18 = 1,770.
  E06: person(
    ["AI Engineer", "Mid-Level", "London"],
    [70000, 95000, "Published"],
    82500,
    [80000 / 82500, 0.4],
    [false, false],
    [0, 1500, 0, 1770],
  ),
  // Derived (Manchester, §8 from London £45,000–£58,000): 39,000–48,333.33, mid 87,333.33 ÷ 2 = 43,666.665 → 43,666.67.
  // Gaps 3,000 and 7,666.67, under £50,270: × 1.18 = 3,540 and 9,046.6706 → 9,046.67.
  E07: person(
    ["Data Engineer", "Junior", "Manchester"],
    [39000, 48333.33, "Derived"],
    43666.67,
    [36000 / ((39000 + 48333.33) / 2), (36000 - 39000) / (48333.33 - 39000)],
    [true, false],
    [3000, 7666.67, 3540, 9046.67],
  ),
  // Five years of experience read as Senior; Manchester derived: 73,666.67–91,666.66, mid 165,333.33 ÷ 2 → 82,666.67.
  // Gaps 13,666.67 and 22,666.67, × 1.15 = 15,716.6705 → 15,716.67 and 26,066.6705 → 26,066.67.
  E08: person(
    ["MLOps Engineer", "Senior", "Manchester"],
    [73666.67, 91666.66, "Derived"],
    82666.67,
    [60000 / ((73666.67 + 91666.66) / 2), (60000 - 73666.67) / (91666.66 - 73666.67)],
    [true, false],
    [13666.67, 22666.67, 15716.67, 26066.67],
  ),
  // Leadership, no level: £140,000–£180,000, mid 160,000; gap to mid 10,000 → 11,500; (150,000 − 140,000) ÷ 40,000 = 0.25.
  E09: person(
    ["Head of MLOps", "", "London"],
    [140000, 180000, "Published"],
    160000,
    [150000 / 160000, 0.25],
    [false, false],
    [0, 10000, 0, 11500],
  ),
  // Leadership, below £170,000–£250,000 (mid 210,000): gaps 10,000 and 50,000 → 11,500 and 57,500; −10,000 ÷ 80,000 = −0.125.
  E10: person(
    ["Director of AI", "", "London"],
    [170000, 250000, "Published"],
    210000,
    [160000 / 210000, -0.125],
    [true, false],
    [10000, 50000, 11500, 57500],
  ),
  // At the mid exactly: £110,000–£150,000, mid 130,000.
  E12: person(
    ["LLM Engineer", "Senior", "London"],
    [110000, 150000, "Published"],
    130000,
    [1, 0.5],
    [false, false],
    [0, 0, 0, 0],
  ),
  // "Platform Engineer" through the job map (every level) to MLOps Engineer at the census's Mid-Level:
  // £65,000–£85,000, mid 75,000; gap to mid 5,000 → 5,750; (70,000 − 65,000) ÷ 20,000 = 0.25.
  E13: person(
    ["MLOps Engineer", "Mid-Level", "London"],
    [65000, 85000, "Published"],
    75000,
    [70000 / 75000, 0.25],
    [false, false],
    [0, 5000, 0, 5750],
  ),
  // "Research Scientist" at L5 through the job map to AI Engineer, Senior; no location, so UK National:
  // £80,000–£105,000, mid 92,500; gap to mid 7,500 → 8,625; 5,000 ÷ 25,000 = 0.2.
  E14: person(
    ["AI Engineer", "Senior", "UK National"],
    [80000, 105000, "Published"],
    92500,
    [85000 / 92500, 0.2],
    [false, false],
    [0, 7500, 0, 8625],
  ),
  // At the low end exactly (not below): £70,000–£90,000, mid 80,000; gap to mid 10,000 → 11,500.
  E15: person(
    ["Data Engineer", "Senior", "UK National"],
    [70000, 90000, "Published"],
    80000,
    [0.875, 0],
    [false, false],
    [0, 10000, 0, 11500],
  ),
  // Inside £80,000–£105,000, above the mid 92,500: (95,000 − 80,000) ÷ 25,000 = 0.6.
  E16: person(
    ["Data Engineer", "Senior", "London"],
    [80000, 105000, "Published"],
    92500,
    [95000 / 92500, 0.6],
    [false, false],
    [0, 0, 0, 0],
  ),
  // Part-time, 0.5: £50,000–£62,000 × 0.5 = 25,000–31,000, mid 28,000. 24,000 ÷ 0.5 = 48,000 full time:
  // 48,000 ÷ 56,000 = 0.857…; (48,000 − 50,000) ÷ 12,000 = −1/6. Gaps 1,000 and 4,000 × 1.18 = 1,180 and 4,720.
  E17: person(
    ["MLOps Engineer", "Junior", "London"],
    [50000, 62000, "Published"],
    56000,
    [48000 / 56000, -1 / 6],
    [true, false],
    [1000, 4000, 1180, 4720],
  ),
  // Derived (Manchester): 82,333.34–104,166.66, mid 93,250. Gaps 2,333.34 × 1.15 = 2,683.341 → 2,683.34 and 13,250 × 1.15 = 15,237.50.
  E18: person(
    ["AI Engineer", "Senior", "Manchester"],
    [82333.34, 104166.66, "Derived"],
    93250,
    [80000 / 93250, (80000 - 82333.34) / (104166.66 - 82333.34)],
    [true, false],
    [2333.34, 13250, 2683.34, 15237.5],
  ),
  // A rise across the pension cap: 50,000 → 51,500 (mid of £45,000–£58,000): NI 0.15 × 1,500 = 225,
  // pension 0.03 × (50,270 − 50,000) = 8.10: 1,733.10. (50,000 − 45,000) ÷ 13,000 = 5/13.
  E19: person(
    ["Data Engineer", "Junior", "London"],
    [45000, 58000, "Published"],
    51500,
    [50000 / 51500, 5 / 13],
    [false, false],
    [0, 1500, 0, 1733.1],
  ),
  // At the high end exactly (not above): (125,000 − 95,000) ÷ 30,000 = 1.
  E20: person(
    ["AI Engineer", "Senior", "London"],
    [95000, 125000, "Published"],
    110000,
    [125000 / 110000, 1],
    [false, false],
    [0, 0, 0, 0],
  ),
  // At the mid exactly, and no department.
  E21: person(mlopsSeniorLondon, [85000, 110000, "Published"], 97500, [1, 0.5], [false, false], [0, 0, 0, 0]),
};

/** The unmapped title: "Senior Data Engineering Wrangler" holds "Data Engineer"; 5 years there is Senior. */
export const unmapped = { id: "E11", line: 12, suggestions: ["Data Engineer (Senior at 5 years)"] };

/**
 * Everyone: 20 priced, 1 unmapped. Below band: E01, E04, E07, E08, E10, E17, E18 (7); above: E03 (1).
 * Cost to low: 5,750 + 5,750 + 3,540 + 15,716.67 + 11,500 + 1,180 + 2,683.34 = 46,120.01.
 * Cost to mid: 20,125 + 23,000 + 2,875 + 1,770 + 9,046.67 + 26,066.67 + 11,500 + 57,500 + 5,750
 *   + 8,625 + 11,500 + 4,720 + 15,237.50 + 1,733.10 = 199,448.94.
 * Median compa-ratio of 20: the 10th and 11th, E13's 70,000 ÷ 75,000 and E09's 0.9375:
 *   (0.93333… + 0.9375) ÷ 2 = 0.93541666….
 */
export const expectedAll = {
  count: 20,
  unmapped: 1,
  belowBand: 7,
  aboveBand: 1,
  costToLow: 46120.01,
  costToMid: 199448.94,
  medianCompaRatio: (70000 / 75000 + 0.9375) / 2,
};

/**
 * The company bands beside the market. MLOps Senior London 80,000–120,000 (mid 100,000, the
 * midpoint) against 85,000–110,000: width 40,000 ÷ 25,000 = 1.6 (wider than the market), mid at
 * (100,000 − 85,000) ÷ 25,000 = 0.6. Platform Engineer (every location) is compared at UK
 * National, MLOps Mid-Level 55,000–75,000: mid 70,000 at 15,000 ÷ 20,000 = 0.75, width 1.
 */
export const expectedBands = [
  {
    where: "line 2",
    role: "MLOps Engineer",
    mid: 100000,
    midRangePosition: 0.6,
    widthRatio: 1.6,
    midCompaRatio: 100000 / 97500,
  },
  { where: "line 3", role: "AI Engineer", mid: 110000, midRangePosition: 0.5, widthRatio: 1, midCompaRatio: 1 },
  {
    where: "line 4",
    role: "MLOps Engineer",
    mid: 70000,
    midRangePosition: 0.75,
    widthRatio: 1,
    midCompaRatio: 70000 / 65000,
  },
  // Against Manchester's derived 39,000–48,333.33: width 8,000 ÷ 9,333.33; mid 42,000 at 3,000 ÷ 9,333.33.
  {
    where: "line 5",
    role: "Data Engineer",
    mid: 42000,
    midRangePosition: 3000 / 9333.33,
    widthRatio: 8000 / 9333.33,
    midCompaRatio: 42000 / ((39000 + 48333.33) / 2),
  },
];

/**
 * With the company's bands as the target: E01 (MLOps Senior London, 80,000) is at the company's
 * low end (80,000), 20,000 below its mid (100,000) → × 1.15 = 23,000. E07 (Data Junior
 * Manchester, 36,000) is 2,000 below the company low 38,000 → × 1.18 = 2,360, and 6,000 below
 * its mid 42,000 → 7,080. E13 (Platform Engineer, London, 70,000) takes the every-location
 * band: at its mid, no gaps. E05 has no company band: no target, no gaps.
 */
export const expectedCompanyTarget = {
  E01: { below: false, gapToLow: 0, gapToMid: 20000, costToLow: 0, costToMid: 23000 },
  E07: { below: true, gapToLow: 2000, gapToMid: 6000, costToLow: 2360, costToMid: 7080 },
  E13: { below: false, gapToLow: 0, gapToMid: 0, costToLow: 0, costToMid: 0 },
};
