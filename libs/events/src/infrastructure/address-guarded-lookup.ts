import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { whyAddressRefused } from '../domain/endpoint-address.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls connections that resolves the host and refuses, before any byte is sent,
 * when an address it resolves to may not be sent to. Checked on the very lookup the connection
 * uses, so a name that resolved to a public address when the subscription was made and to an
 * internal one now (DNS rebinding) is refused.
 */
export function addressGuardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((each) => whyAddressRefused(each.address, allowLoopback) !== null);
      if (refused) {
        const reason = `refused: ${hostname} resolves to ${refused.address}, ${whyAddressRefused(refused.address, allowLoopback)}`;
        return callback(Object.assign(new Error(reason), { code: 'EADDRNOTPERMITTED' }), []);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
