/** How a notification reaches the ratepayer. */
export type NotificationChannel = 'email' | 'letter';
/** Which sender took it: GOV.UK Notify, or the local sink used for demos and tests. */
export type NotificationProvider = 'govuk-notify' | 'local-sink';
/** Sending: recorded, provider not yet answered. Accepted: the provider took it. Failed: the provider refused it or could not be reached. */
export type NotificationStatus = 'sending' | 'accepted' | 'failed';

export interface NotificationRecord {
  /** Also the reference sent to the provider, which it returns in its callbacks and lists. */
  readonly notificationId: string;
  readonly accountReference: string;
  readonly billNumber: number;
  readonly channel: NotificationChannel;
  readonly provider: NotificationProvider;
  /** The email address, or for a letter the addressee's name and postcode (the address is printed in the PDF). */
  readonly recipient: string;
  readonly templateId: string | null;
  readonly personalisation: Readonly<Record<string, string>> | null;
  /** The letter's PDF, as stored. */
  readonly documentId: string | null;
  readonly status: NotificationStatus;
  readonly providerNotificationId: string | null;
  /** Why it failed, in the provider's words. */
  readonly failure: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}
