/** WCAG 2.x contrast between CSS colours as getComputedStyle gives them ("rgb(15, 108, 189)"). */
function parse(colour: string): { rgb: [number, number, number]; alpha: number } {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(colour.trim());
  if (!match) throw new Error(`Not an rgb() colour: ${colour}`);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha: Number(match[4] ?? 1) };
}

function opaque(colour: string): [number, number, number] {
  const { rgb, alpha } = parse(colour);
  if (alpha !== 1) throw new Error(`Translucent colours have no one contrast: ${colour}`);
  return rgb;
}

/** Relative luminance, WCAG 2.2's definition (sRGB channels linearised). */
export function luminance(colour: string): number {
  const [r, g, b] = opaque(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A translucent colour as it shows over an opaque one (Chromium's emulated Highlight is 80% opaque). */
export function over(colour: string, background: string): string {
  const { rgb, alpha } = parse(colour);
  const bottom = opaque(background);
  return `rgb(${rgb.map((c, i) => Math.round(alpha * c + (1 - alpha) * bottom[i])).join(", ")})`;
}
