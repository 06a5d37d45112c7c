/**
 * Excel's runtime (office.js) defines CustomFunctions before functions.js runs. A plain
 * browser, or a page whose office.js could not load offline, has none: there a stand-in
 * whose associate does nothing takes its place, so the declarations' associate calls
 * (appended by custom-functions-metadata-plugin) register nothing instead of throwing.
 */
if (typeof CustomFunctions === "undefined")
  (globalThis as { CustomFunctions?: Pick<typeof CustomFunctions, "associate"> }).CustomFunctions = {
    associate: () => undefined,
  };

// A module, so that webpack concatenates it with the rest of the bundle in import order.
export {};
