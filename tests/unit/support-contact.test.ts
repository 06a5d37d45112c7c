/**
 * The support contact a build writes into the support page (scripts/support-contact.js): an
 * e-mail address or an https page users can reach; a production build refuses none, a
 * placeholder or a reserved address, and a test build shows one that can never be delivered.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { supportContact } = require("../../scripts/support-contact") as {
  supportContact: (configured: string, options?: { test?: boolean }) => { href: string; text: string };
};

test.each([
  ["ai-pay@acme-payroll.co.uk", "mailto:ai-pay@acme-payroll.co.uk"],
  ["https://help.acme-payroll.co.uk/aipay", "https://help.acme-payroll.co.uk/aipay"],
  ["  ai-pay@acme-payroll.co.uk ", "mailto:ai-pay@acme-payroll.co.uk"],
])("%j is a contact, linked as %s", (configured, href) => {
  expect(supportContact(configured)).toEqual({ href, text: configured.trim() });
});

test.each([
  ["", /A production build needs a support contact/],
  ["support@contoso.com", /is a placeholder or local address/],
  ["support@aipay.invalid", /names a reserved host/],
  ["https://example.com/help", /names a reserved host/],
  ["http://help.acme-payroll.co.uk/", /neither an e-mail address nor an https address/],
  ["call Sam", /neither an e-mail address nor an https address/],
  ["https://sam:pw@help.acme-payroll.co.uk/", /must not carry a user name or password/],
])("a production build refuses %j, saying what to set", (configured, problem) => {
  expect(() => supportContact(configured)).toThrow(problem);
  expect(() => supportContact(configured)).toThrow(/Set "support_contact" in package\.json's "config"/);
});

test("a test build without a contact shows one that can never be delivered, and takes a configured one", () => {
  expect(supportContact("", { test: true })).toEqual({
    href: "mailto:support@aipay.invalid",
    text: "support@aipay.invalid",
  });
  expect(supportContact("ai-pay@acme-payroll.co.uk", { test: true }).href).toBe("mailto:ai-pay@acme-payroll.co.uk");
});
