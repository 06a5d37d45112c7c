/**
 * Every Excel API the task pane calls, found by the TypeScript compiler in src/taskpane, with
 * the requirement set that @types/office-js gives it ("[Api set: ExcelApi 1.7]"), is listed in
 * docs/taskpane.md's table with that set and the check (`requirements.<key>`) the pane makes
 * before using it; and each check asks for at least the set the API needs. A call added
 * without its row, or under a check for an older set, fails here.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { requirements } from "../../src/taskpane/requirements";

const root = path.resolve(__dirname, "../..");
const paneDir = path.join(root, "src/taskpane");
const paneFiles = fs
  .readdirSync(paneDir)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => path.join(paneDir, file));

/** "1.8" from "ExcelApi 1.1 for reading visibility; 1.2 for setting it." takes the highest. */
const highest = (versions: string[]) =>
  versions.sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1])).at(-1)!;

/** Each Excel API member the pane uses ("Worksheet.getRangeByIndexes") and the ExcelApi version it needs. */
function excelApisUsed(): Map<string, string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const program = ts.createProgram(paneFiles, parsed.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  // Every declaration: a property read on a union (a table's or a name's `name`) is each member's.
  const note = (symbol: ts.Symbol | undefined) => {
    for (const declaration of symbol?.declarations ?? []) {
      if (!declaration.getSourceFile().fileName.includes("@types/office-js")) continue;
      const apiSet = /\[Api set: ExcelApi ([^\]]+)\]/.exec(declaration.getFullText())?.[1];
      if (!apiSet) continue;
      const owner = (declaration.parent as ts.ClassDeclaration).name?.getText();
      used.set(`${owner}.${symbol!.name}`, highest(apiSet.match(/\d+\.\d+/g)!));
    }
  };
  for (const file of paneFiles) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) note(checker.getSymbolAtLocation(node.name));
      // const { worksheets, tables } = context.workbook
      if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && node.parent.parent.initializer) {
        const from = checker.getTypeAtLocation(node.parent.parent.initializer);
        note(from.getProperty((node.propertyName ?? node.name).getText()));
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
  }
  return used;
}

/** docs/taskpane.md's table: API → { version, checks }. */
function documented(): Map<string, { version: string; checks: string[] }> {
  const doc = fs.readFileSync(path.join(root, "docs/taskpane.md"), "utf8");
  const table = /<!-- excel apis -->([^]*?)<!-- \/excel apis -->/.exec(doc)![1];
  return new Map(
    [...table.matchAll(/^\| `([\w.]+)` \| ([\d.]+) \| (.+) \|$/gm)].map(([, api, version, checks]) => [
      api,
      { version, checks: [...checks.matchAll(/`(\w+)`/g)].map((m) => m[1]) },
    ]),
  );
}

const used = excelApisUsed();
const table = documented();
const minor = (version: string) => Number(version.split(".")[1]);

test("the compiler finds the pane's Excel calls, from ExcelApi 1.1 to the 1.8 of the dropdowns", () => {
  expect(used.get("Workbook.getActiveCell")).toBe("1.7");
  expect(used.get("ChartSeries.axisGroup")).toBe("1.8");
  expect(used.get("Worksheet.visibility")).toBe("1.2"); // set, not only read
  expect(used.get("Workbook.tables")).toBe("1.1"); // taken apart from context.workbook
  expect(used.size).toBeGreaterThan(30);
});

test("docs/taskpane.md lists every Excel API the pane calls, with its requirement set, and nothing else", () => {
  const listed = Object.fromEntries([...table].map(([api, { version }]) => [api, version]));
  expect(listed).toEqual(Object.fromEntries(used));
});

test.each([...table])("%s is used only after a check for its set", (_, { version, checks }) => {
  expect(checks.length).toBeGreaterThan(0);
  const paneCode = paneFiles
    .filter((file) => !file.endsWith("requirements.ts"))
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");
  for (const key of checks) {
    const requirement = requirements[key as keyof typeof requirements];
    expect(requirement).toBeDefined();
    expect(requirement.set).toBe("ExcelApi");
    expect(minor(requirement.version)).toBeGreaterThanOrEqual(minor(version));
    expect(paneCode).toMatch(new RegExp(`requirements\\.${key}\\b`));
  }
});
