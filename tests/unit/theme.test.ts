/** The task pane's theme: Office's when the host gives one, else the browser's colour scheme. */
import { isDarkColour } from "../../src/taskpane/theme";

/** A fresh copy of the module per test: it keeps the page's colour-scheme query. */
function freshFollowTheme(): typeof import("../../src/taskpane/theme").followTheme {
  let module: typeof import("../../src/taskpane/theme") | undefined;
  jest.isolateModules(() => (module = require("../../src/taskpane/theme")));
  return module!.followTheme;
}

/** A stand-in page: one prefers-color-scheme query whose answer the test flips. */
function fakePage(prefersDark: boolean) {
  const query = { matches: prefersDark, onchange: null as null | (() => void) };
  const style = {
    colorScheme: "",
    tokens: new Map<string, string>(),
    setProperty(name: string, value: string) {
      style.tokens.set(name, value);
    },
  };
  Object.assign(globalThis, {
    window: { matchMedia: () => query },
    document: { documentElement: { style } },
  });
  const browserTurns = (dark: boolean) => {
    query.matches = dark;
    query.onchange?.();
  };
  return { style, browserTurns };
}

test("Office's dark and light backgrounds are told apart by luminance", () => {
  expect(isDarkColour("#1F1F1F")).toBe(true); // Office's dark grey
  expect(isDarkColour("#000000")).toBe(true);
  expect(isDarkColour("#FFFFFF")).toBe(false);
  expect(isDarkColour("#F3F2F1")).toBe(false); // Office's light grey
  expect(isDarkColour("not a colour")).toBe(false);
});

test("outside Office the pane follows the browser, and its changes", () => {
  const { style, browserTurns } = fakePage(false);
  const followTheme = freshFollowTheme();
  followTheme(undefined);
  expect(style.colorScheme).toBe("light");
  expect(style.tokens.get("--colorNeutralBackground1")).toBe("#ffffff");
  browserTurns(true);
  expect(style.colorScheme).toBe("dark");
  expect(style.tokens.get("--colorNeutralBackground1")).toBe("#292929");
});

test("once Office gives a dark theme, a change of the browser's scheme no longer applies", () => {
  const { style, browserTurns } = fakePage(false);
  const followTheme = freshFollowTheme();
  followTheme(undefined); // the page starts before the host is known
  followTheme("#1F1F1F");
  expect(style.colorScheme).toBe("dark");
  browserTurns(false);
  browserTurns(true);
  browserTurns(false);
  expect(style.colorScheme).toBe("dark");
});
