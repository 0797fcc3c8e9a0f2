/** How notices are sent: through GOV.UK Notify when an API key is set, else to the local sink. */
export interface NotifySettings {
  readonly keyName: string;
  readonly serviceId: string;
  readonly secretKey: string;
  readonly baseUrl: string;
  /** The Notify email template a notice is sent with. */
  readonly noticeEmailTemplateId: string;
  /** How long to wait for Notify before the notification is recorded as failed. */
  readonly timeoutMs: number;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `{key_name}-{service_id}-{secret_key}`: the key name may itself contain dashes; the two UUIDs end it. */
const API_KEY = new RegExp(`^(.+)-(${UUID})-(${UUID})$`, 'i');
export const GOVUK_NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

/**
 * Reads NOTIFY_API_KEY, NOTIFY_BASE_URL and NOTIFY_NOTICE_EMAIL_TEMPLATE_ID. No key: null, and
 * notices go to the local sink. A malformed key or a key without a template stops start-up naming
 * the variable, rather than failing on the first notice.
 */
export function readNotifySettings(env: NodeJS.ProcessEnv): NotifySettings | null {
  const apiKey = env.NOTIFY_API_KEY?.trim();
  if (!apiKey) return null;
  const match = API_KEY.exec(apiKey);
  if (!match) throw new Error('NOTIFY_API_KEY must be a GOV.UK Notify API key: {key_name}-{service_id}-{secret_key}, ending in two UUIDs');
  const noticeEmailTemplateId = env.NOTIFY_NOTICE_EMAIL_TEMPLATE_ID?.trim();
  if (!noticeEmailTemplateId || !new RegExp(`^${UUID}$`, 'i').test(noticeEmailTemplateId)) {
    throw new Error('NOTIFY_NOTICE_EMAIL_TEMPLATE_ID must be the id (a UUID) of the Notify email template for notices when NOTIFY_API_KEY is set');
  }
  const baseUrl = (env.NOTIFY_BASE_URL?.trim() || GOVUK_NOTIFY_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new Error('NOTIFY_BASE_URL must be an http(s) URL');
  return { keyName: match[1], serviceId: match[2], secretKey: match[3], baseUrl, noticeEmailTemplateId, timeoutMs: 10_000 };
}
