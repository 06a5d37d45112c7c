/** The explorer's budgeting figures: loaded cost of the band midpoint and the contractor year, with formulas and sources. */
import { evaluate, payGuide } from "../support/engine";
import { explorerControls, initialSelection, settle } from "../../src/taskpane/explorer-controls";
import { explorerFigures } from "../../src/taskpane/explorer-figures";
import { bandRules } from "../../src/taskpane/explorer-sources";
import { latestHeld } from "../support/tax-years";

const figure = (id: string, selection: Record<string, string>) =>
  explorerFigures(settle(selection)).find((f) => f.id === id)!;
const seniorLlmLondon = { role: "LLM Engineer", level: "Senior", location: "London" };
/** The client's year in the data: 227 days as shipped. */
const days = payGuide.data.employerCosts.contractor.billableDaysPerYear.value;

test("loaded cost of the midpoint, at the latest tax year's rates, named in its label, formula and source", () => {
  const loaded = figure("loaded-cost", seniorLlmLondon);
  expect(loaded.label).toBe(`Loaded cost of mid, ${latestHeld}`);
  expect(loaded.formula).toBe(
    `=AIPAY.LOADEDCOST(AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid"),"${latestHeld}")`,
  );
  expect(loaded.value).toBe(evaluate("LOADEDCOST", [130000, latestHeld])[0][0]);
  // At 2026/27 rates: 130,000 + 15% × 125,000 (18,750) + 3% × (50,270 − 6,240) (1,320.90)
  expect(evaluate("LOADEDCOST", [130000, "2026/27"])[0][0]).toBe(150070.9);
  expect(loaded.source).toMatchObject({ derived: true, provenance: { section: "4. LLM Engineer Salaries" } });
  expect(loaded.source?.note).toBe(
    `+ employer NI and minimum pension at ${latestHeld} rates (gov.uk, employer-costs.json)`,
  );
});

test("contractor year: the outside-IR35 day-rate midpoint over the dataset's client year", () => {
  const contractor = figure("contractor-year", seniorLlmLondon);
  expect(contractor.formula).toBe('=AIPAY.CONTRACTCOST(AIPAY.DAYRATE("LLM Engineer","Senior","outside","mid"))');
  // (700 + 900)/2 = 800 a day × 227 days = 181,600
  expect(contractor.value).toBe(800 * days);
  expect(contractor.unit).toBe("year");
  expect(contractor.source).toMatchObject({ derived: true, provenance: { section: "7. Contractor Day Rates" } });
  expect(contractor.source?.note).toMatch(
    new RegExp(`^mid × ${days} days a year: AIPAY convention: the client's year`),
  );
});

test("a role without a day rate shows the engine's #N/A, with no source", () => {
  const contractor = figure("contractor-year", { role: "Head of MLOps", level: "", location: "London" });
  expect(contractor.value).toMatchObject({ code: "#N/A" });
  expect(contractor.source).toBeUndefined();
});

describe("controls: every list comes from the engine", () => {
  const controls = (selection: Record<string, string>) => explorerControls(settle(selection));
  const control = (selection: Record<string, string>, param: string) =>
    controls(selection).find((c) => c.param === param)!;

  test("one control per parameter of SALARYBAND, DAYRATE and TOTALCOMP (bar point and ir35), then the percentile", () => {
    expect(controls({}).map((c) => [c.param, c.kind])).toEqual([
      ["role", "choice"],
      ["level", "choice"],
      ["location", "choice"],
      ["skills", "choice"],
      ["stage", "choice"],
      ["specialist", "boolean"],
      ["valuation", "number"],
      ["percentile", "number"],
    ]);
  });

  test("skills are the role's own (SKILLS), may be left empty, and reset when the role changes", () => {
    const llm = control({ role: "LLM Engineer" }, "skills");
    expect(llm.choices).toEqual(evaluate("SKILLS", ["LLM Engineer"]).map((row) => row[0]));
    expect(llm.emptyLabel).toBe("None");
    const chosen = settle({ role: "LLM Engineer", skills: "LLM fine-tuning (LoRA, QLoRA, RLHF)" });
    expect(chosen.skills).toBe("LLM fine-tuning (LoRA, QLoRA, RLHF)");
    expect(settle({ ...chosen, role: "Data Engineer" }).skills).toBe(""); // not a Data Engineer skill
  });

  test("a role the guide lists no skills for offers none, with the engine's reason", () => {
    const head = control({ role: "Head of MLOps" }, "skills");
    expect(head.choices).toEqual([]);
    expect(head.note).toContain("The guide lists no premium skills for Head of MLOps.");
  });

  test("stages are STAGES(), empty meaning the market rate", () => {
    const stage = control({}, "stage");
    expect(stage.choices).toEqual(["Early Startup", "Scale-up", "Enterprise"]);
    expect(settle({}).stage).toBe("");
  });
});

