/** The Market tab: the trends note's UK vs US snapshot and the guide's key insights, each with its source. */
import { type GuideSource } from "../engine";
import { aipay } from "./workbook-engine";
import { el } from "./dom";
import { formatMoney } from "./money";

const cite = (document: string, source: GuideSource) =>
  [document, source.section, source.table ?? source.list, source.citedSources?.join(", ")].filter(Boolean).join(" · ");

const billions = (usd: number) => `$${(usd / 1e9).toLocaleString("en-GB", { maximumFractionDigits: 1 })}bn`;
// A share as the market page prints it: whole percent, as the trends note does.
const wholePercent = (share: number) => `${Math.round(share * 100)}%`;

/** A headline in its own unit and period, as the data gives them: "£600–£800 a day", "10%–20%", "2–3 days per week". */
export function headlineRange(h: { unit: string; per?: string; low: number; high: number; openEnded?: true }): string {
  const plus = h.openEnded ? "+" : "";
  if (h.unit === "GBP") {
    const per = h.per ? ` a ${h.per}` : "";
    return h.low === h.high
      ? `${formatMoney(h.low)}${plus}${per}`
      : `${formatMoney(h.low)}–${formatMoney(h.high)}${plus}${per}`;
  }
  if (h.unit === "fraction of base") return `${wholePercent(h.low)}–${wholePercent(h.high)}${plus}`;
  // Any other unit is a count of it, e.g. "days" per "week": 2–3 days per week.
  return `${h.low}–${h.high}${plus} ${h.unit}${h.per ? ` per ${h.per}` : ""}`;
}

/** One measure, the UK's and the US's answers stacked beneath it: prose reads in full lines at a pane's width. */
function measure(label: string, uk: string, us: string): HTMLDivElement {
  const answer = (country: string, text: string) => el("dd", {}, el("span", { class: "country" }, country), " ", text);
  return el("div", {}, el("dt", {}, label), answer("UK", uk), answer("US", us));
}

export function renderMarket(container: HTMLElement): void {
  const { trends, guide } = aipay.guide().data;
  const snapshot = trends.marketSnapshot;
  const comparison = el(
    "dl",
    { class: "market" },
    measure(
      "Private AI investment 2024",
      billions(snapshot.privateAiInvestment2024.unitedKingdom),
      billions(snapshot.privateAiInvestment2024.unitedStates),
    ),
    measure(
      "Global investment rank",
      `#${snapshot.globalInvestmentRank.unitedKingdom}`,
      `#${snapshot.globalInvestmentRank.unitedStates}`,
    ),
    measure(
      "Organisations using AI 2024",
      snapshot.organisationsUsingAi2024.unitedKingdom.summary,
      `${wholePercent(snapshot.organisationsUsingAi2024.unitedStates.share)} (${snapshot.organisationsUsingAi2024.unitedStates.scope})`,
    ),
    measure("Hiring demand", snapshot.hiringDemand.unitedKingdom, snapshot.hiringDemand.unitedStates),
    measure("Key hubs", snapshot.keyHubs.unitedKingdom.join(", "), snapshot.keyHubs.unitedStates.join(", ")),
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
      `: ${growth.approximate ? "about " : ""}${wholePercent(growth.annualRate)} a year`,
      el("small", { class: "source" }, cite(trends.source.name, growth.source)),
    ),
  );
  container.replaceChildren(
    el("h2", {}, "UK vs US AI market"),
    comparison,
    el("p", { class: "source" }, cite(trends.source.name, snapshot.source)),
    el("h2", {}, "Key insights"),
    insights,
  );
}
