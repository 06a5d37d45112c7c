/**
 * Stand-ins for Excel that log what the pane writes. `loggingSheet` is a worksheet whose
 * every call and property write is recorded, the ranges named "R<row>C<column>:<rows>x<columns>"
 * as getRangeByIndexes takes them; the unit tests build a workbook round it. `excelStubScript`
 * is the same sheet in a whole stand-in Excel for the browser tests: Office says the host is
 * Excel and answers ExcelApi 1.x up to `window.excelApiMinor` (and CustomFunctionsRuntime 1.2,
 * unless told it has none), and Excel.run hands the pane a
 * workbook that logs to `window.excelLog`. Both functions travel to the page as source, so
 * each may use nothing from outside its own body.
 */
export interface ExcelStubOp {
  op: string;
  detail?: unknown;
}
type Recorder = (op: string, detail?: unknown) => void;
type Where = { where: string };

export function loggingSheet(record: Recorder) {
  /** An object whose property writes are logged as `<name>.<property>`, with the methods given. */
  const logged = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      set(_, property, value) {
        record(`${name}.${String(property)}`, value);
        return true;
      },
    });
  const range = (where: string) =>
    logged(where, {
      where,
      format: { autofitColumns: () => record("autofit", where) },
      dataValidation: logged(`${where}.dataValidation`, {}),
    });
  return logged("sheet", {
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
      range(`R${row}C${column}:${rows}x${columns}`),
    names: { add: (name: string, reference: Where) => record("names.add", { name, reference: reference.where }) },
    tables: {
      add: (over: Where, hasHeaders: boolean) => {
        record("tables.add", { over: over.where, hasHeaders });
        return logged("table", {});
      },
    },
    charts: {
      add: (type: string, data: Where, seriesBy: string) => {
        record("charts.add", { type, data: data.where, seriesBy });
        return {
          title: logged("chart.title", {}),
          axes: { categoryAxis: { setCategoryNames: (names: Where) => record("categoryNames", names.where) } },
          series: {
            add: (name: string) => {
              record("series.add", name);
              return logged("series", { setValues: (values: Where) => record("series.setValues", values.where) });
            },
          },
          setPosition: (at: Where) => record("chart.setPosition", at.where),
        };
      },
    },
    activate: () => record("activate"),
  });
}

/**
 * Office and Excel in the page, on one sheet as `makeSheet` (loggingSheet) makes it, with
 * custom functions (CustomFunctionsRuntime 1.2) or, as on Excel on iPad, without.
 */
function installExcelStub(makeSheet: typeof loggingSheet, apiMinor: number, customFunctions: boolean): void {
  const page = window as unknown as {
    excelLog: ExcelStubOp[];
    excelApiMinor: number;
    excelUsedRange?: { values: unknown[][]; formulas: unknown[][] };
    /** What the Market check reads: the selected range, and the workbook's tables by name. */
    excelSelection?: Record<string, unknown>;
    excelTables?: Record<string, Record<string, unknown>>;
    Office: unknown;
    Excel: unknown;
  };
  page.excelLog = [];
  page.excelApiMinor = apiMinor;
  // Sheets and tables the pane adds join the workbook, so a second plan gets new names.
  const sheetNames = ["Sheet1"];
  const tableNames: string[] = [];
  const record = (op: string, detail?: unknown) => {
    page.excelLog.push({ op, detail });
    if (op === "table.name") tableNames.push(String(detail));
  };
  const sheet = makeSheet(record);
  const workbookNames: string[] = [];
  const pinValues = new Map<string, string>();
  const named = (names: string[]) => ({
    load: () => undefined,
    get items() {
      return names.map((name) => ({ name, names: { load: () => undefined, items: [] } }));
    },
  });
  const context = {
    workbook: {
      // Object.assign keeps `items` a getter, so it lists the sheets added since.
      worksheets: Object.assign(named(sheetNames), {
        add: (name: string) => (record("worksheets.add", name), sheetNames.push(name), sheet),
        getItemOrNullObject: (name: string) => ({ load: () => undefined, isNullObject: true, name }),
        getActiveWorksheet: () => ({ load: () => undefined, name: sheetNames[0] }),
        // A sheet to share: its used range is what the test put in window.excelUsedRange; its
        // copy logs as "copy:…" and, once renamed, joins the workbook.
        getItem: (name: string) => ({
          getUsedRange: () => ({ load: () => undefined, rowIndex: 0, columnIndex: 0, ...page.excelUsedRange }),
          copy: (where: string) => {
            record("worksheets.copy", { name, where });
            return makeSheet((op, detail) => {
              record(`copy:${op}`, detail);
              if (op === "sheet.name") sheetNames.push(String(detail));
            });
          },
        }),
      }),
      tables: Object.assign(named(tableNames), {
        getItem: (name: string) => ({ getRange: () => ({ load: () => undefined, ...page.excelTables?.[name] }) }),
      }),
      getSelectedRange: () => ({ load: () => undefined, ...page.excelSelection }),
      // The workbook's own names: the pin the pane writes (AIPAY_EDITION …) joins them.
      names: Object.assign(named(workbookNames), {
        getItemOrNullObject: (name: string) => ({
          load: () => undefined,
          isNullObject: !pinValues.has(name),
          value: pinValues.get(name),
        }),
        add: (name: string, formula: string) => (
          record("workbook.names.add", { name, formula }),
          workbookNames.push(name),
          pinValues.set(name, formula)
        ),
      }),
    },
    application: { suspendApiCalculationUntilNextSync: () => record("suspendCalculation") },
    sync: () => (record("sync"), Promise.resolve()),
  };
  page.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => {
          const [major, minor] = version.split(".").map(Number);
          if (set === "CustomFunctionsRuntime") return customFunctions && major === 1 && minor <= 2;
          return set === "ExcelApi" && major === 1 && minor <= page.excelApiMinor;
        },
      },
    },
  };
  page.Excel = { run: (batch: (c: typeof context) => Promise<unknown>) => batch(context) };
}

/** The stand-in Excel as a script for the page, answering ExcelApi up to 1.<apiMinor>. */
export const excelStubScript = (apiMinor: number, { customFunctions = true } = {}): string =>
  `(${installExcelStub.toString()})(${loggingSheet.toString()}, ${apiMinor}, ${customFunctions});`;
