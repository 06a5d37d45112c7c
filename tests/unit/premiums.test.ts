/** The guide's premium rules through the functions: skills, regions, stages, percentiles, leadership, specialist rate. */
import { evaluate, fittedPercentiles, FUNCTIONS, payGuide } from "../support/engine";
import { LEADERSHIP, LOCATION_FACTORS, SKILL_PREMIUMS, STAGE_BASE } from "../fixtures/premiums";
import { list, shipped } from "../support/shipped";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];
const range = (name: string, ...args: unknown[]) => evaluate(name, args)[0];

describe("SKILLPREMIUM returns all 21 published premiums", () => {
  test("21 premiums in the fixture", () => expect(SKILL_PREMIUMS).toHaveLength(21));

  test.each(SKILL_PREMIUMS)("$role / $skill = $low – $high", ({ role, skill, alias, low, high }) => {
    expect(range("SKILLPREMIUM", role, skill, "range")).toEqual([low, high]);
    expect(range("SKILLPREMIUM", role, alias, "range")).toEqual([low, high]);
    expect(one("SKILLPREMIUM", role, alias)).toBeCloseTo((low + high) / 2, 12);
  });

  test("the issue's example: Kubernetes on MLOps is 0.05 low, 0.10 high, 0.075 mid", () => {
    expect(one("SKILLPREMIUM", "MLOps Engineer", "Kubernetes", "low")).toBe(0.05);
    expect(one("SKILLPREMIUM", "MLOps Engineer", "Kubernetes", "high")).toBe(0.1);
    expect(one("SKILLPREMIUM", "MLOps Engineer", "Kubernetes")).toBe(0.075); // (0.05 + 0.10) / 2
  });

  test.each([
    ["MLOps Engineer", "k8s", 0.05, 0.1],
    ["MLOps Engineer", "Helm", 0.05, 0.1],
    ["LLM Engineer", "RAG", 0.15, 0.2],
    ["LLM Engineer", "LoRA", 0.15, 0.25],
    ["LLM Engineer", "vLLM", 0.12, 0.18],
    ["AI Engineer", "vLLM", 0.12, 0.18],
    ["Data Engineer", "dbt", 0.05, 0.08],
    ["LLM Engineer", "LlamalIndex", 0.08, 0.12], // the guide's misspelling is an alias
  ])("aliases: %s / %s", (role, skill, low, high) => {
    expect(range("SKILLPREMIUM", role, skill, "range")).toEqual([low, high]);
  });

  test("a skill the guide lists under another role is #N/A naming that role", () => {
    expect(one("SKILLPREMIUM", "AI Engineer", "Kubernetes")).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^'Kubernetes' is a premium skill for MLOps Engineer, not AI Engineer\. Premium skills for AI Engineer: PyTorch production deployment, /,
      ),
    });
    // Spark is listed for both MLOps (Ray or Spark) and Data Engineer (Databricks/Spark).
    expect(one("SKILLPREMIUM", "LLM Engineer", "Spark")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(
        "'Spark' is a premium skill for MLOps Engineer, Data Engineer, not LLM Engineer.",
      ),
    });
  });

  test("an unknown skill suggests the closest of the role's own", () => {
    expect(one("SKILLPREMIUM", "MLOps Engineer", "Kubernets")).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^Unknown skill 'Kubernets' for MLOps Engineer\. Did you mean 'Kubernetes orchestration & Helm charts'\?/,
      ),
    });
  });

  test("a role with no premium list says which roles have one", () => {
    expect(one("SKILLPREMIUM", "Director of AI", "Leadership")).toMatchObject({
      code: "#N/A",
      message: `The guide lists no premium skills for Director of AI. Skill premiums are published for ${list(shipped.skillRoles)}.`,
    });
  });
});

describe("LOCATIONFACTOR returns the six section 8 factors", () => {
  test.each(LOCATION_FACTORS)("$location = $low – $high", ({ location, low, high }) => {
    expect(range("LOCATIONFACTOR", location, "range")).toEqual([low, high]);
  });

  test("the issue's examples: Manchester 0.85 low, 0.90 high; London 1", () => {
    expect(one("LOCATIONFACTOR", "Manchester", "low")).toBe(0.85); // 1 − 0.15
    expect(one("LOCATIONFACTOR", "Manchester", "high")).toBe(0.9); // 1 − 0.10
    expect(one("LOCATIONFACTOR", "Manchester")).toBe(0.875); // (0.85 + 0.90) / 2
    expect(one("LOCATIONFACTOR", "London")).toBe(1);
    expect(one("LOCATIONFACTOR", "Remote")).toBe(0.885); // (0.85 + 0.92) / 2
  });

  test("UK National has no factor vs London", () => {
    expect(one("LOCATIONFACTOR", "UK")).toMatchObject({
      code: "#N/A",
      message: `The guide gives no factor vs London for UK National. Locations with a factor: ${list(shipped.factorLocations)}.`,
    });
  });

  test("a percentile is not a point of a factor", () => {
    expect(one("LOCATIONFACTOR", "Bristol", 0.5)).toMatchObject({ code: "#VALUE!" });
  });
});

