/**
 * The dataset regression: the 2026 guide's names, lists and figures pinned as it prints
 * them. The data must hold all of them, in the guide's order; it may hold more, so adding
 * a role, location, level, skill or tax year needs no change here. Changing or losing a
 * printed figure fails. Every other test derives what it expects from the data.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundledRawDataset, evaluate } from "../support/engine";
import { describeIf } from "../support/tools";

/** The guide's printed names. */
const printed = {
  salaryRoles: ["MLOps Engineer", "AI Engineer", "LLM Engineer", "Data Engineer"],
  dayRateRoles: [
    "MLOps Engineer",
    "ML Engineer",
    "AI Engineer",
    "LLM Engineer",
    "Data Engineer",
    "ML Platform Engineer",
  ],
  leadershipRoles: [
    "Head of MLOps",
    "Head of ML Engineering",
    "Director of AI",
    "VP of Engineering (AI)",
    "Chief AI Officer",
  ],
  /** Section 7's day-rate levels. */
  dayRateLevels: ["Mid-Level", "Senior", "Lead/Principal"],
  /** The columns of sections 2–5 and of the leadership table. */
  salaryColumns: ["UK National", "London", "Remote UK"],
  leadershipColumns: ["UK National", "London"],
  /** Section 8's rows. */
  regions: ["London", "Cambridge", "Manchester", "Edinburgh", "Bristol", "Remote UK"],
  tiers: ["junior", "mid", "senior", "principal"],
  stages: ["Early Startup", "Scale-up", "Enterprise"],
  /** Sections 2–5's premium skills, by role; the guide's "LlamalIndex" printed as LlamaIndex. */
  skills: {
    "MLOps Engineer": [
      "Kubernetes orchestration & Helm charts",
      "MLflow, Kubeflow, or Weights & Biases",
      "Terraform/Pulumi infrastructure-as-code",
      "Ray or Spark for distributed training",
      "GPU cluster management",
    ],
    "AI Engineer": [
      "PyTorch production deployment",
      "Model optimisation (quantisation, pruning)",
      "Inference serving (Triton, TensorRT, vLLM)",
      "Computer Vision systems",
      "NLP/NLU production systems",
    ],
    "LLM Engineer": [
      "RAG architecture design & optimisation",
      "Vector databases (Pinecone, Weaviate, Milvus)",
      "LLM fine-tuning (LoRA, QLoRA, RLHF)",
      "Inference optimisation (vLLM, TensorRT-LLM)",
      "Agent frameworks (LangChain, LlamaIndex)",
      "LLM evaluation & safety systems",
    ],
    "Data Engineer": [
      "Feature store design (Feast, Tecton)",
      "Real-time streaming (Kafka, Flink)",
      "Databricks/Spark at scale",
      "dbt + modern data stack",
      "ML pipeline integration",
    ],
  } as Record<string, string[]>,
};
const printedRoles = [...new Set([...printed.salaryRoles, ...printed.dayRateRoles]), ...printed.leadershipRoles];

/**
 * What the guide prints must be in the data, in the guide's order; the data may hold more (a
 * role, location, tier or skill added later), so an addition never fails this file.
 */
const theGuides = (names: readonly unknown[], guideNames: readonly string[]) =>
  names.filter((name) => guideNames.includes(name as string));
const column = (result: readonly (readonly unknown[])[]) => result.map((row) => row[0]);

