/** The Market tab: the trends note's UK vs US snapshot and the guide's key insights, each with its source. */
import { payGuide } from "../engine";
import { el } from "./dom";
import { formatMoney } from "./money";

type Source = { section: string; table?: string; list?: string; note?: string; citedSources?: string[] };

const cite = (document: string, source: Source) =>
  [document, source.section, source.table ?? source.list, source.citedSources?.join(", ")].filter(Boolean).join(" · ");

const billions = (usd: number) => `$${(usd / 1e9).toLocaleString("en-GB", { maximumFractionDigits: 1 })}bn`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function headlineRange(h: { unit: string; low: number; high: number; openEnded?: true }): string {
  const plus = h.openEnded ? "+" : "";
  if (h.unit.startsWith("GBP")) {
    const per = h.unit === "GBP per day" ? " a day" : " a year";
    return h.low === h.high
      ? `${formatMoney(h.low)}${plus}${per}`
      : `${formatMoney(h.low)}–${formatMoney(h.high)}${plus}${per}`;
  }
  if (h.unit === "fraction of base") return `${percent(h.low)}–${percent(h.high)}${plus}`;
  // Any other unit is a count of it, e.g. "days per week": 2–3 days per week.
  return `${h.low}–${h.high}${plus} ${h.unit}`;
}

function row(label: string, uk: string, us: string): HTMLTableRowElement {
  return el("tr", {}, el("th", { scope: "row" }, label), el("td", {}, uk), el("td", {}, us));
}

export function renderMarket(container: HTMLElement): void {
  const { trends, guide } = payGuide.data;
  const snapshot = trends.marketSnapshot;
  const table = el(
    "table",
    { class: "market" },
    el("caption", {}, "UK vs US AI market"),
    el("thead", {}, el("tr", {}, el("td", {}), el("th", { scope: "col" }, "UK"), el("th", { scope: "col" }, "US"))),
    el(
      "tbody",
      {},
      row(
        "Private AI investment 2024",
        billions(snapshot.privateAiInvestment2024.unitedKingdom),
        billions(snapshot.privateAiInvestment2024.unitedStates),
      ),
      row(
        "Global investment rank",
        `#${snapshot.globalInvestmentRank.unitedKingdom}`,
        `#${snapshot.globalInvestmentRank.unitedStates}`,
      ),
      row(
        "Organisations using AI 2024",
        snapshot.organisationsUsingAi2024.unitedKingdom.summary,
        `${percent(snapshot.organisationsUsingAi2024.unitedStates.share)} (${snapshot.organisationsUsingAi2024.unitedStates.scope})`,
      ),
      row("Hiring demand", snapshot.hiringDemand.unitedKingdom, snapshot.hiringDemand.unitedStates),
      row("Key hubs", snapshot.keyHubs.unitedKingdom.join(", "), snapshot.keyHubs.unitedStates.join(", ")),
    ),
  );
  const growth = trends.salaryGrowth;
  const insights = el(
    "ul",
    { class: "insights" },
    ...guide.headlines.map((h) =>
      el(
        "li",
        {},
        el("strong", {}, h.label),
        `: ${headlineRange(h)}`,
        el("small", { class: "source" }, cite(guide.source.name, h.source)),
        ...(h.note ? [el("small", { class: "note" }, h.note)] : []),
      ),
    ),
    el(
      "li",
      {},
      el("strong", {}, `Salary growth for ${growth.appliesTo}`),
      `: ${growth.approximate ? "about " : ""}${percent(growth.annualRate)} a year`,
      el("small", { class: "source" }, cite(trends.source.name, growth.source)),
    ),
  );
  container.replaceChildren(
    table,
    el("p", { class: "source" }, cite(trends.source.name, snapshot.source)),
    el("h2", {}, "Key insights"),
    insights,
  );
}
