import { InvalidInputError } from '../../../kernel/src/index.js';
import { hostIpLiteral, whyAddressRefused } from '../domain/endpoint-address.js';

/** Where webhooks may go: public addresses, and loopback too when `allowLoopback` (WEBHOOK_ALLOW_LOOPBACK; demo and tests). */
export class EndpointPolicy {
  constructor(readonly allowLoopback: boolean) {}
}

/** The addresses a host name resolves to now; null when it cannot be found. */
export abstract class HostResolver {
  abstract addresses(hostname: string): Promise<string[] | null>;
}

/**
 * Refuses an endpoint whose host is, or resolves to, an address webhooks may not go to, naming it.
 * A host that cannot be found yet is let through (a receiver may be set up after its subscription):
 * the sender checks the addresses it actually connects to at every delivery, which also defeats a
 * name that resolves elsewhere later (DNS rebinding).
 */
export async function checkEndpointAddresses(endpointUrl: string, resolver: HostResolver, policy: EndpointPolicy, field = 'endpointUrl'): Promise<void> {
  const { hostname } = new URL(endpointUrl);
  const literal = hostIpLiteral(hostname);
  const addresses = literal ? [literal] : (await resolver.addresses(hostname)) ?? [];
  for (const address of addresses) {
    const refused = whyAddressRefused(address, policy.allowLoopback);
    if (refused) throw new InvalidInputError(field, `${literal ? `${address} is` : `its host ${hostname} resolves to ${address},`} ${refused}: webhooks are sent only to public addresses`);
  }
}
