import { type DynamicModule, Module } from '@nestjs/common';
import { ImportPaymentFileHandler } from './application/import-payment-file.js';
import { ListAccountHoldersHandler, ListPaymentImportsHandler, ListPaymentNotificationsHandler } from './application/payments-in-queries.js';
import { PaymentsInStore, SecretSealer } from './application/payments-in-store.port.js';
import { ReceiveGovUkPayNotificationHandler } from './application/receive-govuk-pay-notification.js';
import { SetSigningSecretHandler } from './application/set-signing-secret.js';
import { TypeOrmPaymentsInStore } from './infrastructure/typeorm-payments-in-store.js';
import { AesGcmSecretSealer } from '../../secrets/src/index.js';

/**
 * Payments in from other systems, through the core's RecordPaymentCommand: GOV.UK Pay notifications,
 * payment file imports, and the account-holder export income-management systems take payments against.
 */
@Module({})
export class PaymentsInModule {
  /** `secretsKey`: the 32-byte key signing secrets are sealed with (null: secrets cannot be set or checked). */
  static withSecretsKey(secretsKey: Buffer | null): DynamicModule {
    return {
      module: PaymentsInModule,
      providers: [
        { provide: PaymentsInStore, useClass: TypeOrmPaymentsInStore },
        { provide: SecretSealer, useValue: new AesGcmSecretSealer(secretsKey) },
        SetSigningSecretHandler,
        ReceiveGovUkPayNotificationHandler,
        ImportPaymentFileHandler,
        ListPaymentNotificationsHandler,
        ListPaymentImportsHandler,
        ListAccountHoldersHandler,
      ],
    };
  }
}
