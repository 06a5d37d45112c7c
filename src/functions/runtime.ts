/**
 * The functions entry of the shared-runtime page. Excel's runtime (office.js) defines
 * CustomFunctions before this script runs, and then the declarations (functions.ts) associate every
 * AIPAY function. A plain browser, or a page whose office.js could not load offline,
 * has no CustomFunctions: there is nothing to associate, so the declarations are not
 * loaded at all (their appended associate calls would otherwise throw).
 */
if (typeof CustomFunctions !== "undefined") require("./functions");
