/**
 * Small DOM builders. Text always goes in through textContent (never innerHTML), so
 * nothing from the data can become markup.
 */
type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const svgNamespace = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** An option of a select: the value the selection holds and the text shown. */
export interface Option {
  value: string;
  text: string;
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function setOptions(select: HTMLSelectElement, options: readonly (Option | string)[], value: string): void {
  select.replaceChildren(
    ...options.map((option) =>
      typeof option === "string"
        ? el("option", { value: option }, option)
        : el("option", { value: option.value }, option.text),
    ),
  );
  select.value = value;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}