describe("figures for premium rules, percentiles, total comp and the specialist rate", () => {
  const cambridgeRag = {
    role: "LLM Engineer",
    level: "Senior",
    location: "Cambridge",
    skills: "RAG architecture design & optimisation",
    stage: "Scale-up",
    percentile: "0.9",
  };

  test("a derived band: Cambridge from London, the RAG premium and the Scale-up factor", () => {
    // London LLM Senior £110,000–£150,000. Cambridge by §8's typical ranges, × 70/75 and × 110/120: 102,666.67 – 137,500.
    // RAG × 1.175, held to 25% over AI Senior Cambridge (88,666.67 – 114,583.33; × 1.25 = 110,833.34 – 143,229.16):
    // × 143,229.1625/137,500 = 1.041667 → 106,944.45 – 143,229.16. Scale-up × 0.95: 101,597.23 – 136,067.70 (inwards).
    expect(figure("salary-low", cambridgeRag).value).toBe(101597.23);
    expect(figure("salary-high", cambridgeRag).value).toBe(136067.7);
    expect(figure("salary-mid", cambridgeRag).value).toBe(118832.47); // (101,597.23 + 136,067.70) / 2
    expect(figure("salary-mid", cambridgeRag).source).toMatchObject({
      derived: true,
      provenance: { section: "4. LLM Engineer Salaries" },
    });
    expect(figure("salary-mid", cambridgeRag).formula).toBe(
      '=AIPAY.SALARYBAND("LLM Engineer","Senior","Cambridge","mid","RAG architecture design & optimisation","Scale-up")',
    );
    const rules = bandRules(settle(cambridgeRag))!;
    expect(rules).toContain("Cambridge from the London band by §8's typical Senior ranges");
    expect(rules).toContain('§8\'s "vs London" column (−5% to −10%) would give × 0.925: £101,750 – £138,750');
    expect(rules).toContain("cut to × 1.042 to stay within 25% over the AI Engineer Senior Cambridge band");
    expect(rules).toContain("RAG architecture design & optimisation premium × 1.175");
    expect(rules).toContain("Scale-up base × 0.95");
  });

  test("a printed band is not derived and has no rules", () => {
    expect(figure("salary-mid", seniorLlmLondon).source).toMatchObject({ derived: false });
    expect(bandRules(settle(seniorLlmLondon))).toBeUndefined();
  });

  test("the percentile figure: 0.25 and 0.75 give the printed ends; it is marked as a model", () => {
    const at = (percentile: string) => figure("salary-percentile", { ...seniorLlmLondon, percentile });
    expect(at("0.25").value).toBe(110000);
    expect(at("0.75").value).toBe(150000);
    expect(at("0.25").label).toBe("Salary, 25th percentile");
    expect(at("0.9").label).toBe("Salary, 90th percentile");
    expect(at("0.9").formula).toBe('=AIPAY.SALARYBAND("LLM Engineer","Senior","London",0.9)');
    expect(at("0.9").source).toMatchObject({ derived: true, note: expect.stringContaining("lognormal") });
    expect(at("1.5").value).toMatchObject({ code: "#NUM!" });
    expect(at("lots").value).toMatchObject({ code: "#VALUE!" });
    expect(explorerFigures({ ...seniorLlmLondon, percentile: "" }).map((f) => f.id)).not.toContain("salary-percentile");
  });

  test("total comp needs a stage for an individual contributor, and adds Enterprise bonus and RSUs", () => {
    expect(figure("totalcomp-mid", seniorLlmLondon).value).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Give a stage"),
    });
    const enterprise = figure("totalcomp-mid", { ...seniorLlmLondon, stage: "Enterprise" });
    // Base × 1.05: 115,500 – 157,500; bonus 15% = 17,325 and 25% = 39,375;
    // RSUs 10,000–50,000. Low 142,825, high 246,875, mid (142,825 + 246,875) / 2 = 194,850.
    expect(enterprise.value).toBe(194850);
    expect(enterprise.formula).toBe('=AIPAY.TOTALCOMP("LLM Engineer","Senior","London","mid",,"Enterprise")');
    expect(enterprise.source?.note).toMatch(/^\+ bonus: Enterprise target 15%–25% of base.*\+ equity: Enterprise RSUs/);
  });

  test("an early-startup valuation counts equity over four years", () => {
    const withValuation = figure("totalcomp-mid", {
      ...seniorLlmLondon,
      stage: "Early Startup",
      valuation: "20000000",
    });
    // Base × 0.775: 85,250 – 116,250; bonus "rare" = 0;
    // equity 0.1% × £20m ÷ 4 = 5,000 and 1.0% × £20m ÷ 4 = 50,000. Low 90,250, high 166,250, mid 128,250.
    expect(withValuation.value).toBe(128250);
    expect(withValuation.formula).toBe(
      '=AIPAY.TOTALCOMP("LLM Engineer","Senior","London","mid",,"Early Startup",20000000)',
    );
  });

  test("the specialist box asks DAYRATE for the guide's £900–£1,100 senior ML Engineer rate", () => {
    const specialist = figure("dayrate-outside", { role: "ML Engineer", level: "Senior", specialist: "TRUE" });
    expect(specialist.value).toBe(1000); // (900 + 1,100) / 2
    expect(specialist.formula).toBe('=AIPAY.DAYRATE("ML Engineer","Senior","outside","mid",TRUE)');
    expect(specialist.source?.provenance.section).toBe("1. Executive Summary");
    expect(figure("dayrate-outside", { role: "AI Engineer", level: "Senior", specialist: "TRUE" }).value).toMatchObject(
      {
        code: "#N/A",
      },
    );
  });
});

