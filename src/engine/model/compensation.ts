/**
 * Total compensation: base + target bonus + annualised equity, from the guide's
 * leadership table (section 6) and company-stage table (section 9).
 */
import { toPence } from "../core/money";
import type { Band } from "./band";
import { percent, type StageRow } from "./premiums";
import type { Range } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import { FigureMessage } from "../core/messages";
import { notAvailable } from "../core/values";

/** What total compensation reads of the guide: its data, and a role's leadership row if it has one. */
export interface CompensationGuide {
  data: Dataset;
  role(name: string): { leadership?: Dataset["guide"]["leadership"]["roles"][number] };
}

/** One part of a package, £ a year at the low and high ends, and how it was worked out. */
export interface PayComponent {
  name: "base" | "bonus" | "equity" | "equity and bonus";
  amount: Range;
  basis: string;
}

export interface TotalCompensation {
  components: PayComponent[];
  /** The sum of the components, with the rules used in its provenance. */
  total: Band;
}

const ofBase = (base: Range, share: Range): Range => ({
  low: toPence(base.low * share.low),
  high: toPence(base.high * share.high),
});
const zero: Range = { low: 0, high: 0 };

/** Leadership: the guide's Equity/Bonus column is a share of base that already covers equity. */
function leadershipExtras(guide: CompensationGuide, base: Band, equityBonus: Range): PayComponent[] {
  const { section, table } = guide.data.guide.leadership.source;
  return [
    {
      name: "equity and bonus",
      amount: ofBase(base, equityBonus),
      basis: `${percent(equityBonus.low)}–${percent(equityBonus.high)}${equityBonus.openEnded ? "+" : ""} of base (${section}, ${table})`,
    },
  ];
}

/** Individual contributors: the stage's bonus target and its RSUs, or its ownership share when a valuation is given. */
function stageExtras(guide: CompensationGuide, base: Band, stage: StageRow, valuation: number | null): PayComponent[] {
  const { companyStages } = guide.data.guide;
  const { section } = companyStages.source;
  const bonus: PayComponent = {
    name: "bonus",
    amount: ofBase(base, stage.bonus.target),
    basis: stage.bonus.published
      ? `${stage.stage} bonus "${stage.bonus.published}": counted as 0 (${section})`
      : `${stage.stage} target ${percent(stage.bonus.target.low)}–${percent(stage.bonus.target.high)} of base (${section})`,
  };
  const { equity } = stage;
  if ("rsuPerYear" in equity)
    return [bonus, { name: "equity", amount: equity.rsuPerYear, basis: `${stage.stage} RSUs per year (${section})` }];
  const { vestingYears } = companyStages.ownershipEquity;
  const share = `${percent(equity.ownership.low)}–${percent(equity.ownership.high)} ownership`;
  const amount =
    valuation === null
      ? zero
      : {
          low: toPence((equity.ownership.low * valuation) / vestingYears),
          high: toPence((equity.ownership.high * valuation) / vestingYears),
        };
  const basis =
    valuation === null
      ? `${stage.stage} ${share}: not counted without a company valuation (${section})`
      : `${stage.stage} ${share} × £${valuation.toLocaleString("en-GB")} valuation ÷ ${vestingYears} years vesting (${section}; AIPAY modelling assumption)`;
  return [bonus, { name: "equity", amount, basis }];
}

/**
 * A package for a base band. Leadership roles use their own Equity/Bonus share, so stage
 * bonus, RSUs and valuation are not added to them; individual contributors need a stage,
 * because the guide gives bonus and equity by company stage only.
 */
export function totalCompensation(
  guide: CompensationGuide,
  base: Band,
  stage: StageRow | null,
  valuation: number | null,
): TotalCompensation {
  const leadership = guide.role(base.role).leadership;
  if (!leadership && !stage) {
    const stages = guide.data.guide.companyStages.stages.map((s) => s.stage);
    throw notAvailable(FigureMessage.giveStage(base.role, stages));
  }
  const extras = leadership
    ? leadershipExtras(guide, base, leadership.equityBonus)
    : stageExtras(guide, base, stage!, valuation);
  const components: PayComponent[] = [
    { name: "base", amount: { low: base.low, high: base.high }, basis: "the salary band" },
    ...extras,
  ];
  const sum = (end: "low" | "high") => toPence(components.reduce((total, c) => total + c.amount[end], 0));
  const added = extras.map((c) => `+ ${c.name}: ${c.basis}`).join("; ");
  const { derived } = base.provenance;
  return {
    components,
    total: {
      ...base,
      low: sum("low"),
      high: sum("high"),
      openEnded: base.openEnded || (leadership?.equityBonus.openEnded ?? undefined),
      provenance: { ...base.provenance, derived: derived ? `${derived}; ${added}` : added },
    },
  };
}