describe("the guide's lists are in the data, in the guide's order", () => {
  test("ROLES() lists every role the guide prints", () => {
    expect(theGuides(column(evaluate("ROLES", [])), printedRoles)).toEqual(printedRoles);
  });

  test("ROLES(table) narrows to one table", () => {
    expect(theGuides(column(evaluate("ROLES", ["salary"])), printedRoles)).toEqual(printed.salaryRoles);
    expect(theGuides(column(evaluate("ROLES", ["contract"])), printedRoles)).toEqual(printed.dayRateRoles);
    expect(theGuides(column(evaluate("ROLES", ["leadership"])), printedRoles)).toEqual(printed.leadershipRoles);
  });

  test("LEVELS(role) follows the role's own table", () => {
    const four = ["Junior", "Mid-Level", "Senior", "Staff/Principal"];
    const levels = (...args: string[]) => theGuides(column(evaluate("LEVELS", args)), [...four, "Lead/Principal"]);
    expect(levels("MLOps")).toEqual(four);
    expect(levels("AI Engineer")).toEqual(four);
    expect(levels("LLM Engineer")).toEqual(["Junior", "Mid-Level", "Senior", "Lead/Principal"]);
    expect(levels("Data Engineer")).toEqual(four);
    expect(levels("ML Engineer")).toEqual(printed.dayRateLevels);
    expect(levels("MLOps", "dayrate")).toEqual(printed.dayRateLevels);
  });

  test("LOCATIONS() lists the guide's columns, then the regions derived from London", () => {
    const locations = [...printed.salaryColumns, "Cambridge", "Manchester", "Edinburgh", "Bristol"];
    expect(theGuides(column(evaluate("LOCATIONS", [])), locations)).toEqual(locations);
  });

  test("section 8 gives a factor for six locations; the guide's salary tables print three columns", () => {
    const { guide } = bundledRawDataset;
    expect(
      theGuides(
        guide.regional.rows.map((r) => r.location),
        printed.regions,
      ),
    ).toEqual(printed.regions);
    const tables = guide.salaryTables.filter((t) => printed.salaryRoles.includes(t.role));
    expect(tables.map((t) => t.role)).toEqual(printed.salaryRoles);
    for (const table of tables) expect(theGuides(table.columns, printed.salaryColumns)).toEqual(printed.salaryColumns);
    expect(theGuides(guide.leadership.columns, printed.leadershipColumns)).toEqual(printed.leadershipColumns);
  });

  test.each(Object.entries(printed.skills))(
    "SKILLS(%s) lists the guide's premium skills in its order",
    (role, skills) => {
      expect(theGuides(column(evaluate("SKILLS", [role])), skills)).toEqual(skills);
    },
  );

  test("the guide prints premium skills for four roles, 21 in all", () => {
    const roles = bundledRawDataset.guide.skillPremiums.map((s) => s.role);
    expect(theGuides(roles, printed.salaryRoles)).toEqual(Object.keys(printed.skills));
    expect(Object.values(printed.skills).flat()).toHaveLength(21); // 5 + 5 + 6 + 5
  });

  test("STAGES() lists section 9's columns", () => {
    expect(theGuides(column(evaluate("STAGES", [])), printed.stages)).toEqual(printed.stages);
  });

  test("SOURCE lists the methodology's seven inputs", () => {
    expect(evaluate("SOURCE", ["inputs"])).toHaveLength(7);
  });

  test("the level tiers, lowest first", () => {
    const tiers = bundledRawDataset.vocabulary.levelTiers.map((t) => t.tier);
    expect(theGuides(tiers, printed.tiers)).toEqual(printed.tiers);
  });
});

/**
 * Cross-check against the guide itself when its text is beside the checkout: every
 * row the dataset holds of the guide's roles, levels, locations and skills, printed the
 * way the guide prints it, must appear verbatim in the guide's text.
 */
const seed = path.resolve(__dirname, "../../../shared/seeds/004_01f2cfc0e041f680.txt");
const describeWithSeed = describeIf(
  fs.existsSync(seed),
  "the guide's text (../shared/seeds) is not beside the checkout; it is not part of the repository",
);

