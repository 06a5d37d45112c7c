/**
 * The census engine and the CLI's census run, on the hand-worked census of
 * tests/support/census.ts: every person's figures to the penny, through the engine's API and
 * through the CLI's CSV report read back; the summary; the company bands beside the market and
 * as the target; MARKETGAP as a worksheet function; and bad files, each refused naming its line
 * and never a person's id or salary.
 */
import * as fs from "node:fs";
import { parse } from "csv-parse/sync";
import {
  CensusSummary,
  censusColumns,
  companyBandColumns,
  evaluate,
  jobMapColumns,
  priceCensusRow,
  readCompanyBands,
  readJobMap,
  resolveCensusOptions,
  TableError,
  type CensusOptions,
  bundled,
} from "../support/engine";
import { CensusRun } from "../../src/cli/census-run";
import { sheetWithAipay } from "../support/hyperformula";
import { csvCensusLayout } from "../../src/cli/census-layout";
import {
  censusFile,
  linesOf,
  expectedAll,
  expectedBands,
  expectedCompanyTarget,
  expectedPeople,
  unmapped,
} from "../support/census";

const read = (name: string) => fs.readFileSync(censusFile(name), "utf8");
const map = readJobMap(bundled, linesOf(read("titles.csv"), jobMapColumns));
const bands = readCompanyBands(bundled, linesOf(read("bands.csv"), companyBandColumns), map);
const people = linesOf(read("people.csv"), censusColumns);
const marketOptions = resolveCensusOptions(bundled, { taxYear: "2026/27" }, map, bands);

const pennies = (amount: number) => Math.round(amount * 100);