test("inside IR35 cites the rate it starts from: section 7's table, or the specialist rate", () => {
  const table = figure("dayrate-inside", seniorLlmLondon);
  expect(table.source).toMatchObject({ derived: true, provenance: { section: "7. Contractor Day Rates" } });
  expect(table.label).toBe("Contractor's rate, inside IR35");
  expect(table.source?.note).toBe(
    "Inside IR35 roles see a 15–20% lower effective rate: × 0.825, the contractor's take-home, not the client's cost",
  );
  const specialist = figure("dayrate-inside", { role: "ML Engineer", level: "Senior", specialist: "TRUE" });
  // 900 × 0.825 = 742.50 and 1,100 × 0.825 = 907.50: mid 825
  expect(specialist.value).toBe(825);
  expect(specialist.source?.provenance.section).toBe("1. Executive Summary");
  expect(specialist.source?.note).toMatch(
    /^Inside IR35 roles see a 15–20% lower effective rate \(7\. Contractor Day Rates\)/,
  );
});

test("the client's cost inside IR35 as fee-payer: the assignment rate plus employer NI and levy", () => {
  const client = figure("contractor-year-inside-client", seniorLlmLondon);
  expect(client.value).toBe(evaluate("CONTRACTCOST", [800, null, "inside", "client", latestHeld])[0][0]);
  // At 2026/27 rates and 227 days: 800 × 227 = 181,600; NI 15% × (181,600 − 5,000) = 26,490; levy 0.5% × 181,600 = 908
  const fees = 800 * days;
  expect(evaluate("CONTRACTCOST", [800, null, "inside", "client", "2026/27"])[0][0]).toBe(
    fees + 0.15 * (fees - 5000) + 0.005 * fees, // 208,998 at 227 days
  );
  expect(client.formula).toBe(
    `=AIPAY.CONTRACTCOST(AIPAY.DAYRATE("LLM Engineer","Senior","outside","mid"),,"inside","client","${latestHeld}")`,
  );
  expect(client.source?.note).toContain(
    `+ employer NI and Apprenticeship Levy on the deemed payment at ${latestHeld} rates`,
  );
  // Never below the outside-IR35 contractor year
  expect(client.value as number).toBeGreaterThanOrEqual(figure("contractor-year", seniorLlmLondon).value as number);
});

test("a percentile outside 0–1 is labelled plainly and shows the engine's #NUM!", () => {
  const at90 = figure("salary-percentile", { ...seniorLlmLondon, percentile: "90" });
  expect(at90.label).toBe("Salary at the percentile given");
  expect(at90.value).toMatchObject({ code: "#NUM!" });
});

test("the pane opens on the first role at Senior, UK National, market stage, 90th percentile", () => {
  expect(initialSelection()).toMatchObject({
    role: "MLOps Engineer",
    level: "Senior",
    location: "UK National",
    skills: "",
    stage: "",
    percentile: "0.9",
  });
  // MLOps Senior UK £75,000 – £95,000 and day rate £550 – £700: both published, so the first view has figures.
  const figures = explorerFigures(initialSelection());
  expect(figures.find((f) => f.id === "salary-mid")?.value).toBe(85000);
  expect(figures.find((f) => f.id === "dayrate-outside")?.value).toBe(625);
});

test("figures on a band whose top is a floor are labelled 'at least', with the engine's reason in their source", () => {
  // Chief AI Officer London £250k – £400k+
  const figures = explorerFigures(settle({ role: "Chief AI Officer", location: "London" }));
  const byId = (id: string) => figures.find((f) => f.id === id)!;
  for (const id of ["salary-mid", "salary-high", "loaded-cost", "totalcomp-mid"]) {
    expect(byId(id).label).toMatch(/ \(at least\)$/);
    expect(byId(id).source?.note).toMatch(/At least: the guide prints the high end as a floor \(£[\d,]+\+\)/);
  }
  expect(byId("salary-low").label).toBe("Salary, low");
  expect(figure("salary-mid", seniorLlmLondon).label).toBe("Salary, mid");
});
