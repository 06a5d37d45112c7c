/**
 * The task pane. It runs in Excel's shared runtime next to the custom functions, and
 * also in any browser without Office (or offline, when office.js cannot load): the
 * explorer and formula builder work everywhere; Insert and the plan need an Excel that runs
 * AIPAY's functions.
 */
import { aipay } from "./workbook-engine";
import { byId } from "./dom";
import { ExplorerView, type FormulaAction } from "./explorer-view";
import { detectHost, insertIntoActiveCell, officeBackground } from "./host";
import { renderMarket } from "./market";
import { MarketCheckView } from "./market-check-view";
import { PlanView } from "./plan-view";
import { ShareView } from "./share-view";
import { EditionsView } from "./editions-view";
import { missingRequirement, requirements, withoutFunctions } from "./requirements";
import { connectTabs } from "./tabs";
import { followTheme } from "./theme";

const copy: FormulaAction = {
  label: "Copy",
  async run(formula) {
    try {
      await navigator.clipboard.writeText(formula);
      return "Copied. Paste it into a cell.";
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): leave it selected instead.
      getSelection()?.selectAllChildren(byId("formula"));
      return "Press Ctrl+C to copy the selected formula.";
    }
  },
};

const insert: FormulaAction = {
  label: "Insert",
  async run(formula) {
    await insertIntoActiveCell(formula);
    void editions.refresh(); // the formula may have pinned the workbook
    return "Inserted into the active cell.";
  },
};

followTheme(undefined);
connectTabs(byId("tabs"));
const showCitation = () => (byId("citation").textContent = `Source: ${aipay.guide().data.guide.source.citation}.`);
showCitation();
const explorer = new ExplorerView(copy);
const plan = new PlanView();
const share = new ShareView();
const editions = new EditionsView(() => {
  showCitation();
  explorer.refresh();
});
// The plan just made is the sheet most likely to be shared next.
plan.onCreated = (sheet) => {
  share.offer([sheet], sheet);
  void editions.refresh(); // the plan may have pinned the workbook
};
renderMarket(byId("market-trends"));
const marketCheck = new MarketCheckView();

void detectHost().then((host) => {
  if (host.excel) {
    followTheme(officeBackground());
    // Formulas the pane would write could not calculate: the explorer stays, with Copy.
    const noFunctions = withoutFunctions();
    if (noFunctions) {
      plan.setExcel(false, noFunctions);
      share.setExcel(false, noFunctions);
      editions.setExcel(false, noFunctions);
      // The check writes values, not formulas: it needs no custom functions.
      const checkLacks = missingRequirement(requirements.marketCheck);
      marketCheck.setExcel(!checkLacks, checkLacks);
      byId("host-status").textContent = `Connected to Excel. ${noFunctions}`;
      return;
    }
    const insertLacks = missingRequirement(requirements.insert);
    const planLacks = missingRequirement(requirements.plan);
    if (!insertLacks) explorer.setAction(insert);
    plan.setExcel(!planLacks, planLacks);
    const shareLacks = missingRequirement(requirements.share);
    share.setExcel(!shareLacks, shareLacks);
    editions.setExcel(!planLacks, planLacks);
    const checkLacks = missingRequirement(requirements.marketCheck);
    marketCheck.setExcel(!checkLacks, checkLacks);
    byId("host-status").textContent = insertLacks ? `Connected to Excel. ${insertLacks}` : "Connected to Excel.";
  } else {
    byId("host-status").textContent = `${host.reason} Formulas can be copied; the plan needs Excel.`;
  }
});
