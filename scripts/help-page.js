/**
 * Builds the add-in's help pages from docs/: dist/help.html — the page each function's
 * @helpurl opens — from docs/functions.md, so the user's manual has one source; the pages the
 * manifests link to (support.html with the deployment's contact, privacy.html, terms.html);
 * then each docs page they link to, so no link in a built page leads nowhere. Function
 * headings get short anchors ("## AIPAY.SALARYBAND(…)" → #salaryband); other headings get slugs.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { Marked } = require("marked");

const docs = path.resolve(__dirname, "../docs");
/** The pages built whatever links to them: the function reference, and the manifests' support, privacy and terms. */
const roots = ["functions.md", "support.md", "privacy.md", "terms.md"];

/**
 * Pages for whoever builds and hosts AIPAY, not for its users: they stay in the repository, and
 * a link to one from a built page becomes its text (they name the dev server and the build).
 */
const repositoryOnly = new Set(["architecture.md", "deployment.md", "performance.md"]);

/** Where docs/support.md names the contact; on GitHub the words between say where it comes from. */
const contactMarker = /<!-- support contact -->[^]*?<!-- \/support contact -->/;

/** The built file of a docs page: its own name, but where an add-in page has it (taskpane.html). */
const renamed = { "functions.md": "help.html", "taskpane.md": "taskpane-help.html" };
const htmlName = (page) => renamed[page] ?? page.replace(/\.md$/, ".html");

/** A heading's text from the HTML marked makes of it: no tags, and its escapes read back ("Excel&#39;s" is "Excel's"). */
const entities = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const plainText = (html) =>
  html.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);

function anchor(html) {
  const text = plainText(html);
  const fn = /^AIPAY\.([A-Z]+)\(/.exec(text);
  if (fn) return fn[1].toLowerCase();
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The id GitHub gives a heading, which the docs' own links use: "AIPAY.ROLES([table])" → "aipayrolestable". */
const githubSlug = (html) =>
  plainText(html)
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, "") // marked's escapes of ' " & < >, which GitHub drops
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");

const read = (page) => fs.readFileSync(path.join(docs, page), "utf8");

const isExternal = (href) => /^[a-z][a-z0-9+.-]*:/i.test(href);

/** A relative link's docs page ("" for the same page), or null when it leads out of docs/. */
function linkedPage(href, page) {
  const file = href.split("#")[0];
  if (!file) return "";
  const target = path.relative(docs, path.resolve(docs, path.dirname(page), file));
  return /^[\w-]+\.md$/.test(target) ? target : null;
}

/** The pages to build: the roots and every docs page a built page links to. */
function builtPages() {
  const pages = [...roots];
  const marked = new Marked();
  for (const page of pages)
    marked.walkTokens(marked.lexer(read(page)), (token) => {
      const target = token.type === "link" && !isExternal(token.href) && linkedPage(token.href, page);
      if (target && !pages.includes(target) && !repositoryOnly.has(target) && fs.existsSync(path.join(docs, target)))
        pages.push(target);
    });
  return pages;
}

/** A page's heading ids by GitHub's id → this page's id, for the links that use GitHub's. */
function headingIds(page) {
  const ids = new Map();
  const marked = new Marked();
  for (const token of marked.lexer(read(page)).filter((t) => t.type === "heading")) {
    const html = marked.parseInline(token.text);
    ids.set(githubSlug(html), anchor(html));
  }
  return ids;
}

/** One docs page as HTML, with the contact where the page names it. Links to built pages point at their HTML; links elsewhere become text. */
function renderPage(page, pages, contact) {
  const idsOf = new Map(pages.map((p) => [p, headingIds(p)]));
  const href = (link) => {
    if (isExternal(link)) return link;
    const target = linkedPage(link, page);
    if (target === null || (target && !pages.includes(target))) return null;
    const fragment = link.split("#")[1];
    const file = target ? htmlName(target) : "";
    if (!fragment) return file || "#";
    return `${file}#${idsOf.get(target || page).get(fragment) ?? fragment}`;
  };
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        return `<h${depth} id="${anchor(html)}">${html}</h${depth}>\n`;
      },
      link(token) {
        const to = href(token.href);
        const text = this.parser.parseInline(token.tokens);
        return to === null ? text : `<a href="${to}">${text}</a>`;
      },
      image({ href: src, text }) {
        // Screenshots and other files of the repository are not part of the add-in.
        return isExternal(src) ? false : text;
      },
    },
  });
  const title = /^# (.+)$/m.exec(read(page))?.[1] ?? "Help";
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'" />
    <title>AIPAY help: ${title}</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
      code, pre { font-family: Consolas, monospace; background: #f3f3f3; }
      pre { padding: 0.75rem; overflow-x: auto; }
      table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; }
    </style>
  </head>
  <body>
${marked.parse(read(page).replace(contactMarker, `[${contact.text}](${contact.href})`))}
  </body>
</html>
`;
}

/** Every help page to build, as { filename, render }: help.html first. `contact` is scripts/support-contact.js's link. */
function helpPages(contact) {
  const pages = builtPages();
  return pages.map((page) => ({ filename: htmlName(page), render: () => renderPage(page, pages, contact) }));
}

module.exports = { helpPages };