describe("SALARYBAND derives the four regions from the London band by §8's typical Senior ranges, end by end", () => {
  test.each([
    // MLOps Senior London £85,000 – £110,000; §8's London typical range £75k – £120k. Low rounded up, high down.
    ["Cambridge", 79333.34, 100833.33], // £70k–£110k: 85,000 × 70/75 = 79,333.33…; 110,000 × 110/120 = 100,833.33…
    ["Manchester", 73666.67, 91666.66], // £65k–£100k: 85,000 × 65/75 = 73,666.66…; 110,000 × 100/120 = 91,666.66…
    ["Edinburgh", 73666.67, 91666.66], // as Manchester
    ["Bristol", 70266.67, 87083.33], // £62k–£95k: 85,000 × 62/75 = 70,266.66…; 110,000 × 95/120 = 87,083.33…
  ])("MLOps Senior in %s", (location, low, high) => {
    expect(range("SALARYBAND", "MLOps Engineer", "Senior", location, "range")).toEqual([low, high]);
  });

  test("UK National, London and Remote UK still come from the role tables", () => {
    expect(range("SALARYBAND", "MLOps Engineer", "Senior", "Remote UK", "range")).toEqual([75000, 95000]);
    expect(payGuide.salaryBand("MLOps Engineer", "Senior", "Remote UK").provenance.derived).toBeUndefined();
  });

  test("a derived band is marked derived, with its rule and section", () => {
    const band = payGuide.salaryBand("LLM Engineer", "Lead", "Bristol");
    // LLM Lead London £150,000 – £200,000+: 150,000 × 62/75 = 124,000; 200,000 × 95/120 = 158,333.33, still open-ended.
    // §8's "vs London" column would give × 0.85: 127,500 – 170,000+.
    expect(band).toMatchObject({ low: 124000, high: 158333.33, openEnded: true, location: "Bristol" });
    expect(band.provenance).toEqual({
      section: "4. LLM Engineer Salaries",
      table: "Permanent Salary Ranges (Annual, £)",
      derived:
        "Bristol from the London band by §8's typical Senior ranges, low × 0.827 (£62k ÷ £75k), high × 0.792 (£95k ÷ £120k) (8. London vs Regional Comparison, London Premium Analysis (Senior Roles)); " +
        '§8\'s "vs London" column (−12% to −18%) would give × 0.85: £127,500 – £170,000+',
    });
  });

  test("a derived mid above the role's UK National mid says why", () => {
    // AI Senior London £95,000 – £125,000 → Manchester 82,333.34 – 104,166.66, mid 93,250; UK National mid 92,500
    expect(range("SALARYBAND", "AI Engineer", "Senior", "Manchester", "range")).toEqual([82333.34, 104166.66]);
    expect(one("BASIS", "SALARYBAND", "AI Engineer", "Senior", "Manchester")).toContain(
      "its mid (£93,250) is above the role's UK National mid (£92,500) because §8 puts Manchester nearer London (low × 0.867, high × 0.833) than this table puts UK National (× 0.842, × 0.84)",
    );
    // MLOps Senior Manchester's mid (82,666.67) is below UK National's (85,000): nothing to explain
    expect(one("BASIS", "SALARYBAND", "MLOps Engineer", "Senior", "Manchester")).not.toContain("above the role's");
  });
});

