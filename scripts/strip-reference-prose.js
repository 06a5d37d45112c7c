/**
 * A TypeScript transformer for the web build: drops the reference prose from the parameter
 * declarations in src/engine/functions/ and the plan's fields and inputs in src/engine/plan/:
 * what a parameter accepts and the notes after it (`about`, `note`, `listedBy`), its unit,
 * and the words of its default. That prose exists for the generated reference tables
 * (docs/functions.md, docs/cli.md, docs/taskpane.md), the command line's help and the tests,
 * which read the source; nothing in the add-in reads it, and leaving it out keeps
 * functions.js, which every Excel user downloads, about 8 KB smaller. A default stays, as
 * empty text, because having one is what makes a parameter optional.
 * tests/built/web-dataset.test.ts checks the prose is gone.
 */
"use strict";

const path = require("path");
const ts = require("typescript");

const declarations = ["functions", "plan"].map(
  (folder) => path.join(__dirname, "..", "src", "engine", folder) + path.sep,
);
const dropped = new Set(["about", "note", "listedBy", "unit"]);
const emptied = "default";

const isText = (node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** `about: "…"` and the like: a property of an object literal, written as text. */
const isProse = (property, names) =>
  ts.isPropertyAssignment(property) &&
  ts.isIdentifier(property.name) &&
  names(property.name.text) &&
  isText(property.initializer);

const isDropped = (property) => isProse(property, (name) => dropped.has(name));
const isDefaultWords = (property) =>
  isProse(property, (name) => name === emptied) &&
  !(ts.isStringLiteral(property.initializer) && property.initializer.text === "");

function stripReferenceProse(context) {
  const { factory } = context;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => isDropped(p) || isDefaultWords(p))) {
      const kept = node.properties
        .filter((property) => !isDropped(property))
        .map((property) =>
          isDefaultWords(property)
            ? factory.updatePropertyAssignment(property, property.name, factory.createStringLiteral(""))
            : property,
        );
      return ts.visitEachChild(factory.updateObjectLiteralExpression(node, kept), visit, context);
    }
    return ts.visitEachChild(node, visit, context);
  };
  const strips = (file) => declarations.some((folder) => path.normalize(file.fileName).startsWith(folder));
  return (file) => (strips(file) ? ts.visitNode(file, visit) : file);
}

module.exports = { stripReferenceProse };
