/**
 * Builds dist/help.html — the page each function's @helpurl opens — from README.md,
 * so the user's manual has one source. Function headings get short anchors
 * ("### AIPAY.SALARYBAND(…)" → #salaryband); other headings get slugs.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { Marked } = require("marked");

function anchor(text) {
  const fn = /^AIPAY\.([A-Z]+)\(/.exec(text);
  if (fn) return fn[1].toLowerCase();
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The id GitHub gives a heading, which the README's own links use: "AIPAY.ROLES([table])" → "aipayrolestable". */
const githubSlug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");

function renderHelpPage(readmePath = path.resolve(__dirname, "../README.md")) {
  /** README links by GitHub's ids → this page's ids, where they differ (the function headings). */
  const renamed = new Map();
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        const id = anchor(html);
        if (githubSlug(html) !== id) renamed.set(githubSlug(html), id);
        return `<h${depth} id="${id}">${html}</h${depth}>\n`;
      },
    },
  });
  const body = marked
    .parse(fs.readFileSync(readmePath, "utf8"))
    .replace(/href="#([^"]+)"/g, (link, id) => (renamed.has(id) ? `href="#${renamed.get(id)}"` : link));
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'" />
    <title>AIPAY help</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
      code, pre { font-family: Consolas, monospace; background: #f3f3f3; }
      pre { padding: 0.75rem; overflow-x: auto; }
      table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; }
    </style>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

module.exports = { renderHelpPage };
