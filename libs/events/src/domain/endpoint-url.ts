import { InvalidInputError } from '../../../kernel/src/index.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A subscription's endpoint: an absolute https URL, whose credentials, if any, would be sent with
 * every delivery, so none are allowed. Plain http only to this machine (a local receiver in
 * development and tests): events carry account references, which do not cross networks unencrypted.
 */
export function checkEndpointUrl(raw: string, field = 'endpointUrl'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidInputError(field, 'must be an absolute URL, such as https://crm.example.gov.uk/hooks/rates');
  }
  if (raw.length > 2000) throw new InvalidInputError(field, 'must be at most 2000 characters');
  if (url.username || url.password) throw new InvalidInputError(field, 'must not carry a user name or password');
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.toString();
  throw new InvalidInputError(field, 'must be https (plain http only to localhost)');
}
