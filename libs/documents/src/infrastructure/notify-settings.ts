/** How notices are sent: through GOV.UK Notify when an API key is set, else to the local sink. */
export interface NotifySettings {
  readonly keyName: string;
  readonly serviceId: string;
  readonly secretKey: string;
  readonly baseUrl: string;
  /** The Notify email template a notice is sent with. */
  readonly noticeEmailTemplateId: string;
  /** The Notify email template a reminder or final notice is sent with. */
  readonly recoveryEmailTemplateId: string;
  /** How long to wait for Notify before the notification is recorded as failed. */
  readonly timeoutMs: number;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `{key_name}-{service_id}-{secret_key}`: the key name may itself contain dashes; the two UUIDs end it. */
const API_KEY = new RegExp(`^(.+)-(${UUID})-(${UUID})$`, 'i');
export const GOVUK_NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

/**
 * Reads NOTIFY_API_KEY, NOTIFY_BASE_URL, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID and
 * NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID. No key: null, and notices go to the local sink. A malformed key
 * or a key without its templates stops start-up naming the variable, rather than failing on the
 * first notice.
 */
export function readNotifySettings(env: NodeJS.ProcessEnv): NotifySettings | null {
  const apiKey = env.NOTIFY_API_KEY?.trim();
  if (!apiKey) return null;
  const match = API_KEY.exec(apiKey);
  if (!match) throw new Error('NOTIFY_API_KEY must be a GOV.UK Notify API key: {key_name}-{service_id}-{secret_key}, ending in two UUIDs');
  const noticeEmailTemplateId = templateId(env, 'NOTIFY_NOTICE_EMAIL_TEMPLATE_ID', 'notices');
  const recoveryEmailTemplateId = templateId(env, 'NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID', 'reminders and final notices');
  const baseUrl = (env.NOTIFY_BASE_URL?.trim() || GOVUK_NOTIFY_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new Error('NOTIFY_BASE_URL must be an http(s) URL');
  return { keyName: match[1], serviceId: match[2], secretKey: match[3], baseUrl, noticeEmailTemplateId, recoveryEmailTemplateId, timeoutMs: 10_000 };
}

function templateId(env: NodeJS.ProcessEnv, variable: string, sentWith: string): string {
  const id = env[variable]?.trim();
  if (!id || !new RegExp(`^${UUID}$`, 'i').test(id)) throw new Error(`${variable} must be the id (a UUID) of the Notify email template for ${sentWith} when NOTIFY_API_KEY is set`);
  return id;
}

/**
 * Reads NOTIFY_CALLBACK_TOKENS: a JSON object of council code to the bearer token GOV.UK Notify
 * sends with that council's delivery receipts, for councils whose token is set by configuration
 * rather than through the API (a token set through the API takes precedence). Unset: none.
 */
export function readNotifyCallbackTokens(env: NodeJS.ProcessEnv): ReadonlyMap<string, string> {
  const text = env.NOTIFY_CALLBACK_TOKENS?.trim();
  if (!text) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : null;
  if (!entries || entries.some(([, token]) => typeof token !== 'string' || token.length < 10)) {
    throw new Error('NOTIFY_CALLBACK_TOKENS must be a JSON object of council code to callback bearer token (each at least 10 characters)');
  }
  return new Map(entries as Array<[string, string]>);
}