describe("the hand-worked census through the engine", () => {
  const priced = new Map(people.map(({ row }) => [String(row.id), priceCensusRow(bundled, row, marketOptions)]));

  test.each(Object.entries(expectedPeople))("%s", (id, expected) => {
    const person = priced.get(id)!;
    expect([person.role, person.level, person.location]).toEqual([expected.role, expected.level, expected.location]);
    const { market, gaps } = person;
    expect([market!.low, market!.mid, market!.high, market!.basis]).toEqual([
      expected.low,
      expected.mid,
      expected.high,
      expected.basis,
    ]);
    expect(market!.compaRatio).toBeCloseTo(expected.compaRatio, 12);
    expect(market!.rangePosition).toBeCloseTo(expected.rangePosition, 12);
    expect([gaps!.below, gaps!.above]).toEqual([expected.below, expected.above]);
    expect([gaps!.gapToLow, gaps!.gapToMid, gaps!.costToLow, gaps!.costToMid].map(pennies)).toEqual(
      [expected.gapToLow, expected.gapToMid, expected.costToLow, expected.costToMid].map(pennies),
    );
  });

  test("the unmapped title is listed with its suggestions, and priced by nothing", () => {
    const person = priced.get(unmapped.id)!;
    expect(person.unmapped).toEqual(unmapped.suggestions);
    expect([person.role, person.market, person.gaps]).toEqual([null, null, null]);
  });

  test("the summary of everyone, and by department, role and level", () => {
    const summary = new CensusSummary();
    for (const person of priced.values()) summary.add(person);
    const lines = summary.lines();
    const all = lines.find((l) => l.group === "all")!;
    expect({ ...all, medianCompaRatio: undefined }).toMatchObject({ ...expectedAll, medianCompaRatio: undefined });
    expect(all.medianCompaRatio).toBeCloseTo(expectedAll.medianCompaRatio, 12);
    // Leadership: E09 (11,500 to mid) and E10 (11,500 to low, 57,500 to mid); median (0.9375 + 0.7619…) ÷ 2.
    const leadership = lines.find((l) => l.group === "department" && l.name === "Leadership")!;
    expect([leadership.count, leadership.costToLow, leadership.costToMid]).toEqual([2, 11500, 69000]);
    expect(leadership.medianCompaRatio).toBeCloseTo((0.9375 + 160000 / 210000) / 2, 12);
    // The unmapped E11 counts in its department (Data) but in no role or level.
    const data = lines.find((l) => l.group === "department" && l.name === "Data")!;
    expect([data.count, data.unmapped]).toEqual([4, 1]);
    // MLOps Engineer, Senior: E01, E02, E03, E08 (five years), E21; costs to low 5,750 + 15,716.67.
    const senior = lines.find((l) => l.group === "level" && l.name === "MLOps Engineer, Senior")!;
    expect([senior.count, senior.costToLow]).toEqual([5, 21466.67]);
  });

  test("the company bands beside the market", () => {
    expect(bands.comparisons).toHaveLength(expectedBands.length);
    bands.comparisons.forEach((c, i) => {
      const expected = expectedBands[i];
      expect([c.band.where, c.band.role, c.band.mid]).toEqual([expected.where, expected.role, expected.mid]);
      expect(c.midRangePosition).toBeCloseTo(expected.midRangePosition, 6);
      expect(c.widthRatio).toBeCloseTo(expected.widthRatio, 6);
      expect(c.midCompaRatio).toBeCloseTo(expected.midCompaRatio, 6);
    });
  });

  test("the company's bands as the target", () => {
    // The target word is read without case.
    const options = resolveCensusOptions(bundled, { taxYear: "2026/27", target: "Company" }, map, bands);
    for (const [id, expected] of Object.entries(expectedCompanyTarget)) {
      const { row } = people.find((line) => line.row.id === id)!;
      const person = priceCensusRow(bundled, row, options);
      expect(person.target).toBe("company");
      expect(person.gaps).toMatchObject(expected);
    }
    const withoutBand = priceCensusRow(bundled, people.find((line) => line.row.id === "E05")!.row, options);
    expect([withoutBand.target, withoutBand.gaps, withoutBand.market!.mid]).toEqual([null, null, 82500]);
  });

  test("MARKETGAP, the worksheet function, gives the person's figures in one row", () => {
    // E06, part-time: 48,000 at 0.6 against AI Engineer Mid-Level London.
    const [row] = evaluate("MARKETGAP", [48000, "AI Engineer", "Mid-Level", "London", 0.6, "2026/27"]);
    expect(row).toEqual([70000, 82500, 95000, 80000 / 82500, 0.4, false, false, 0, 1500, 0, 1770, "Published"]);
    // E08: five years in Manchester, derived.
    const [derived] = evaluate("MARKETGAP", [60000, "MLOps Engineer", 5, "Manchester"]);
    expect(derived.slice(7)).toEqual([13666.67, 22666.67, 15716.67, 26066.67, "Derived"]);
    // An empty fte (0 on Excel desktop) is full time.
    expect(evaluate("MARKETGAP", [80000, "MLOps Engineer", "Senior", "London", 0])[0].slice(7, 11)).toEqual([
      5000, 17500, 5750, 20125,
    ]);
  });
});

describe("the hand-worked census as a sheet's formulas, calculated by HyperFormula", () => {
  // One row a priced person: salary, guide role, the census's level cell (E08's 5 years),
  // location (empty for the default), fte; MARKETGAP spills its twelve cells from F. A mapped
  // title is given as its guide job, as a sheet would look it up.
  const ids = Object.keys(expectedPeople);
  const given = (id: string) => people.find((line) => line.row.id === id)!.row;
  const grid: unknown[][] = ids.map((id, k) => {
    const expected = expectedPeople[id];
    const row = given(id);
    const level = id === "E08" ? 5 : expected.level || null;
    const cells = ["A", "B", "C", "D", "E"].map((column) => `${column}${k + 1}`).join(",");
    const figures = `=AIPAY.MARKETGAP(${cells},"2026/27")`;
    return [Number(row.salary), expected.role, level, row.location ?? null, Number(row.fte), figures];
  });
  const n = ids.length;
  // Below the people, the costs' totals under their columns (O and P).
  grid.push([...Array<null>(14).fill(null), `=SUM(O1:O${n})`, `=SUM(P1:P${n})`]);
  const sheet = sheetWithAipay("Census", grid);
  const value = (row: number, column: number) => sheet.getCellValue({ sheet: 0, row, col: column });

  test.each(ids.map((id, row) => [id, row] as const))("%s", (id, row) => {
    const expected = expectedPeople[id];
    // F–H the band, I compa-ratio, J range position, K–L flags, M–N gaps, O–P their cost, Q basis.
    expect([5, 6, 7].map((col) => value(row, col))).toEqual([expected.low, expected.mid, expected.high]);
    // HyperFormula keeps a cell's number to ten significant figures.
    expect(value(row, 8)).toBeCloseTo(expected.compaRatio, 9);
    expect([value(row, 10), value(row, 11), value(row, 16)]).toEqual([expected.below, expected.above, expected.basis]);
    expect([12, 13, 14, 15].map((col) => pennies(value(row, col) as number))).toEqual(
      [expected.gapToLow, expected.gapToMid, expected.costToLow, expected.costToMid].map(pennies),
    );
  });

  test("the sheet's totals are the report's", () => {
    expect(pennies(value(n, 14) as number)).toBe(pennies(expectedAll.costToLow));
    expect(pennies(value(n, 15) as number)).toBe(pennies(expectedAll.costToMid));
  });
});

