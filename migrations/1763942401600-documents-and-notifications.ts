import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and notifications. A document is a rendered notice (a demand notice, reminder or final
 * notice) kept as the bytes sent: one per notice or recovery stage, never changed, so what a
 * ratepayer was sent can always be shown again and matched by its SHA-256. The bytes live apart, in
 * document_contents, keyed by that SHA-256: insert-only and not row-audited, so the audit trail
 * does not hold a second copy of every PDF; the audited documents row that names the hash is the
 * evidence of the insert (ADR 0019). A notification is one attempt to send a notice, by email or
 * letter, through GOV.UK Notify or the local sink: recorded as sending before the provider is asked,
 * then settled with its id or its refusal, then updated by the provider's delivery receipts.
 */
export class DocumentsAndNotifications1763942401600 implements MigrationInterface {
  name = 'DocumentsAndNotifications1763942401600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table document_contents (
        council_id uuid not null references councils (council_id),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text not null check (media_type = 'application/pdf'),
        content bytea not null,
        size_bytes integer not null check (size_bytes > 0),
        created_at timestamptz not null default now(),
        constraint document_contents_pkey primary key (council_id, sha256),
        -- The key is the content's own hash, so a row cannot claim bytes it does not hold.
        constraint document_contents_key_is_hash check (sha256 = encode(sha256(content), 'hex')),
        constraint document_contents_size_is_content check (size_bytes = octet_length(content))
      );

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
        constraint documents_content_fkey foreign key (council_id, sha256) references document_contents (council_id, sha256),
        -- A demand notice renders a bill; a reminder or final notice a recovery stage.
        constraint documents_source_matches_kind check (
          (kind = 'demand-notice' and bill_id is not null and bill_number is not null and recovery_stage_id is null)
          or (kind <> 'demand-notice' and bill_id is null and bill_number is null and recovery_stage_id is not null))
      );
      create index documents_by_account on documents (council_id, account_reference, created_at);

      create table notifications (
        council_id uuid not null references councils (council_id),
        notification_id uuid not null,
        account_id uuid not null,
        account_reference text not null check (account_reference ~ '^[0-9]{9}$'),
        notice_kind text not null check (notice_kind in ('demand-notice', 'reminder', 'final-notice')),
        bill_id uuid,
        bill_number bigint check (bill_number > 0),
        recovery_stage_id uuid,
        -- The client's Idempotency-Key: a send repeated with it returns this notification, not another.
        idempotency_key text check (char_length(idempotency_key) between 1 and 200),
        channel text not null check (channel in ('email', 'letter')),
        provider text not null check (provider in ('govuk-notify', 'local-sink')),
        recipient text not null check (char_length(recipient) between 1 and 320),
        template_id text check (char_length(template_id) between 1 and 200),
        personalisation jsonb check (jsonb_typeof(personalisation) = 'object'),
        document_id uuid,
        status text not null check (status in ('sending', 'accepted', 'failed')),
        provider_notification_id text check (char_length(provider_notification_id) between 1 and 200),
        failure text check (char_length(failure) between 1 and 2000),
        -- What the provider's delivery receipts last said, in its words and with its times.
        delivery_status text check (delivery_status in ('created', 'sending', 'pending', 'delivered', 'permanent-failure', 'temporary-failure',
          'technical-failure', 'accepted', 'received', 'cancelled', 'pending-virus-check', 'virus-scan-failed', 'validation-failed')),
        provider_created_at timestamptz,
        sent_at timestamptz,
        completed_at timestamptz,
        receipt_at timestamptz,
        created_at timestamptz not null default now(),
        created_by text not null check (char_length(created_by) between 1 and 200),
        updated_at timestamptz not null default now(),
        constraint notifications_pkey primary key (council_id, notification_id),
        constraint notifications_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint notifications_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id),
        constraint notifications_document_fkey foreign key (council_id, document_id) references documents (council_id, document_id),
        constraint notifications_recovery_stage_fkey foreign key (council_id, recovery_stage_id) references recovery_stages (council_id, recovery_stage_id),
        constraint notifications_idempotency_key unique (council_id, idempotency_key),
        constraint notifications_provider_id_key unique (council_id, provider, provider_notification_id),
        -- A demand notice is sent for a bill; a reminder or final notice for a recovery stage.
        constraint notifications_source_matches_kind check (
          (notice_kind = 'demand-notice' and bill_id is not null and bill_number is not null and recovery_stage_id is null)
          or (notice_kind <> 'demand-notice' and bill_id is null and bill_number is null and recovery_stage_id is not null)),
        constraint notifications_receipt_after_acceptance check (delivery_status is null or (status = 'accepted' and receipt_at is not null)),
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

      -- The bearer token GOV.UK Notify sends with a council's delivery receipts, set by a revenues
      -- manager: only its SHA-256 is kept, so it is never shown again, not even in the audit trail.
      create table notify_callback_tokens (
        council_id uuid not null references councils (council_id),
        token_sha256 text not null check (token_sha256 ~ '^[0-9a-f]{64}$'),
        set_at timestamptz not null default now(),
        set_by text not null check (char_length(set_by) between 1 and 200),
        constraint notify_callback_tokens_pkey primary key (council_id)
      );

      -- Content-addressed bytes: isolated, insert-only, and not row-audited (the documents row that
      -- names the hash is audited), so the trail does not hold a copy of each PDF.
      select app_isolate_council_table('document_contents');
      select app_isolate_council_table('documents'); select app_audit_table('documents');
      select app_isolate_council_table('notifications'); select app_audit_table('notifications');
      -- A document is never changed or removed once stored.
      select app_isolate_council_table('notify_callback_tokens'); select app_audit_table('notify_callback_tokens');
      grant select, insert on document_contents to revenues_app;
      grant select, insert on documents to revenues_app;
      grant select, insert on notifications to revenues_app;
      grant update (status, provider_notification_id, failure, delivery_status, provider_created_at, sent_at, completed_at, receipt_at, updated_at)
        on notifications to revenues_app;
      grant select, insert, update on notify_callback_tokens to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table notify_callback_tokens; drop table notifications; drop table documents; drop table document_contents;`);
  }
}
