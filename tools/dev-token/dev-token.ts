/**
 * Prints a development token signed with the demo-mode key, e.g.
 *   npm run --silent dev-token -- --council demo --roles revenues-manager
 */
import { parseArgs } from 'node:util';
import { loadOrCreateDevSigningKey, readAuthSettings, signDevToken } from '../../libs/identity/src/index.js';
import { isRole } from '../../libs/tenancy/src/index.js';

function fail(message: string): never {
  process.stderr.write(`dev-token: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    council: { type: 'string' },
    roles: { type: 'string' },
    subject: { type: 'string', default: 'dev-user' },
    ttl: { type: 'string', default: '8h' },
  },
});

const settings = readAuthSettings();
if (settings.mode !== 'demo') fail('tokens can only be made in demo mode (AUTH_MODE=demo, NODE_ENV not production)');
const roles = (values.roles ?? '').split(',').map((role) => role.trim()).filter(Boolean);
if (roles.length === 0) fail('--roles is required, e.g. --roles revenues-officer or --roles operator');
const unknown = roles.filter((role) => !isRole(role));
if (unknown.length > 0) fail(`unknown role(s): ${unknown.join(', ')}`);
if (!values.council && !roles.includes('operator')) fail('--council <code> is required for council roles');

const key = await loadOrCreateDevSigningKey(settings.devKeyFile);
const token = await signDevToken(key, {
  subject: values.subject,
  councilCode: values.council,
  roles,
  audience: settings.audience,
  expiresIn: values.ttl,
});
process.stdout.write(`${token}\n`);
