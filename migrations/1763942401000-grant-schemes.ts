import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grant schemes (one-off local payments, such as business grants and hardship payments): the
 * applications, each assessed by the council's scheme plugin and triaged, and the payment runs
 * that pay the approved ones. The schemes themselves live in the council's policy plugins, so no
 * table describes them: an application names its scheme as `pluginId:key`.
 *
 * The service may record an application and then change only its status, officer decision and
 * payment run: the applicant's details, the bank account and the assessment never change.
 */
export class GrantSchemes1763942401000 implements MigrationInterface {
  name = 'GrantSchemes1763942401000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table grant_payment_runs (
        council_id uuid not null references councils (council_id),
        grant_payment_run_id uuid not null,
        scheme_id text not null check (char_length(scheme_id) between 3 and 200),
        run_on date not null,
        application_count integer not null check (application_count > 0),
        total_pence bigint not null check (total_pence >= 0),
        created_at timestamptz not null default now(),
        constraint grant_payment_runs_pkey primary key (council_id, grant_payment_run_id)
      );

      create table grant_applications (
        council_id uuid not null references councils (council_id),
        grant_application_id uuid not null,
        reference text not null check (reference ~ '^GA-[0-9]{8}$'),
        scheme_id text not null check (char_length(scheme_id) between 3 and 200),
        -- Nine digits with a good check digit (checked by the service), though perhaps no account's.
        quoted_account_reference text not null check (quoted_account_reference ~ '^[0-9]{9}$'),
        -- The account the quoted reference named when the application was made, if any.
        account_id uuid,
        applicant_name text not null check (char_length(applicant_name) between 1 and 200),
        payee_sort_code text not null check (payee_sort_code ~ '^[0-9]{6}$'),
        payee_account_number text not null check (payee_account_number ~ '^[0-9]{8}$'),
        applied_on date not null,
        eligible boolean not null,
        amount_pence bigint not null check (amount_pence >= 0),
        risk text not null check (risk in ('green', 'amber', 'red')),
        reasons jsonb not null check (jsonb_typeof(reasons) = 'array'),
        status text not null check (status in ('rejected', 'awaiting-officer', 'approved', 'paid')),
        officer_decision text check (officer_decision in ('approved', 'rejected')),
        decided_by text check (char_length(decided_by) between 1 and 200),
        decided_on date,
        decision_reason text check (char_length(decision_reason) between 1 and 500),
        grant_payment_run_id uuid,
        idempotency_key text check (char_length(idempotency_key) between 1 and 200),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint grant_applications_pkey primary key (council_id, grant_application_id),
        constraint grant_applications_reference_key unique (council_id, reference),
        constraint grant_applications_idempotency_key_key unique (council_id, idempotency_key),
        constraint grant_applications_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint grant_applications_run_fkey foreign key (council_id, grant_payment_run_id) references grant_payment_runs (council_id, grant_payment_run_id),
        -- The scheme's amount: something when eligible, nothing when not.
        constraint grant_applications_amount_if_eligible check (eligible = (amount_pence > 0)),
        -- Only an eligible application can wait for an officer, be approved or be paid.
        constraint grant_applications_only_eligible_go_on check (eligible or status = 'rejected'),
        -- A paid application is in a run, and only a paid one.
        constraint grant_applications_paid_has_run check ((status = 'paid') = (grant_payment_run_id is not null)),
        -- An officer's decision is whole: what, who, when and why.
        constraint grant_applications_decision_whole check (
          (officer_decision is null and decided_by is null and decided_on is null and decision_reason is null)
          or (officer_decision is not null and decided_by is not null and decided_on is not null and decision_reason is not null)),
        constraint grant_applications_awaiting_undecided check (status <> 'awaiting-officer' or officer_decision is null)
      );
      create index grant_applications_by_scheme on grant_applications (council_id, scheme_id, status);
      create index grant_applications_by_account on grant_applications (council_id, account_id);
      create index grant_applications_by_payee on grant_applications (council_id, payee_sort_code, payee_account_number);
      create index grant_applications_by_run on grant_applications (council_id, grant_payment_run_id);

      select app_isolate_council_table('grant_payment_runs'); select app_audit_table('grant_payment_runs');
      select app_isolate_council_table('grant_applications'); select app_audit_table('grant_applications');
      grant select, insert on grant_payment_runs to revenues_app;
      grant select, insert on grant_applications to revenues_app;
      grant update (status, officer_decision, decided_by, decided_on, decision_reason, grant_payment_run_id, updated_at) on grant_applications to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table grant_applications; drop table grant_payment_runs;`);
  }
}
