/**
 * Who users of a deployment write to: package.json's config.support_contact, an e-mail address
 * or an https page of the people who run it. The support page (docs/support.md, built as
 * support.html, the manifests' support link) shows it. Marketplace policy wants a contact a
 * user can reach, so a production build refuses to guess one: no address in this repository
 * would reach anybody. Test and development builds, which no user installs, show a reserved
 * address that can never be delivered.
 */
"use strict";

const { hostProblem } = require("./addin-url");

/** What test and development builds show: RFC 2606's .invalid never resolves. */
const testContact = "support@aipay.invalid";

const howTo =
  'Set "support_contact" in package.json\'s "config" to an e-mail address or https page where your users reach you.';

/** The contact as a link: { href, text }. Throws, saying what to set, when it cannot be one. */
function supportContact(configured, { test = false } = {}) {
  const text = String(configured ?? "").trim() || (test ? testContact : "");
  if (!text) throw new Error(`A production build needs a support contact. ${howTo}`);
  const refuse = (problem) => {
    throw new Error(`The support contact "${text}" ${problem}. ${howTo}`);
  };
  const email = /^[^\s@<>"()]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/.exec(text);
  if (email) {
    const problem = hostProblem(email[1], { test });
    if (problem) refuse(problem);
    return { href: `mailto:${text}`, text };
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    refuse("is neither an e-mail address nor an https address");
  }
  if (url.protocol !== "https:") refuse("is neither an e-mail address nor an https address");
  if (url.username || url.password) refuse("must not carry a user name or password");
  const problem = hostProblem(url.hostname, { test });
  if (problem) refuse(problem);
  return { href: url.href, text };
}

module.exports = { supportContact, testContact };