describe("leadership roles: the section 6 table, with level empty", () => {
  test.each(LEADERSHIP)("$role UK and London", ({ role, uk, london }) => {
    expect(range("SALARYBAND", role, null, "UK", "range")).toEqual([uk.low, uk.high]);
    expect(range("SALARYBAND", role, null, "London", "range")).toEqual([london.low, london.high]);
  });

  test("other locations read the UK Range, saying why: Head of MLOps £120k – £160k", () => {
    for (const location of ["Remote UK", "Manchester", "Bristol", "Cambridge"])
      expect(range("SALARYBAND", "Head of MLOps", null, location, "range")).toEqual([120000, 160000]);
    expect(one("BASIS", "SALARYBAND", "Director of AI", null, "Bristol")).toBe(
      "Derived: Bristol reads the UK National band (£150,000 – £200,000): the guide prints leadership pay for the UK and London only, and its regional factors (section 8) are measured on senior engineering roles, so every other location reads the UK Range; mid is the arithmetic midpoint of the 25th–75th percentile range. From 6. Leadership & Principal Roles, Leadership Salary Ranges (Annual, £) (Director of AI, Bristol)",
    );
  });

  test("open-ended figures keep their printed value: Chief AI Officer London £250k – £400k+", () => {
    expect(one("SALARYBAND", "Chief AI Officer", null, "London", "high")).toBe(400000);
    expect(payGuide.salaryBand("Chief AI Officer", null, "London").openEnded).toBe(true);
  });

  test("premium skills belong to the engineering roles", () => {
    expect(one("SALARYBAND", "Head of MLOps", null, "London", "mid", "k8s")).toMatchObject({
      code: "#N/A",
      message: "'k8s' is a premium skill for MLOps Engineer, not Head of MLOps.",
    });
  });
});

