/**
 * The add-in's two manifests from one source. manifest.xml (the development manifest that
 * `npm start` sideloads) holds the ids, names, URLs, icons and strings; functions.json (made
 * from the JSDoc by Microsoft's metadata plugin) holds the functions. From those two the build
 * writes:
 *  - dist/manifest.xml: the XML with the target's URLs, Id and name;
 *  - dist/manifest.json: the unified manifest for Microsoft 365, with the same facts.
 * Nothing here is written twice: every value below is read from the XML or functions.json.
 */
"use strict";

const { XMLParser } = require("fast-xml-parser");

/** The unified manifest schema this build targets: the first with custom functions in a shared runtime. */
const unifiedSchemaVersion = "1.25";

/**
 * The functions' namespace in production. The development manifest has its own (AIPAYDEV), so
 * both can be installed at once: two add-ins with one namespace clash, and Excel answers #REF!.
 */
const productionNamespace = "AIPAY";

/** The namespace a manifest gives the functions (its Functions.Namespace string). */
function namespaceOf(xml) {
  const found = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(xml);
  if (!found) throw new Error('manifest.xml has no "Functions.Namespace" string');
  return found[1];
}

/**
 * The XML manifest for a target: its URLs, and for production its Id, its display name without
 * the dev marker and the production namespace, as the string itself and wherever a text names
 * a function by it ("=AIPAYDEV." in the Get Started text).
 */
function targetManifestXml(devXml, { urlDev, url, id, namespace }) {
  let xml = devXml.replaceAll(urlDev, url);
  if (id) {
    xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
    xml = xml.replace(/(<DisplayName DefaultValue="[^"]*?)\s*\(dev\)/, "$1");
  }
  if (namespace) {
    const dev = namespaceOf(devXml);
    xml = xml.replaceAll(`"${dev}"`, `"${namespace}"`).replaceAll(`${dev}.`, `${namespace}.`);
  }
  return xml;
}

/** Reads the facts both manifests share out of the XML manifest. */
function readXmlManifest(xml) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true });
  const app = parser.parse(xml).OfficeApp;
  const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const resources = app.VersionOverrides.Resources;
  const byId = (group) => new Map(list(group).map((entry) => [entry.id, entry.DefaultValue]));
  const urls = byId(resources.Urls.Url);
  const strings = new Map([...byId(resources.ShortStrings.String), ...byId(resources.LongStrings.String)]);
  const images = byId(resources.Images.Image);
  const need = (map, id) => {
    if (!map.has(id)) throw new Error(`manifest.xml has no resource "${id}"`);
    return map.get(id);
  };
  const host = list(app.VersionOverrides.Hosts.Host)[0];
  const desktop = host.DesktopFormFactor;
  const group = desktop.ExtensionPoint.OfficeTab.Group;
  const button = group.Control;
  const icons = (icon) =>
    list(icon.Image).map((image) => ({ size: Number(image.size), url: need(images, image.resid) }));
  return {
    id: app.Id,
    version: String(app.Version),
    provider: app.ProviderName,
    locale: app.DefaultLocale,
    displayName: app.DisplayName.DefaultValue,
    description: app.Description.DefaultValue,
    iconUrl: app.IconUrl.DefaultValue,
    highResolutionIconUrl: app.HighResolutionIconUrl.DefaultValue,
    supportUrl: app.SupportUrl.DefaultValue,
    permissions: app.Permissions,
    // What the functions and the ribbon need. They sit in VersionOverrides, not in the base
    // manifest, so that an Excel without them still installs the pane (docs/deployment.md).
    requirementSets: list(app.VersionOverrides.Requirements.Sets.Set).map((set) => ({
      name: set.Name,
      minVersion: String(set.MinVersion),
    })),
    page: need(urls, "Taskpane.Url"),
    script: need(urls, "Functions.Script.Url"),
    metadataUrl: need(urls, "Functions.Metadata.Url"),
    namespace: need(strings, host.AllFormFactors.ExtensionPoint.Namespace.resid),
    getStarted: {
      title: need(strings, desktop.GetStarted.Title.resid),
      description: need(strings, desktop.GetStarted.Description.resid),
      learnMoreUrl: need(urls, desktop.GetStarted.LearnMoreUrl.resid),
    },
    ribbon: {
      tab: desktop.ExtensionPoint.OfficeTab.id,
      group: { id: group.id, label: need(strings, group.Label.resid), icons: icons(group.Icon) },
      button: {
        id: button.id,
        label: need(strings, button.Label.resid),
        tooltip: need(strings, button.Supertip.Description.resid),
        icons: icons(button.Icon),
      },
    },
  };
}

/**
 * A ribbon icon's three required sizes: the unified manifest takes three images a control
 * (its schema's limit), where the XML manifest lists every size for high-DPI screens.
 */
const requiredIcons = (icons) => icons.filter((icon) => [16, 32, 80].includes(icon.size));

/** XML permission levels and the unified manifest's resource-specific permission for each. */
const permissionNames = {
  ReadDocument: "Document.Read.User",
  ReadWriteDocument: "Document.ReadWrite.User",
};