describeWithSeed("every row of the dataset appears verbatim in the guide", () => {
  const text = fs.existsSync(seed) ? fs.readFileSync(seed, "utf8") : "";
  const { guide } = bundledRawDataset;
  const pounds = (n: number) => `£${n.toLocaleString("en-GB")}`;
  const band = (r: { low: number; high: number; openEnded?: boolean }) =>
    `${pounds(r.low)} – ${pounds(r.high)}${r.openEnded ? "+" : ""}`;
  const thousands = (r: { low: number; high: number; openEnded?: boolean }) =>
    `£${r.low / 1000}k – £${r.high / 1000}k${r.openEnded ? "+" : ""}`;
  const percent = (r: { low: number; high: number; openEnded?: boolean }) =>
    `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%${r.openEnded ? "+" : ""}`;

  type Bands = Record<string, { low: number; high: number; openEnded?: boolean }>;
  const printedTables = guide.salaryTables.filter((t) => printed.salaryRoles.includes(t.role));
  test.each(
    printedTables.flatMap((t) =>
      t.levels.filter((l) => printed.tiers.includes(l.tier)).map((l) => [t.role, l] as const),
    ),
  )("%s %#", (_role, level) => {
    const line = [level.label, ...printed.salaryColumns.map((c) => band((level.bands as Bands)[c]))].join("\t");
    expect(text).toContain(line);
  });

  const printedDayRates = guide.dayRates.roles.filter((r) => printed.dayRateRoles.includes(r.role));
  test.each(printedDayRates.map((r) => [r.role, r] as const))("day rates: %s", (_role, row) => {
    const line = [row.role, ...printed.dayRateLevels.map((level) => band((row.rates as Bands)[level]))].join("\t");
    expect(text).toContain(line);
  });

  const printedLeaders = guide.leadership.roles.filter((r) => printed.leadershipRoles.includes(r.role));
  test.each(printedLeaders.map((r) => [r.role, r] as const))("leadership: %s", (_role, row) => {
    const line = [
      row.role,
      ...printed.leadershipColumns.map((c) => thousands((row.bands as Bands)[c])),
      percent(row.equityBonus),
    ].join("\t");
    expect(text).toContain(line);
  });

  const printedSkills = guide.skillPremiums.flatMap((s) =>
    s.skills.filter((k) => printed.skills[s.role]?.includes(k.skill)).map((k) => [s.role, k] as const),
  );
  test.each(printedSkills)("skill %s %#", (_role, skill) => {
    const { low, high } = skill.premium;
    const printed =
      low === high ? `+${Math.round(low * 100)}%` : `+${Math.round(low * 100)}–${Math.round(high * 100)}%`;
    expect(text).toContain(`- ${"published" in skill ? skill.published : skill.skill} (${printed})`);
  });

  test("every premium skill the guide prints is checked", () => {
    expect(printedSkills).toHaveLength(21);
  });

  const printedRegions = guide.regional.rows.filter((r) => printed.regions.includes(r.location));
  test.each(printedRegions.map((r) => [r.location, r] as const))("regional: %s", (_location, row) => {
    const vs = row.discountVsBase
      ? `–${Math.round(row.discountVsBase.min * 100)}% to –${Math.round(row.discountVsBase.max * 100)}%`
      : "Baseline";
    expect(text).toContain(`${row.location}\t${vs}\t${thousands(row.typicalSenior)}\t`);
  });

  test.each(guide.headlines.map((h) => [h.id, h] as const))("headline %s", (_id, h) => {
    const printed =
      h.unit === "fraction of base"
        ? `${Math.round(h.low * 100)}–${Math.round(h.high * 100)}%`
        : h.unit === "days"
          ? `${h.low}–${h.high} days`
          : [
              `${pounds(h.low)} – ${pounds(h.high)}`,
              `${pounds(h.low)}–${pounds(h.high)}`,
              `${pounds(h.low)}–${h.high.toLocaleString("en-GB")}`,
            ];
    const variants = Array.isArray(printed) ? printed : [printed];
    expect(variants.some((v) => text.includes(v))).toBe(true);
  });
});

/**
 * The headline figures and the trends note, pinned to the documents as printed (these run
 * without the seeds beside the checkout). Both MLOps medians stay, each with its section:
 * the guide contradicts itself and AIPAY keeps both.
 */
