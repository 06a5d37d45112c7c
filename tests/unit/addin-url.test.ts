/** The add-in's address (AIPAY_URL) as a production build checks it before building (scripts/addin-url.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrlProblem } = require("../../scripts/addin-url");

describe("a production build's address", () => {
  test.each([
    "https://pay.acme-payroll.co.uk/aipay/",
    "https://aipay.acme-payroll.co.uk/",
    "https://pay.acme-payroll.co.uk:8443/tools/aipay/",
    "https://10.0.0.5/aipay/", // an intranet server is a host its users can reach
  ])("%s is taken", (url) => {
    expect(addinUrlProblem(url)).toBeUndefined();
  });

  test.each([
    ["pay.acme-payroll.co.uk/aipay/", "is not a URL"],
    ["http://pay.acme-payroll.co.uk/aipay/", "must be an https address ending in '/'"],
    ["https://pay.acme-payroll.co.uk/aipay", "must be an https address ending in '/'"],
    ["https://user:secret@pay.acme-payroll.co.uk/aipay/", "must not carry a user name or password"],
    ["https://user@pay.acme-payroll.co.uk/aipay/", "must not carry a user name or password"],
    ["https://pay.acme-payroll.co.uk/aipay/?v=2&x=/", "must have no query (?) or fragment (#)"],
    ["https://pay.acme-payroll.co.uk/aipay/?", "must have no query (?) or fragment (#)"],
    ["https://pay.acme-payroll.co.uk/aipay/#/", "must have no query (?) or fragment (#)"],
    ["https://www.contoso.com/aipay/", "is a placeholder or local address"],
    ["https://localhost/aipay/", "is a placeholder or local address"],
    ["https://127.0.0.1/aipay/", "is a placeholder or local address"],
    ["https://127.8.0.1/aipay/", "is a placeholder or local address"],
    ["https://[::1]/aipay/", "is a placeholder or local address"],
    ["https://0.0.0.0/aipay/", "is a placeholder or local address"],
    ["https://example.com/aipay/", "names a reserved host"],
    ["https://pay.example.org/aipay/", "names a reserved host"],
    ["https://PAY.EXAMPLE.NET./aipay/", "names a reserved host"],
    ["https://aipay.invalid/", "names a reserved host"],
    ["https://aipay.test/", "names a reserved host"],
    ["https://pay.example/", "names a reserved host"],
    ["https://printer.local/aipay/", "names a reserved host"],
    ["https://dev.localhost/aipay/", "is a placeholder or local address"],
  ])("%s is refused: %s", (url, problem) => {
    expect(addinUrlProblem(url)).toContain(problem);
  });

  test("names like the reserved ones, but not them, are real hosts", () => {
    for (const url of ["https://myexample.com/", "https://example.com.acme.co.uk/", "https://latest.dev/"])
      expect([url, addinUrlProblem(url)]).toEqual([url, undefined]);
  });
});

describe("a test build's address (--env test)", () => {
  test("may name a reserved host, as https://aipay.invalid/ does", () => {
    for (const url of ["https://aipay.invalid/", "https://pay.example.org/aipay/", "https://aipay.test/"])
      expect([url, addinUrlProblem(url, { test: true })]).toEqual([url, undefined]);
  });

  test("must meet every other rule", () => {
    expect(addinUrlProblem("http://aipay.invalid/", { test: true })).toMatch(/https/);
    expect(addinUrlProblem("https://u:p@aipay.invalid/", { test: true })).toMatch(/user name or password/);
    expect(addinUrlProblem("https://aipay.invalid/?q", { test: true })).toMatch(/no query/);
    expect(addinUrlProblem("https://localhost/", { test: true })).toMatch(/local address/);
  });
});
