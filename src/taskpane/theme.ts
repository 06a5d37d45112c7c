/**
 * Fluent 2 design tokens as CSS custom properties (--colorNeutralBackground1 …), light
 * or dark after the Office theme, or the browser's colour scheme outside Office.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/tokens";

function apply(theme: Theme, dark: boolean): void {
  const root = document.documentElement;
  for (const [token, value] of Object.entries(theme)) root.style.setProperty(`--${token}`, String(value));
  root.style.colorScheme = dark ? "dark" : "light";
}

/** True for a dark "#rrggbb" background (relative luminance below one half). */
export function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

let browserScheme: MediaQueryList | undefined;

/**
 * Follows the Office theme when given, else the browser's preference (and its changes).
 * Once Office has given a theme, the browser's preference no longer applies: the pane
 * starts on the browser's and switches to Office's when the host is known.
 */
export function followTheme(officeBackground: string | undefined): void {
  // One query for the page's life: matchMedia returns a new object on every call.
  const query = (browserScheme ??= window.matchMedia("(prefers-color-scheme: dark)"));
  if (officeBackground) {
    query.onchange = null;
    const dark = isDarkColour(officeBackground);
    apply(dark ? webDarkTheme : webLightTheme, dark);
    return;
  }
  const update = () => apply(query.matches ? webDarkTheme : webLightTheme, query.matches);
  update();
  query.onchange = update;
}