/** The functions of functions.json as the unified manifest lists them (only the fields its schema knows). */
function unifiedFunctions(metadata) {
  const parameterFields = [
    "name",
    "description",
    "type",
    "cellValueType",
    "dimensionality",
    "optional",
    "repeating",
    "customEnumId",
  ];
  const functionFields = [
    "id",
    "name",
    "description",
    "helpUrl",
    "stream",
    "volatile",
    "cancelable",
    "requiresAddress",
  ];
  const pick = (source, fields) =>
    Object.fromEntries(fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));
  return metadata.functions.map((fn) => ({
    ...pick(fn, functionFields),
    parameters: fn.parameters.map((parameter) => pick(parameter, parameterFields)),
    result: pick(fn.result ?? {}, ["dimensionality"]),
  }));
}

/** The option words of functions.json, as the unified manifest declares them (only the fields its schema knows). */
function unifiedEnums(metadata) {
  const pick = (source, fields) =>
    Object.fromEntries(fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));
  return (metadata.enums ?? []).map((declared) => ({
    ...pick(declared, ["id", "type"]),
    values: declared.values.map((value) => pick(value, ["name", "stringValue", "numberValue", "tooltip"])),
  }));
}

/**
 * The XML add-in this unified one stands in for, hidden wherever both are installed, as
 * Microsoft asks of an add-in published with both manifests: two installs would otherwise show
 * two ribbon buttons and register one namespace twice (#REF!). A Marketplace listing names its
 * asset too.
 */
function hiddenXmlAddin(xmlId, marketplaceAssetId) {
  return marketplaceAssetId
    ? { storeOfficeAddin: { officeAddinId: xmlId, assetId: marketplaceAssetId } }
    : { customOfficeAddin: { officeAddinId: xmlId } };
}

/**
 * The unified manifest (manifest.json) for the facts of an XML manifest and a functions.json,
 * under an Id of its own (`id`), never the XML add-in's. Its name says Microsoft 365, so that
 * the two are told apart where both are listed.
 */
function unifiedManifest(xml, metadata, { id, marketplaceAssetId = "" }) {
  const facts = readXmlManifest(xml);
  if (!id || id === facts.id) throw new Error("the unified manifest needs an Id of its own, not the XML add-in's");
  const base = facts.page.slice(0, facts.page.lastIndexOf("/") + 1);
  const [product, ...about] = facts.displayName.split(" – ");
  const shortName = `${product} for Microsoft 365`;
  const permission = permissionNames[facts.permissions];
  if (!permission)
    throw new Error(`manifest.xml permission ${facts.permissions} has no unified-manifest equivalent here`);
  const workbook = ["workbook"];
  const runtimeId = "SharedRuntime";
  const showTaskpane = "ShowTaskpane";
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${unifiedSchemaVersion}/MicrosoftTeams.schema.json`,
    manifestVersion: unifiedSchemaVersion,
    id,
    // The unified manifest takes three-part semantic versions; the XML's fourth part is always 0.
    version: facts.version.split(".").slice(0, 3).join("."),
    name: { short: shortName, full: [shortName, ...about].join(" – ") },
    // The short description is the XML description's opening phrase, up to its first colon.
    description: { short: facts.description.split(":")[0], full: facts.description },
    developer: {
      name: facts.provider,
      websiteUrl: facts.supportUrl,
      privacyUrl: `${base}privacy.html`,
      termsOfUseUrl: `${base}terms.html`,
    },
    icons: { color: "assets/color-192.png", outline: "assets/outline-32.png" },
    accentColor: "#0F766E",
    localizationInfo: { defaultLanguageTag: facts.locale.toLowerCase() },
    authorization: { permissions: { resourceSpecific: [{ name: permission, type: "Delegated" }] } },
    extensions: [
      {
        requirements: { scopes: workbook, capabilities: facts.requirementSets },
        runtimes: [
          {
            requirements: { capabilities: facts.requirementSets },
            id: runtimeId,
            type: "general",
            code: { page: facts.page, script: facts.script },
            lifetime: "long",
            actions: [{ id: showTaskpane, type: "openPage", pinnable: false }],
            customFunctions: {
              functions: unifiedFunctions(metadata),
              namespace: { id: facts.namespace, name: facts.namespace },
              enums: unifiedEnums(metadata),
              allowCustomDataForDataTypeAny: Boolean(metadata.allowCustomDataForDataTypeAny),
              metadataUrl: facts.metadataUrl,
            },
          },
        ],
        ribbons: [
          {
            requirements: { scopes: workbook, formFactors: ["desktop"] },
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: facts.ribbon.tab,
                groups: [
                  {
                    id: facts.ribbon.group.id,
                    label: facts.ribbon.group.label,
                    icons: requiredIcons(facts.ribbon.group.icons),
                    controls: [
                      {
                        id: facts.ribbon.button.id,
                        type: "button",
                        label: facts.ribbon.button.label,
                        icons: requiredIcons(facts.ribbon.button.icons),
                        supertip: { title: facts.ribbon.button.label, description: facts.ribbon.button.tooltip },
                        actionId: showTaskpane,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [
          { hide: hiddenXmlAddin(facts.id, marketplaceAssetId) },
          {
            alternateIcons: {
              icon: { size: 32, url: facts.iconUrl },
              highResolutionIcon: { size: 64, url: facts.highResolutionIconUrl },
            },
          },
        ],
        getStartedMessages: [{ requirements: { scopes: workbook }, ...facts.getStarted }],
      },
    ],
  };
}

module.exports = { namespaceOf, productionNamespace, readXmlManifest, targetManifestXml, unifiedManifest };