describe("headlines and the trends note as published", () => {
  const { guide, trends } = bundledRawDataset;
  const headline = (id: string) => guide.headlines.find((h) => h.id === id);

  test.each([
    // id, low, high, section
    ["median-mlops-salary", 70000, 85000, "Key Market Insights"], // "Median MLOps Engineer salary: £70,000 – £85,000"
    ["median-ai-salary", 75000, 95000, "Key Market Insights"], // "Median AI Engineer salary: £75,000 – £95,000"
    ["ml-contractor-day-rate", 600, 800, "Key Market Insights"], // "ML Engineer contractor day rate: £600 – £800"
    ["senior-lead-salary", 100000, 150000, "Key Market Insights"], // "Senior/Lead roles commanding £100,000 – £150,000+"
    ["median-mlops-salary-london", 75000, 85000, "1. Executive Summary"], // "£75,000–£85,000 in London"
    ["llm-skills-premium", 0.15, 0.25, "1. Executive Summary"], // "15–25% salary premiums"
    ["senior-ml-day-rate", 600, 800, "1. Executive Summary"], // "£600–£800/day"
    ["specialist-day-rate", 900, 1100, "1. Executive Summary"], // "specialists reaching £900–£1,100"
    ["leadership-salary", 120000, 180000, "1. Executive Summary"], // "£120,000–£180,000+"
    ["london-premium", 0.1, 0.2, "1. Executive Summary"], // "London premiums remain at 10–20%"
    ["llm-specialisation-premium", 0.15, 0.25, "10. Market Commentary"], // "command 15–25% premiums"
    ["hybrid-office-days", 2, 3, "10. Market Commentary"], // "2–3 days in office"
  ])("%s: %d – %d (%s)", (id, low, high, section) => {
    expect(headline(id)).toMatchObject({ low, high, source: { section } });
  });

  test("the open-ended headlines keep their '+'", () => {
    expect(headline("senior-lead-salary")?.openEnded).toBe(true);
    expect(headline("leadership-salary")?.openEnded).toBe(true);
  });

  test("the trends note: ~4% growth, 87% of IT leaders, and the UK vs US snapshot", () => {
    expect(trends.salaryGrowth).toMatchObject({ annualRate: 0.04, approximate: true });
    expect(trends.itLeadersWillingToRaiseStartingSalaries.share).toBe(0.87);
    const snapshot = trends.marketSnapshot;
    expect(snapshot.privateAiInvestment2024).toMatchObject({ unitedStates: 109.1e9, unitedKingdom: 4.5e9 }); // $109.1bn, $4.5bn
    expect(snapshot.globalInvestmentRank).toEqual({ unitedStates: 1, unitedKingdom: 3 }); // 1st and 3rd
    expect(snapshot.organisationsUsingAi2024.unitedStates.share).toBe(0.78);
    expect(snapshot.keyHubs.unitedKingdom).toEqual(["London", "Cambridge", "Manchester"]);
    expect(snapshot.source.table).toBe("AI Market Snapshot");
  });
});

test("the function reference's §8 table is the rule applied to §8's London typical range, for each region §8 prints", () => {
  const { guide } = bundledRawDataset;
  const readme = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
  const gbp = (n: number) => `£${n.toLocaleString("en-GB")}`;
  const signed = (n: number) => `${n < 0 ? "–" : "+"}${gbp(Math.abs(n))}`;
  const london = guide.regional.rows.find((r) => r.location === "London")!.typicalSenior;
  for (const row of guide.regional.rows) {
    if (!row.discountVsBase || !printed.regions.includes(row.location)) continue;
    const factor = 1 - (row.discountVsBase.min + row.discountVsBase.max) / 2;
    const [low, high] = [london.low * factor, london.high * factor].map((n) => Math.round(n));
    const typical = row.typicalSenior;
    expect(readme).toContain(
      `| ${row.location} | ${gbp(typical.low)} – ${gbp(typical.high)} | ${gbp(low)} – ${gbp(high)} (× ${Math.round(factor * 1000) / 1000}) | ${signed(low - typical.low)} / ${signed(high - typical.high)} |`,
    );
  }
});