/** The census file through the CLI's run and CSV layout, read back as the report. */
function report(text: string, options: CensusOptions = marketOptions) {
  const problems: string[] = [];
  const run = new CensusRun(options, bands.comparisons, csvCensusLayout(), (p) => problems.push(p), false);
  const out: (string | number)[][] = [];
  const records = parse(text, { relax_column_count: true }) as string[][];
  let error: unknown;
  try {
    for (const record of records) out.push(...run.record(record));
    out.push(...run.end());
  } catch (thrown) {
    error = thrown;
  }
  return { out, problems, refused: run.refused, error };
}

describe("the census through the CLI's run", () => {
  test("every person's line to the penny, then the totals, the bands and the assumptions", () => {
    const { out, problems, refused } = report(read("people.csv"));
    expect(refused).toBe(false);
    expect(problems).toEqual([
      `line ${unmapped.line}: "Senior Data Engineering Wrangler" is neither a guide role nor a title in the job map: add it to the job map; nearest: ${unmapped.suggestions[0]}.`,
    ]);
    const header = out[0] as string[];
    const at = (name: string) => header.indexOf(name);
    const byId = new Map(out.slice(1, 22).map((row) => [row[0], row]));
    for (const [id, expected] of Object.entries(expectedPeople)) {
      const row = byId.get(id)!;
      expect([row[at("guide role")], row[at("market low")], row[at("market mid")], row[at("basis")]]).toEqual([
        expected.role,
        expected.low,
        expected.mid,
        expected.basis,
      ]);
      const money = ["gap to low", "gap to mid", "cost to low", "cost to mid"].map((name) =>
        pennies(row[at(name)] as number),
      );
      expect(money).toEqual(
        [expected.gapToLow, expected.gapToMid, expected.costToLow, expected.costToMid].map(pennies),
      );
    }
    // The other columns are kept as written: E03's day-first start and its cost centre.
    expect(byId.get("E03")!.slice(0, 9)).toEqual([
      "E03",
      "MLOps Engineer",
      "Senior",
      "London",
      "120000",
      "1",
      "Platform",
      "15/01/2020",
      "CC1",
    ]);
    const all = out.find((row) => row[0] === "All")!;
    expect(all.slice(2, 9)).toEqual([20, 1, expectedAll.medianCompaRatio, 7, 1, 46120.01, 199448.94]);
    const wider = out.find((row) => row[0] === "line 2")!;
    expect(wider[15]).toBe(1.6);
    const assumed = new Map(out.map((row) => [row[0], row[1]]));
    expect(assumed.get("Tax year of employer rates")).toBe("2026/27");
    expect(assumed.get("Pay guide effective date")).toBe("2026-01-01");
    expect(out.every((row) => row.length === header.length)).toBe(true);
  });

  const header = "id,title,level,location,salary,fte\n";

  test("a duplicate id is refused on its line, naming the first line and not the id", () => {
    const { problems, refused } = report(
      `${header}P-77,AI Engineer,Senior,London,90000,1\nQ1,AI Engineer,Senior,London,90000,1\nP-77,AI Engineer,Senior,London,95000,1\n`,
    );
    expect(refused).toBe(true);
    expect(problems).toEqual(["line 4: #VALUE!: the id repeats line 2's: each person needs an id of their own."]);
    expect(problems.join()).not.toContain("P-77");
  });

  test("a salary of text is refused on its line, naming the column and not the value", () => {
    const { problems } = report(`${header}A1,AI Engineer,Senior,London,ninety thousand,1\n`);
    expect(problems).toEqual([
      "line 2: #VALUE!: salary must be an amount of pounds a year, 0 or more, e.g. 85000: the pay actually received.",
    ]);
  });

  test("an fte of 0 or above 1, and an empty id, are refused on their lines", () => {
    const { problems } = report(
      `${header}A1,AI Engineer,Senior,London,90000,0\nA2,AI Engineer,Senior,London,90000,1.5\n,AI Engineer,Senior,London,90000,1\n`,
    );
    expect(problems).toEqual([
      "line 2: #NUM!: fte must be a share of full time above 0 and up to 1, e.g. 0.6 or 60%.",
      "line 3: #NUM!: fte must be a share of full time above 0 and up to 1, e.g. 0.6 or 60%.",
      "line 4: #VALUE!: id is empty: every person needs one.",
    ]);
  });

  test("an unknown level or location is refused on its line with the guide's message", () => {
    const { problems } = report(`${header}A1,AI Engineer,Senior,Atlantis,90000,1\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 2: #N\/A: .*Atlantis/);
  });

  test("a census without a required column is refused, naming the column and its other names", () => {
    const { error } = report("id,title,level,location\nA1,AI Engineer,Senior,London\n");
    expect((error as Error).message).toBe(
      'the header needs the column salary (or "annual salary", "base salary", "base pay" or "pay").',
    );
  });
});

describe("bad job maps and band tables name their lines", () => {
  const problems = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      if (error instanceof TableError) return error.problems;
      throw error;
    }
    return [];
  };

  test("a band with low above high, a mid outside its band, an unknown title and a duplicate", () => {
    const table = [
      "title,level,location,low,mid,high",
      "MLOps Engineer,Senior,London,120000,,80000",
      "MLOps Engineer,Senior,Leeds,80000,130000,120000",
      "Chief Vibes Officer,,London,100000,,200000",
      "AI Engineer,Senior,London,95000,,125000",
      "AI Engineer,Senior,London,96000,,126000",
      "AI Engineer,Senior,London,abc,,126000",
    ].join("\n");
    expect(problems(() => readCompanyBands(bundled, linesOf(table, companyBandColumns), map))).toEqual([
      "line 2: low (£120,000) is above high (£80,000).",
      "line 3: mid (£130,000) is outside low to high (£80,000 to £120,000).",
      'line 4: "Chief Vibes Officer" is neither a guide role nor a title in the job map: add it to the job map; nearest: Chief AI Officer.',
      "line 6: the same title, level and location as line 5.",
      'line 7: low must be a number, e.g. 85000 (got "abc").',
    ]);
  });

  test("a band for a level the role does not have", () => {
    const table = "title,level,low,high\nDirector of AI,Senior,150000,200000\n";
    const [problem] = problems(() => readCompanyBands(bundled, linesOf(table, companyBandColumns)));
    expect(problem).toMatch(/^line 2: Director of AI is a leadership role/);
  });

  test("a job map to a role the guide does not have suggests the nearest", () => {
    const table = "title,role\nPlatform Engineer,MLOps Enginer\n";
    const [problem] = problems(() => readJobMap(bundled, linesOf(table, jobMapColumns)));
    expect(problem).toMatch(/^line 2: .*MLOps Enginer.*Did you mean 'MLOps Engineer'/);
  });

  test("a company target without bands, and an unknown target, are refused", () => {
    expect(() => resolveCensusOptions(bundled, { target: "company" })).toThrow(
      expect.objectContaining({ message: "a company target needs the company's bands (--bands)." }),
    );
    expect(() => resolveCensusOptions(bundled, { target: "median" })).toThrow(
      expect.objectContaining({ message: 'target must be "market" or "company" (got "median").' }),
    );
  });
});
