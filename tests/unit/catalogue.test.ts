import { evaluate } from "../../src/engine";

describe("ROLES, LEVELS, LOCATIONS spill canonical names down a column", () => {
  test("ROLES() lists every role in the guide's order", () => {
    expect(evaluate("ROLES", [])).toEqual(
      [
        "MLOps Engineer",
        "AI Engineer",
        "LLM Engineer",
        "Data Engineer",
        "ML Engineer",
        "ML Platform Engineer",
        "Head of MLOps",
        "Head of ML Engineering",
        "Director of AI",
        "VP of Engineering (AI)",
        "Chief AI Officer",
      ].map((r) => [r]),
    );
  });

  test("ROLES(table) narrows to one table", () => {
    expect(evaluate("ROLES", ["salary"])).toEqual([
      ["MLOps Engineer"],
      ["AI Engineer"],
      ["LLM Engineer"],
      ["Data Engineer"],
    ]);
    expect(evaluate("ROLES", ["contract"]).map((r) => r[0])).toEqual([
      "MLOps Engineer",
      "ML Engineer",
      "AI Engineer",
      "LLM Engineer",
      "Data Engineer",
      "ML Platform Engineer",
    ]);
    expect(evaluate("ROLES", ["leadership"])).toHaveLength(5);
    expect(evaluate("ROLES", ["bonus"])[0][0]).toMatchObject({ code: "#VALUE!" });
  });

  test("LEVELS(role) follows the role's own table", () => {
    expect(evaluate("LEVELS", ["MLOps"])).toEqual([["Junior"], ["Mid-Level"], ["Senior"], ["Staff/Principal"]]);
    expect(evaluate("LEVELS", ["LLM Engineer"])).toEqual([["Junior"], ["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["ML Engineer"])).toEqual([["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["MLOps", "dayrate"])).toEqual([["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["ML Engineer", "salary"])[0][0]).toMatchObject({ code: "#N/A" });
    expect(evaluate("LEVELS", ["Chief AI Officer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("leave level empty"),
    });
  });

  test("LOCATIONS() lists the guide's columns", () => {
    expect(evaluate("LOCATIONS", [])).toEqual(
      ["UK National", "London", "Remote UK", "Cambridge", "Manchester", "Edinburgh", "Bristol"].map((l) => [l]),
    );
  });
});

describe("SKILLS and STAGES spill the names the skills and stage arguments take", () => {
  test("SKILLS(role) lists the role's premium skills in the guide's order, typo fixed", () => {
    // Section 4's list, with the guide's "LlamalIndex" printed as LlamaIndex.
    expect(evaluate("SKILLS", ["LLM"])).toEqual(
      [
        "RAG architecture design & optimisation",
        "Vector databases (Pinecone, Weaviate, Milvus)",
        "LLM fine-tuning (LoRA, QLoRA, RLHF)",
        "Inference optimisation (vLLM, TensorRT-LLM)",
        "Agent frameworks (LangChain, LlamaIndex)",
        "LLM evaluation & safety systems",
      ].map((skill) => [skill]),
    );
    expect(evaluate("SKILLS", ["Data Engineer"])).toHaveLength(5); // section 5 lists five
  });

  test("a role without premium skills, or an unknown one, is #N/A saying why", () => {
    expect(evaluate("SKILLS", ["ML Engineer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(
        "Skill premiums are published for MLOps Engineer, AI Engineer, LLM Engineer, Data Engineer.",
      ),
    });
    expect(evaluate("SKILLS", ["MLOp Engineer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Did you mean 'MLOps Engineer'?"),
    });
    expect(evaluate("SKILLS", [null])[0][0]).toMatchObject({ code: "#N/A" });
  });

  test("STAGES() lists section 9's columns", () => {
    expect(evaluate("STAGES", [])).toEqual([["Early Startup"], ["Scale-up"], ["Enterprise"]]);
  });
});

describe("SOURCE", () => {
  test("with no key it cites the guide, its edition and as-of date", () => {
    expect(evaluate("SOURCE", [])).toEqual([
      ["UK AI & ML Engineering Salary Guide 2026 (CodeRise Talent), 2026 edition, data as of January 2026"],
    ]);
  });

  test("keys are forgiving and a list spills", () => {
    expect(evaluate("SOURCE", ["asof"])).toEqual([["January 2026"]]);
    expect(evaluate("SOURCE", ["Edition"])).toEqual([["2026"]]);
    expect(evaluate("SOURCE", ["percentiles"])).toEqual([["Ranges are the 25th to 75th percentile of market data"]]);
    expect(evaluate("SOURCE", ["inputs"])).toHaveLength(7);
  });

  test("an unknown key lists the valid ones", () => {
    expect(evaluate("SOURCE", ["author"])[0][0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Unknown key 'author'\. Valid keys: name, publisher, edition, asOf/),
    });
  });
});

describe("leadership roles (single band, UK and London)", () => {
  test("Head of MLOps UK £120k–£160k and London £140k–£180k", () => {
    expect(evaluate("SALARYBAND", ["Head of MLOps", null, "UK", "range"])).toEqual([[120000, 160000]]);
    expect(evaluate("SALARYBAND", ["Head of MLOps", null, "London", "range"])).toEqual([[140000, 180000]]);
  });

  test("a level given for a leadership role is refused", () => {
    expect(evaluate("SALARYBAND", ["CAIO", "Senior"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("leave level empty"),
    });
  });
});
