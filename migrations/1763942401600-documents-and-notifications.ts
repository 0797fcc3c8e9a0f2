import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and notifications. A document is a rendered notice (a demand notice, reminder or final
 * notice) kept as the bytes sent: one per notice or recovery stage, never changed, so what a
 * ratepayer was sent can always be shown again and matched by its SHA-256. A notification is one
 * attempt to send a notice, by email or letter, through GOV.UK Notify or the local sink: recorded as
 * sending before the provider is asked, then settled with its id or its refusal.
 */
export class DocumentsAndNotifications1763942401600 implements MigrationInterface {
  name = 'DocumentsAndNotifications1763942401600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table documents (
        council_id uuid not null references councils (council_id),
        document_id uuid not null,
        kind text not null check (kind in ('demand-notice', 'reminder', 'final-notice')),
        account_id uuid not null,
        account_reference text not null check (account_reference ~ '^[0-9]{9}$'),
        bill_id uuid,
        bill_number bigint check (bill_number > 0),
        recovery_stage_id uuid,
        media_type text not null check (media_type = 'application/pdf'),
        content bytea not null,
        size_bytes integer not null check (size_bytes > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        template_version text not null check (char_length(template_version) between 1 and 100),
        created_at timestamptz not null default now(),
        created_by text not null check (char_length(created_by) between 1 and 200),
        constraint documents_pkey primary key (council_id, document_id),
        -- One document per notice and per recovery stage: generating again returns the stored one.
        constraint documents_bill_key unique (council_id, bill_id),
        constraint documents_recovery_stage_key unique (council_id, recovery_stage_id),
        constraint documents_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint documents_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id),
        constraint documents_recovery_stage_fkey foreign key (council_id, recovery_stage_id) references recovery_stages (council_id, recovery_stage_id),
        -- A demand notice renders a bill; a reminder or final notice a recovery stage.
        constraint documents_source_matches_kind check (
          (kind = 'demand-notice' and bill_id is not null and bill_number is not null and recovery_stage_id is null)
          or (kind <> 'demand-notice' and bill_id is null and bill_number is null and recovery_stage_id is not null)),
        constraint documents_size_is_content check (size_bytes = octet_length(content))
      );
      create index documents_by_account on documents (council_id, account_reference, created_at);

      create table notifications (
        council_id uuid not null references councils (council_id),
        notification_id uuid not null,
        account_id uuid not null,
        account_reference text not null check (account_reference ~ '^[0-9]{9}$'),
        bill_id uuid not null,
        bill_number bigint not null check (bill_number > 0),
        channel text not null check (channel in ('email', 'letter')),
        provider text not null check (provider in ('govuk-notify', 'local-sink')),
        recipient text not null check (char_length(recipient) between 1 and 320),
        template_id text check (char_length(template_id) between 1 and 200),
        personalisation jsonb check (jsonb_typeof(personalisation) = 'object'),
        document_id uuid,
        status text not null check (status in ('sending', 'accepted', 'failed')),
        provider_notification_id text check (char_length(provider_notification_id) between 1 and 200),
        failure text check (char_length(failure) between 1 and 2000),
        created_at timestamptz not null default now(),
        created_by text not null check (char_length(created_by) between 1 and 200),
        updated_at timestamptz not null default now(),
        constraint notifications_pkey primary key (council_id, notification_id),
        constraint notifications_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint notifications_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id),
        constraint notifications_document_fkey foreign key (council_id, document_id) references documents (council_id, document_id),
        -- An email is a template with personalisation; a letter is a stored PDF.
        constraint notifications_channel_content check (
          (channel = 'email' and template_id is not null and personalisation is not null and document_id is null)
          or (channel = 'letter' and template_id is null and personalisation is null and document_id is not null)),
        constraint notifications_outcome_whole check (
          (status = 'sending' and provider_notification_id is null and failure is null)
          or (status = 'accepted' and provider_notification_id is not null and failure is null)
          or (status = 'failed' and provider_notification_id is null and failure is not null))
      );
      create index notifications_by_account on notifications (council_id, account_reference, created_at);

      select app_isolate_council_table('documents'); select app_audit_table('documents');
      select app_isolate_council_table('notifications'); select app_audit_table('notifications');
      -- A document is never changed or removed once stored.
      grant select, insert on documents to revenues_app;
      grant select, insert on notifications to revenues_app;
      grant update (status, provider_notification_id, failure, updated_at) on notifications to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table notifications; drop table documents;`);
  }
}
