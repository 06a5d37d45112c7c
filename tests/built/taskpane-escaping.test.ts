/**
 * Nothing in the task pane turns text into markup. Names, messages and figures come from the
 * dataset and from what the user types; the pane builds elements with src/taskpane/dom.ts,
 * which appends strings as text nodes and sets attributes by name, so none of it can become HTML.
 * The allow-list of HTML sinks is empty, in the source and in the built bundle (which also
 * holds the libraries the pane uses).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const taskpaneDir = path.resolve(__dirname, "../../src/taskpane");
const builtTaskpane = path.resolve(__dirname, "../../dist/taskpane.js");

/** Every way a string becomes HTML, script or a navigable URL in a page. */
const htmlSinks = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bparseFromString\b/,
  /\bsrcdoc\b/,
  /\bjavascript:/i,
  /\beval\s*\(/,
  /\bnew Function\s*\(/,
  /setAttribute\(\s*["'`]on/i,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const sinksIn = (text: string) => htmlSinks.filter((sink) => sink.test(text)).map(String);
/** Comments may name a sink ("never innerHTML"); "://" in a URL is not a comment. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(?<!:)\/\/.*$/gm, "");

test("the scan sees the pane's sources, and would catch each sink", () => {
  expect(sourceFiles(taskpaneDir).length).toBeGreaterThanOrEqual(10);
  expect(sinksIn("row.innerHTML = name; document.writeln(x); el.setAttribute('onclick', s)")).toEqual([
    String(htmlSinks[0]),
    String(htmlSinks[3]),
    String(htmlSinks[10]),
  ]);
  expect(withoutComments('/** never innerHTML */ const ns = "http://x"; // outerHTML')).toBe(
    ' const ns = "http://x"; ',
  );
});

test.each(sourceFiles(taskpaneDir).map((file) => path.relative(taskpaneDir, file)))(
  "src/taskpane/%s puts no text into HTML",
  (file) => {
    expect(sinksIn(withoutComments(fs.readFileSync(path.join(taskpaneDir, file), "utf8")))).toEqual([]);
  },
);

test("the built dist/taskpane.js, libraries included, has no HTML sink", () => {
  expect(sinksIn(fs.readFileSync(builtTaskpane, "utf8"))).toEqual([]);
});
