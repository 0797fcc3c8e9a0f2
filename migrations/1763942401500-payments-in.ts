import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments in from other systems: each council's signing secret for card payment notifications
 * (kept sealed: the audit trail records only the sealed value and its fingerprint), every
 * notification received with what became of it, and every payment file imported with its totals.
 *
 * A notification is recorded once and never changed. An import is recorded when it starts and
 * counts its lines as they are posted, each count in the transaction that posts the line, so an
 * import stopped half-way is finished by importing the same file again.
 */
export class PaymentsIn1763942401500 implements MigrationInterface {
  name = 'PaymentsIn1763942401500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table payment_signing_secrets (
        council_id uuid not null references councils (council_id),
        provider text not null check (provider in ('govuk-pay')),
        -- AES-256-GCM: iv, tag and ciphertext, base64. The service alone holds the key.
        sealed_secret text not null check (char_length(sealed_secret) between 20 and 1000),
        -- The first 12 hex digits of the secret's SHA-256: tells two secrets apart without revealing either.
        fingerprint text not null check (fingerprint ~ '^[0-9a-f]{12}$'),
        -- How far a notification's created_date may be from our clock: a minute to three days (the service checks the same limits).
        tolerance_seconds integer not null default 900 check (tolerance_seconds between 60 and 259200),
        set_by text not null check (char_length(set_by) between 1 and 200),
        set_at timestamptz not null default now(),
        constraint payment_signing_secrets_pkey primary key (council_id, provider)
      );

      create table payment_notifications (
        council_id uuid not null references councils (council_id),
        payment_notification_id uuid not null,
        provider text not null check (provider in ('govuk-pay')),
        received_at timestamptz not null default now(),
        outcome text not null check (outcome in ('posted', 'held-in-suspense', 'already-posted', 'ignored', 'rejected')),
        reason text not null check (char_length(reason) between 1 and 500),
        body_sha256 text not null check (body_sha256 ~ '^[0-9a-f]{64}$'),
        event_type text check (char_length(event_type) <= 100),
        provider_payment_id text check (char_length(provider_payment_id) <= 100),
        account_reference text check (char_length(account_reference) <= 100),
        amount_pence bigint check (amount_pence > 0),
        payment_id uuid,
        constraint payment_notifications_pkey primary key (council_id, payment_notification_id),
        constraint payment_notifications_payment_fkey foreign key (council_id, payment_id) references payments (council_id, payment_id),
        constraint payment_notifications_posted_have_payment check ((outcome in ('posted', 'held-in-suspense', 'already-posted')) = (payment_id is not null))
      );
      create index payment_notifications_by_time on payment_notifications (council_id, received_at desc);

      create table payment_imports (
        council_id uuid not null references councils (council_id),
        payment_import_id uuid not null,
        format text not null check (format in ('localgovims', 'bank-statement', 'allpay')),
        file_name text not null check (char_length(file_name) between 1 and 255),
        file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
        line_count integer not null check (line_count > 0),
        total_pence bigint not null check (total_pence > 0),
        lines_done integer not null default 0,
        posted_count integer not null default 0,
        posted_pence bigint not null default 0,
        suspense_count integer not null default 0,
        suspense_pence bigint not null default 0,
        already_posted_count integer not null default 0,
        already_posted_pence bigint not null default 0,
        started_by text not null check (char_length(started_by) between 1 and 200),
        started_at timestamptz not null default now(),
        completed_at timestamptz,
        constraint payment_imports_pkey primary key (council_id, payment_import_id),
        constraint payment_imports_file_key unique (council_id, format, file_sha256),
        constraint payment_imports_lines_add_up check (
          lines_done between 0 and line_count and posted_count + suspense_count + already_posted_count = lines_done),
        constraint payment_imports_complete_when_done check ((completed_at is not null) = (lines_done = line_count)),
        constraint payment_imports_total_reconciles check (completed_at is null or posted_pence + suspense_pence + already_posted_pence = total_pence)
      );
      create index payment_imports_by_time on payment_imports (council_id, started_at desc);

      select app_isolate_council_table('payment_signing_secrets'); select app_audit_table('payment_signing_secrets');
      select app_isolate_council_table('payment_notifications'); select app_audit_table('payment_notifications');
      select app_isolate_council_table('payment_imports'); select app_audit_table('payment_imports');
      grant select, insert on payment_signing_secrets to revenues_app;
      grant update (sealed_secret, fingerprint, tolerance_seconds, set_by, set_at) on payment_signing_secrets to revenues_app;
      grant select, insert on payment_notifications to revenues_app;
      grant select, insert on payment_imports to revenues_app;
      grant update (lines_done, posted_count, posted_pence, suspense_count, suspense_pence, already_posted_count, already_posted_pence, completed_at)
        on payment_imports to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table payment_imports; drop table payment_notifications; drop table payment_signing_secrets;`);
  }
}
