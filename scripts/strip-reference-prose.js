/**
 * A TypeScript transformer for the web build: drops the reference prose (`about`, `note`,
 * `listedBy`) from the parameter declarations in src/engine/functions/. That prose exists for
 * docs/functions.md's generated argument tables and for the tests, which read the source;
 * nothing in the add-in reads it, and leaving it out keeps functions.js, which every Excel
 * user downloads, about 5 KB smaller. tests/built/web-dataset.test.ts checks it is gone.
 */
"use strict";

const path = require("path");
const ts = require("typescript");

const specs = path.join(__dirname, "..", "src", "engine", "functions") + path.sep;
const prose = new Set(["about", "note", "listedBy"]);

const isText = (node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** `about: "…"` and the like, written as text in an object literal. */
const isProse = (property) =>
  ts.isPropertyAssignment(property) &&
  ts.isIdentifier(property.name) &&
  prose.has(property.name.text) &&
  isText(property.initializer);

function stripReferenceProse(context) {
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some(isProse)) {
      const kept = node.properties.filter((property) => !isProse(property));
      return ts.visitEachChild(context.factory.updateObjectLiteralExpression(node, kept), visit, context);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => (path.normalize(file.fileName).startsWith(specs) ? ts.visitNode(file, visit) : file);
}

module.exports = { stripReferenceProse };
