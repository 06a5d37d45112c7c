/**
 * The address a production build is served from (AIPAY_URL), checked before anything is
 * built: both manifests, every help link and the unified manifest's developer links are
 * written with it, so a wrong one ships everywhere at once.
 */
"use strict";

/** Names that can never be a real host users reach (RFC 2606, RFC 6761, RFC 6762). */
const reservedDomains = ["example.com", "example.net", "example.org", "example", "invalid", "test", "local"];
/** Microsoft's sample company, and this machine by name. */
const placeholderDomains = ["contoso.com", "localhost"];
/** Addresses that are this machine or no machine: loopback and unspecified, IPv4 and IPv6. */
const localAddress = /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/;

const within = (host, domain) => host === domain || host.endsWith(`.${domain}`);

/**
 * Why `text` cannot be the add-in's address, or undefined if it can. It must be an https
 * URL ending in '/', with no user name or password, query or fragment, on a host users can
 * reach. A test build (`test`) may name a reserved host, and only a test build.
 */
function addinUrlProblem(text, { test = false } = {}) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "is not a URL";
  }
  if (url.username || url.password)
    return "must not carry a user name or password: they would be written into both manifests";
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    return "must have no query (?) or fragment (#)";
  if (url.protocol !== "https:" || !text.endsWith("/")) return "must be an https address ending in '/'";
  return hostProblem(url.hostname, { test });
}

/** Why users cannot reach `host`, or undefined if they can; a test build may name a reserved host. */
function hostProblem(hostname, { test = false } = {}) {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (placeholderDomains.some((domain) => within(host, domain)) || localAddress.test(host))
    return "is a placeholder or local address, not a host users can reach";
  if (!test && reservedDomains.some((domain) => within(host, domain)))
    return "names a reserved host that can never be reached (only a test build, --env test, may)";
  return undefined;
}

module.exports = { addinUrlProblem, hostProblem };
