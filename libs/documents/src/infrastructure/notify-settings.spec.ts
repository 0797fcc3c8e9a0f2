import { describe, expect, it } from '@jest/globals';
import { GOVUK_NOTIFY_BASE_URL, readNotifyCallbackTokens, readNotifySettings } from './notify-settings.js';

const SERVICE = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const RECOVERY = '0a8f1b32-7c41-4e0f-9d2c-5b6e7f8a9b0c';

describe('GOV.UK Notify settings', () => {
  it('no key: null, so notices go to the local sink', () => {
    expect(readNotifySettings({})).toBeNull();
    expect(readNotifySettings({ NOTIFY_API_KEY: '  ' })).toBeNull();
  });

  it('splits {key_name}-{service_id}-{secret_key}, a key name with dashes included', () => {
    const settings = readNotifySettings({ NOTIFY_API_KEY: `rates-live-key-${SERVICE}-${SECRET}`, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: TEMPLATE, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: RECOVERY });
    expect(settings).toMatchObject({ keyName: 'rates-live-key', serviceId: SERVICE, secretKey: SECRET, baseUrl: GOVUK_NOTIFY_BASE_URL, noticeEmailTemplateId: TEMPLATE, recoveryEmailTemplateId: RECOVERY });
  });

  it('takes another base URL, without a trailing slash', () => {
    const settings = readNotifySettings({ NOTIFY_API_KEY: `k-${SERVICE}-${SECRET}`, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: TEMPLATE, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: RECOVERY, NOTIFY_BASE_URL: 'http://127.0.0.1:9999/' });
    expect(settings?.baseUrl).toBe('http://127.0.0.1:9999');
  });

  it('stops start-up naming the variable when a key, template or URL is wrong', () => {
    expect(() => readNotifySettings({ NOTIFY_API_KEY: `k-${SERVICE}`, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: TEMPLATE, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: RECOVERY })).toThrow(/NOTIFY_API_KEY/);
    expect(() => readNotifySettings({ NOTIFY_API_KEY: `k-${SERVICE}-${SECRET}` })).toThrow(/NOTIFY_NOTICE_EMAIL_TEMPLATE_ID/);
    expect(() => readNotifySettings({ NOTIFY_API_KEY: `k-${SERVICE}-${SECRET}`, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: TEMPLATE })).toThrow(/NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID/);
    expect(() => readNotifySettings({ NOTIFY_API_KEY: `k-${SERVICE}-${SECRET}`, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: TEMPLATE, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: RECOVERY, NOTIFY_BASE_URL: 'ftp://x' })).toThrow(/NOTIFY_BASE_URL/);
  });

  it('reads callback tokens by council code, and stops start-up on a malformed or short one', () => {
    expect(readNotifyCallbackTokens({}).size).toBe(0);
    expect([...readNotifyCallbackTokens({ NOTIFY_CALLBACK_TOKENS: '{"alpha":"a-long-callback-token"}' })]).toEqual([['alpha', 'a-long-callback-token']]);
    expect(() => readNotifyCallbackTokens({ NOTIFY_CALLBACK_TOKENS: 'alpha=token' })).toThrow(/NOTIFY_CALLBACK_TOKENS/);
    expect(() => readNotifyCallbackTokens({ NOTIFY_CALLBACK_TOKENS: '{"alpha":"short"}' })).toThrow(/NOTIFY_CALLBACK_TOKENS/);
  });
});