describe("SALARYBAND skills: the largest premium applies, at its midpoint on both ends", () => {
  // MLOps Senior UK National £75,000 – £95,000
  test.each([
    ["Kubernetes", 80625, 102125], // +5–10%: × 1.075; 75,000 × 1.075; 95,000 × 1.075
    ["k8s, GPU", 84375, 106875], // GPU (+10–15%) is larger: × 1.125
    ["Terraform, k8s", 80625, 102125], // 5% vs 7.5%: × 1.075 — not stacked to × 1.125
    ["MLflow, Kubeflow, or Weights & Biases", 79875, 101175], // one skill whose name has commas: +5–8%, × 1.065
  ])("MLOps Senior with %s", (skills, low, high) => {
    expect(range("SALARYBAND", "MLOps Engineer", "Senior", null, "range", skills)).toEqual([low, high]);
  });

  test("skills as a range of cells, blanks ignored", () => {
    // AI Senior UK £80,000 – £105,000 with PyTorch (8–12%: 10%) and vLLM (12–18%: 15%): 80,000 × 1.15; 105,000 × 1.15
    expect(
      range("SALARYBAND", "AI Engineer", "Senior", null, "range", [
        ["PyTorch", null],
        ["", "vLLM"],
      ]),
    ).toEqual([92000, 120750]);
  });

  test("an LLM skill may not lift the band past 25% over the AI Engineer band: the premium is not counted twice", () => {
    // §1 and §10: RAG and fine-tuning pay 15–25% over general ML roles. LLM Senior London (£110k – £150k) already
    // sits 16%–20% over AI Senior London (£95k – £125k). RAG × 1.175 would give 129,250 – 176,250, 41% over £125,000;
    // held to 1.25 × 125,000 = 156,250 at the high end: × 156,250/150,000 = 1.041667 on both ends.
    expect(one("SALARYBAND", "LLM Engineer", "Senior", "London", "high", "RAG")).toBe(156250);
    expect(range("SALARYBAND", "LLM Engineer", "Senior", "London", "range", "RAG")).toEqual([114583.34, 156250]);
    expect(one("BASIS", "SALARYBAND", "LLM Engineer", "Senior", "London", "high", "RAG")).toContain(
      "cut to × 1.042 to stay within 25% over the AI Engineer Senior London band (£95,000 – £125,000, so at most £118,750 – £156,250)",
    );
    // LLM Lead/Principal UK (£130k – £180k) already tops 1.25 × AI Staff/Principal UK's £140,000 = £175,000: a skill adds nothing.
    expect(range("SALARYBAND", "LLM Engineer", "Lead", null, "range", "RAG")).toEqual([130000, 180000]);
    // Where the ceiling does not bind, the premium applies in full: Agent frameworks × 1.10 on Mid-Level UK £65k – £90k.
    expect(range("SALARYBAND", "LLM Engineer", "Mid", null, "range", "Agents")).toEqual([71500, 99000]);
  });

  test("for every LLM level, location and skill, both ends stay within 25% over AI Engineer's, or at the band without the skill", () => {
    const { guide } = payGuide.data;
    const aiTable = guide.salaryTables.find((t) => t.role === "AI Engineer")!;
    const llmTable = guide.salaryTables.find((t) => t.role === "LLM Engineer")!;
    const locations = evaluate("LOCATIONS", []).map(([l]) => String(l));
    let checked = 0;
    for (const level of llmTable.levels) {
      const aiLevel = aiTable.levels.find((l) => l.tier === level.tier)!.level;
      for (const location of locations)
        for (const skill of payGuide.rules.skillNames("LLM Engineer")) {
          const [low, high] = range("SALARYBAND", "LLM Engineer", level.level, location, "range", skill) as number[];
          const [plainLow, plainHigh] = range("SALARYBAND", "LLM Engineer", level.level, location, "range") as number[];
          const [aiLow, aiHigh] = range("SALARYBAND", "AI Engineer", aiLevel, location, "range") as number[];
          expect(low).toBeLessThanOrEqual(Math.max(plainLow, aiLow * 1.25 + 0.01));
          expect(high).toBeLessThanOrEqual(Math.max(plainHigh, aiHigh * 1.25 + 0.01));
          expect(low).toBeGreaterThanOrEqual(plainLow); // a skill never lowers pay
          checked++;
        }
    }
    expect(checked).toBe(llmTable.levels.length * locations.length * payGuide.rules.skillNames("LLM Engineer").length);
  });

  test("other roles' premiums are priced against their own band, as their sections print them: no ceiling", () => {
    // §2 prices Kubernetes within MLOps pay, so it applies in full: 75,000 × 1.075 = 80,625
    expect(payGuide.data.guide.skillPremiums.filter((s) => s.ceiling).map((s) => s.role)).toEqual(["LLM Engineer"]);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "low", "Kubernetes")).toBe(80625);
  });

  test("a skills column as tall as the roles gives each row its own skills, as Excel pairs ranges", () => {
    // Data Senior UK £70,000 – £90,000 with dbt (+5–8%, × 1.065): low 70,000 × 1.065 = 74,550
    // AI Senior UK £80,000 – £105,000 with PyTorch (+8–12%, × 1.10): low 80,000 × 1.10 = 88,000
    expect(evaluate("SALARYBAND", [[["Data"], ["AI"]], "Senior", null, "low", [["dbt"], ["PyTorch"]]])).toEqual([
      [74550],
      [88000],
    ]);
    // Each row's cells are that row's list: Kafka (+10–15%, × 1.125) beats dbt on the first row.
    // Data Senior: 70,000 × 1.125 = 78,750; AI Senior with PyTorch only: 88,000.
    expect(
      evaluate("SALARYBAND", [
        [["Data"], ["AI"]],
        "Senior",
        null,
        "low",
        [
          ["dbt", "Kafka"],
          ["PyTorch", null],
        ],
      ]),
    ).toEqual([[78750], [88000]]);
  });

  test("a row's skill that is not its role's is #N/A in that row only", () => {
    const [[data], [ai]] = evaluate("SALARYBAND", [[["Data"], ["AI"]], "Senior", null, "low", [["dbt"], ["dbt"]]]);
    expect(data).toBe(74550); // 70,000 × 1.065
    expect(ai).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("'dbt' is a premium skill for Data Engineer"),
    });
    // An error cell in one row's skills stays in that row.
    const excelError = { code: "#DIV/0!", message: "" };
    expect(evaluate("SALARYBAND", [[["Data"], ["AI"]], "Senior", null, "low", [["dbt"], [excelError]]])).toEqual([
      [74550],
      [expect.objectContaining({ code: "#DIV/0!" })],
    ]);
  });

  test("any other skills range is one list for every result", () => {
    // A single row of skills beside a column of roles: dbt (× 1.065) and Kafka (× 1.125) → Kafka.
    // Data Senior 70,000 × 1.125 = 78,750; Data Mid-Level 50,000 × 1.125 = 56,250.
    expect(evaluate("SALARYBAND", ["Data", [["Senior"], ["Mid"]], null, "low", [["dbt", "Kafka"]]])).toEqual([
      [78750],
      [56250],
    ]);
    // One role and a column of skills: one list, 78,750 as above.
    expect(evaluate("SALARYBAND", ["Data", "Senior", null, "low", [["dbt"], ["Kafka"]]])).toEqual([[78750]]);
  });

  test("a number in skills is #VALUE!", () => {
    expect(one("SALARYBAND", "Data Engineer", "Senior", null, null, 5)).toMatchObject({
      code: "#VALUE!",
      message: 'skills must be skill names, e.g. "Kubernetes" or "RAG, LoRA" (got 5).',
    });
  });
});

