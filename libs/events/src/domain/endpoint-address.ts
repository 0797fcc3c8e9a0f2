import ipaddr from 'ipaddr.js';

/** What ipaddr.js calls a range, as the error a manager reads says it. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local (where cloud metadata services answer)',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT (where some cloud metadata services answer)',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
};

/**
 * Why a webhook may not be sent to this IP address ("a private address"), or null when it may. Only public unicast
 * addresses are allowed (and loopback when `allowLoopback`, for demo and tests): a delivery to a
 * private, link-local, unique-local or metadata address would let whoever manages subscriptions
 * make the service call into the council's own network. Addresses that wrap an IPv4 one
 * (::ffff:a.b.c.d) are judged by the IPv4 address; other translation and reserved ranges are refused.
 */
export function whyAddressRefused(address: string, allowLoopback: boolean): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const range = ipaddr.process(address).range();
  if (range === 'unicast' || (range === 'loopback' && allowLoopback)) return null;
  return `a ${RANGE_WORDS[range] ?? `reserved (${range})`} address`;
}

/** The IP address a URL's host is written as ([::1] without its brackets), or null when the host is a name. */
export function hostIpLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.IPv6.isValid(bare) || ipaddr.IPv4.isValidFourPartDecimal(bare) ? bare : null;
}
