/**
 * Real arguments for every AIPAY function, as a user would type them (omitted ones null):
 * valid figures, aliases, and a few that end in each kind of error. Shared by the bundle
 * tests that compare with the engine and that watch for network requests.
 */
export const samples: Record<string, unknown[][]> = {
  SALARYBAND: [
    ["LLM Engineer", "Senior", "London", null],
    ["MLOps Engineer", "Senior", "London", "low"],
    ["MLOps", 5, null, "range"],
    ["MLOp Engineer", "Senior", null, null],
    ["AI Engineer", -3, null, null],
    ["MLOps Engineer", "Senior", "Manchester", 0.9, "k8s, GPU", "Scale-up"],
  ],
  DAYRATE: [
    ["AI Engineer", "Senior", null, "high"],
    ["MLOps Engineer", "Senior", "inside", "range"],
    ["AI Engineer", "Junior", null, null],
    ["ML Engineer", "Senior", null, "range", true],
    ["AI Engineer", "Senior", null, "range", true],
  ],
  ROLES: [[null], ["dayrate"]],
  LEVELS: [
    ["LLM Engineer", null],
    ["ML Engineer", "salary"],
  ],
  LOCATIONS: [[]],
  SKILLS: [["LLM"], ["ML Engineer"]],
  STAGES: [[]],
  SOURCE: [[null], ["asOf"], ["inputs"], ["document"], ["nope"]],
  // Premium rules
  SKILLPREMIUM: [
    ["MLOps Engineer", "Kubernetes", null],
    ["AI Engineer", "Kubernetes", "range"],
  ],
  LOCATIONFACTOR: [
    ["Manchester", "low"],
    ["UK National", null],
  ],
  TOTALCOMP: [
    ["MLOps Engineer", "Senior", null, "range", "GPU", "Enterprise", null],
    ["Head of MLOps", null, "London", null, null, null, null],
    ["Director of AI", null, "Manchester", "range", null, "Early Startup", 20000000],
  ],
  // Headcount budgeting, with explicit tax years
  LOADEDCOST: [
    [100000, "2026/27", null, null, null],
    [40000, "2026/27", 0.05, 0.1, true],
    [-1, "2026/27", null, null, null],
    [100000, "2024/25", null, null, null],
  ],
  PRORATE: [
    [100000, "2026-07-01", null, null, null],
    [100000, "2026-07-01", null, null, "2026-06-30"],
  ],
  GROWTH: [
    [100000, "2026-01-01", "2027-01-01", null],
    [100000, "2026-01-01", "2027-01-01", 4],
  ],
  CONTRACTCOST: [
    [625, null, null, null, null],
    [625, 200, "inside", "client", "2026/27"],
  ],
  PERMVSCONTRACT: [
    ["MLOps Engineer", "Senior", null, null, null, "2026/27"],
    ["ML Engineer", "Senior", null, null, null, "2026/27"],
  ],
  COMPARATIO: [[90000, "MLOps Engineer", "Senior", null]],
  RANGEPOSITION: [[85000, "MLOps Engineer", "Senior", "London"]],
  MARKETGAP: [
    [80000, "MLOps Engineer", "Senior", "London", null, null],
    [48000, "AI Engineer", "Mid-Level", "Manchester", 0.6, "2026/27"],
  ],
  // The budget by month
  MONTHLY: [
    [73000, "2026-07-15", "2026-04-01", null, null, null],
    [36500, "2026-01-01", "2026-01-01", "2026-11-30", 4, 0.1],
    [73000, "2026-07-15", "2026-04-15", null, null, null],
  ],
  HEADCOUNT: [
    ["2026-07-15", "2026-04-01", "2026-11-30", 2],
    ["2026-07-15", "2026-04-01", "2026-06-30", null],
  ],
  AGED: [
    [100000, "2027-04-01", null],
    [100000, "2027-04-01", 4],
  ],
  // A plan row: an employee with a leaving date and a review, and a contractor inside IR35 paid by the client.
  PLANROW: [
    [
      "AI Engineer",
      "Senior",
      "2026-05-18",
      "2026-04-01",
      "London",
      "2027-01-31",
      2,
      null,
      null,
      null,
      null,
      "2026/27",
      "mid",
      0.04,
      7,
      0.03,
      null,
      null,
    ],
    [
      "AI Engineer",
      "Senior",
      "2026-06-01",
      "2026-04-01",
      null,
      null,
      1,
      null,
      null,
      "inside",
      "client",
      "2026/27",
      0.9,
      null,
      0,
      null,
      227,
      "agency",
    ],
  ],
  EDITION: [[]],
  EDITIONS: [[]],
  // One edition is shipped, so CHANGES between it and itself lists nothing (#N/A); an edition not held is #N/A too.
  CHANGES: [
    ["2026", null, null],
    [2026, 2026, "LLM Engineer"],
    ["1999", null, null],
  ],
  BASIS: [
    ["SALARYBAND", "MLOps Engineer", "Senior", "Bristol", 0.6, "Kubernetes", null, null],
    ["DAYRATE", "AI Engineer", "Senior", "inside", null, null, null, null],
    ["SALARYBAND", "LLM Engineer", "Senior", "London", "high", "RAG, LoRA", null, null],
    ["CONTRACTCOST", 625, null, null, null, null, null, null],
    ["GROWTH", 100000, "2026-01-01", "2027-01-01", null, null, null, null],
  ],
};

/**
 * Real arguments for the functions the Excel adapter composes from the engine's (ROLECARD),
 * which the engine cannot answer by name; tests/built/rolecard.test.ts checks them field by field.
 */
export const composedSamples: Record<string, unknown[][]> = {
  ROLECARD: [
    ["LLM Engineer", "Senior", "London", null, null],
    ["MLOps Engineer", "Senior", "Manchester", "k8s", "Scale-up"],
    ["MLOp Engineer", "Senior", null, null, null],
  ],
};