describe("SALARYBAND stage: both ends × the midpoint of the stage's share of market", () => {
  test.each(STAGE_BASE)("$stage on MLOps Senior UK National £75,000 – £95,000", ({ stage, low, high }) => {
    const factor = (low + high) / 2;
    expect(range("SALARYBAND", "MLOps Engineer", "Senior", null, "range", null, stage)).toEqual([
      Math.round(75000 * factor * 100) / 100,
      Math.round(95000 * factor * 100) / 100,
    ]);
  });

  test.each([
    ["Early Startup", 58125, 73625, 65875], // 70–85%: × 0.775; 75,000 × 0.775; 95,000 × 0.775; mid (58,125 + 73,625) / 2
    ["Scale-up", 71250, 90250, 80750], // 90–100%: × 0.95
    ["Enterprise", 78750, 99750, 89250], // 100–110%: × 1.05
    ["series b", 71250, 90250, 80750], // an alias of Scale-up
  ])("%s: %d – %d, mid %d", (stage, low, high, mid) => {
    expect(range("SALARYBAND", "MLOps Engineer", "Senior", null, "range", null, stage)).toEqual([low, high]);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, null, null, stage)).toBe(mid);
  });

  test("an unknown stage is #VALUE! listing the stages", () => {
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, null, null, "Series Z")).toMatchObject({
      code: "#VALUE!",
      message: `Unknown stage 'Series Z'. Use ${list(shipped.stages.map((s) => `"${s}"`))}.`,
    });
  });

  test("region, skill and stage together, with every rule in the provenance", () => {
    // MLOps Senior London £85,000 – £110,000 → Manchester 73,666.67 – 91,666.66 (× 65/75, × 100/120)
    // → GPU × 1.125: 82,875.004 (up to 82,875.01) – 103,124.9925 (down to 103,124.99)
    // → Scale-up × 0.95: 78,731.2595 (up to 78,731.26) – 97,968.7405 (down to 97,968.74); each end rounded inwards
    expect(range("SALARYBAND", "MLOps", "Senior", "Manchester", "range", "GPU", "Scale-up")).toEqual([
      78731.26, 97968.74,
    ]);
    const { derived } = payGuide.salaryBand("MLOps", "Senior", "Manchester", {
      skills: ["GPU"],
      stage: "Scale-up",
    }).provenance;
    expect(derived).toContain("Manchester from the London band by §8's typical Senior ranges, low × 0.867");
    expect(derived).toContain("GPU cluster management premium × 1.125 (the midpoint of +10%–15%, on both ends;");
    expect(derived).toContain(
      "Scale-up base × 0.95 (the midpoint of 90%–100% of market, on both ends; 9. Startup vs Enterprise",
    );
  });
});

