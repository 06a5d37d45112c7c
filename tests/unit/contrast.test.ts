/** The contrast helper the browser test uses to check the chart against WCAG 1.4.11 (3:1 for graphics). */
import { contrastRatio, over } from "../support/contrast";

test("WCAG's end points: black on white is 21:1, a colour on itself 1:1", () => {
  expect(contrastRatio("rgb(0, 0, 0)", "rgb(255, 255, 255)")).toBeCloseTo(21, 6);
  expect(contrastRatio("rgb(15, 108, 189)", "rgba(15, 108, 189, 1)")).toBe(1);
});

test("the chart's old colours, measured by hand, fall short of 3:1", () => {
  // Light: midpoint tick #242424 on a bar #0f6cbd; dark: bar #115ea3 on the page #292929.
  expect(contrastRatio("rgb(36, 36, 36)", "rgb(15, 108, 189)")).toBeCloseTo(2.88, 2);
  expect(contrastRatio("rgb(17, 94, 163)", "rgb(41, 41, 41)")).toBeCloseTo(2.18, 2);
});

test("a translucent colour is refused: its contrast depends on what lies beneath", () => {
  expect(() => contrastRatio("rgba(0, 0, 0, 0.5)", "rgb(255, 255, 255)")).toThrow(/Translucent/);
});

test("a translucent colour over an opaque one mixes by its opacity", () => {
  // 80% of (5, 0, 73) + 20% of white: (4 + 51, 0 + 51, 58.4 + 51) = (55, 51, 109).
  expect(over("rgba(5, 0, 73, 0.8)", "rgb(255, 255, 255)")).toBe("rgb(55, 51, 109)");
  expect(over("rgb(1, 2, 3)", "rgb(255, 255, 255)")).toBe("rgb(1, 2, 3)");
});
