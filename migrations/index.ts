import { TenancyFoundation1763856000000 } from './1763856000000-tenancy-foundation.js';
import { BusinessRatesAccounts1763942400000 } from './1763942400000-business-rates-accounts.js';
import { RegisterSearch1763942400200 } from './1763942400200-register-search.js';
import { RecoveryPolicies1763942400400 } from './1763942400400-recovery-policies.js';
import { AuditTrailIndex1763942400500 } from './1763942400500-audit-trail-index.js';
import { BillingRunChunks1763942400600 } from './1763942400600-billing-run-chunks.js';
import { PlansKeepArrearsDue1763942400700 } from './1763942400700-plans-keep-arrears-due.js';
import { AuditTrailWithoutCouncilKey1763942400800 } from './1763942400800-audit-trail-without-council-key.js';
import { CouncilPolicyVersions1763942400900 } from './1763942400900-council-policy-versions.js';
import { GrantSchemes1763942401000 } from './1763942401000-grant-schemes.js';
import { RecordedInLockOrder1763942401100 } from './1763942401100-recorded-in-lock-order.js';
import { GrantApplicationsTakenBy1763942401200 } from './1763942401200-grant-applications-taken-by.js';
import { LegacyMigration1763942401300 } from './1763942401300-legacy-migration.js';
import { EventsOutbox1763942401400 } from './1763942401400-events-outbox.js';
import { PaymentsIn1763942401500 } from './1763942401500-payments-in.js';
import { DocumentsAndNotifications1763942401600 } from './1763942401600-documents-and-notifications.js';
import { MigrationReconciliations1763942401700 } from './1763942401700-migration-reconciliations.js';
import { AuditTrailByAccount1763942401800 } from './1763942401800-audit-trail-by-account.js';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const allMigrations = [TenancyFoundation1763856000000, BusinessRatesAccounts1763942400000, RegisterSearch1763942400200, RecoveryPolicies1763942400400, AuditTrailIndex1763942400500, BillingRunChunks1763942400600, PlansKeepArrearsDue1763942400700, AuditTrailWithoutCouncilKey1763942400800, CouncilPolicyVersions1763942400900, GrantSchemes1763942401000, RecordedInLockOrder1763942401100, GrantApplicationsTakenBy1763942401200, LegacyMigration1763942401300, EventsOutbox1763942401400, PaymentsIn1763942401500, DocumentsAndNotifications1763942401600, MigrationReconciliations1763942401700, AuditTrailByAccount1763942401800];