describe("SALARYBAND percentiles from a lognormal fitted to the 25th and 75th", () => {
  test("0.25 and 0.75 return the published low and high for every band not printed as a floor", () => {
    for (const figure of payGuide.data.guide.salaryTables.flatMap((t) =>
      t.levels.flatMap((l) =>
        Object.entries(l.bands).map(([location, b]) => ({ role: t.role, level: l.level, location, ...b })),
      ),
    )) {
      if (figure.openEnded) continue; // see "a band printed with a + has no percentiles" below
      expect(one("SALARYBAND", figure.role, figure.level, figure.location, 0.25)).toBe(figure.low);
      expect(one("SALARYBAND", figure.role, figure.level, figure.location, 0.75)).toBe(figure.high);
    }
  });

  test("0.5 is the modelled median √(low × high), not the midpoint", () => {
    // MLOps Senior UK £75,000 – £95,000: √(75,000 × 95,000) = 84,409.715… → 84,409.72; mid is 85,000
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, 0.5)).toBe(84409.72);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "mid")).toBe(85000);
  });

  test("0.9: median × exp(σ × 1.281552), σ = ln(95/75) / (2 × 0.674490)", () => {
    // σ = 0.236389 / 1.348980 = 0.175236; exp(0.175236 × 1.281552) = 1.251791; 84,409.715 × 1.251791 = 105,663.08
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, 0.9)).toBe(105663.08);
  });

  test("a percentile typed as text counts as its number, as Excel's arithmetic reads it", () => {
    // "0.9" and "90%" are both 0.9: 105,663.08 as above
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "0.9")).toBe(105663.08);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "90%")).toBe(105663.08);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "150%")).toMatchObject({ code: "#NUM!" });
  });

  test.each([1, -0.5, 1.5, "0"])("p = %p is #NUM!", (p) => {
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, p)).toMatchObject({ code: "#NUM!" });
  });

  test.each([1e-300, 0.001, 0.049, 0.951, 0.999])(
    "p = %p, beyond the tails the fit supports, is #NUM! naming 0.05–0.95",
    (p) => {
      // Before the range was enforced 1e-300 gave £127.93: the curve's shape, not the market.
      for (const [name, ...args] of [
        ["SALARYBAND", "MLOps Engineer", "Senior", null, p],
        ["DAYRATE", "AI Engineer", "Senior", null, p],
      ])
        expect(one(String(name), ...args)).toMatchObject({
          code: "#NUM!",
          message: expect.stringContaining(`between 0.05 and 0.95, e.g. 0.9`),
        });
    },
  );

  test("the ends of the supported range still give figures", () => {
    // z(0.95) = 1.644854; exp(0.175235 × 1.644854) = exp(0.288236) = 1.334073:
    // 84,409.715 × 1.334073 = 112,608.69 and 84,409.715 ÷ 1.334073 = 63,272.21
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, 0.95)).toBe(112608.69);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, 0.05)).toBe(63272.21);
  });

  test("DAYRATE reads a percentile from the same fit of its printed range", () => {
    // AI Engineer Senior £650–£800 a day, low and high read as the 25th and 75th percentiles:
    // the lognormal's median is their geometric mean, √(650 × 800) = 721.11.
    expect(one("DAYRATE", "AI Engineer", "Senior", null, 0.5)).toBe(721.11);
    expect(one("DAYRATE", "AI Engineer", "Senior", null, 0.25)).toBeCloseTo(650, 2);
    expect(one("DAYRATE", "AI Engineer", "Senior", null, 0.75)).toBeCloseTo(800, 2);
    expect(one("DAYRATE", "AI Engineer", "Senior", null, "50%")).toBe(721.11);
    expect(one("DAYRATE", "AI Engineer", "Senior", null, 1.5)).toMatchObject({ code: "#NUM!" });
  });
});

describe("DAYRATE specialist", () => {
  test("TRUE gives the guide's £900 – £1,100 for a Senior ML Engineer", () => {
    expect(range("DAYRATE", "ML Engineer", "Senior", null, "range", true)).toEqual([900, 1100]);
    expect(one("DAYRATE", "ML Engineer", "Senior", null, null, true)).toBe(1000); // (900 + 1,100) / 2
    expect(range("DAYRATE", "ML Engineer", "Senior", null, "range", false)).toEqual([600, 750]); // the §7 row
  });

  test("inside IR35 is the contractor's effective rate: 17.5% (the midpoint of 15–20%) off both ends", () => {
    expect(range("DAYRATE", "MLE", "Sr", "inside", "range", true)).toEqual([742.5, 907.5]); // 900 × 0.825; 1,100 × 0.825
  });

  test("elsewhere it is #N/A saying where it applies", () => {
    expect(one("DAYRATE", "AI Engineer", "Senior", null, null, true)).toMatchObject({
      code: "#N/A",
      message:
        "The guide's specialist day rate (£900–£1,100) is published for ML Engineer at Senior only, not AI Engineer at Senior.",
    });
    expect(one("DAYRATE", "ML Engineer", "Lead", null, null, true)).toMatchObject({ code: "#N/A" });
  });

  test("specialist must be TRUE or FALSE", () => {
    expect(one("DAYRATE", "ML Engineer", "Senior", null, null, "yes")).toMatchObject({
      code: "#VALUE!",
      message: 'specialist must be TRUE or FALSE (got "yes").',
    });
  });

  test("the specialist rate carries its section 1 provenance", () => {
    expect(payGuide.specialistDayRate("ML Engineer", "Senior").provenance).toEqual({
      section: "1. Executive Summary",
      list: "Key Findings",
    });
  });
});

test("the point parameters' notes name the percentile range the fit supports", () => {
  // The notes are prose the docs are built from; the range itself is fittedPercentiles.
  const range = `from ${fittedPercentiles.min} to ${fittedPercentiles.max}`;
  const notes = FUNCTIONS.flatMap((f) => f.parameters)
    .filter((p) => p.name === "point" && p.note?.includes("**percentile**"))
    .map((p) => p.note);
  expect(notes.length).toBeGreaterThanOrEqual(2); // SALARYBAND's and DAYRATE's
  for (const note of notes) expect(note).toContain(range);
});
