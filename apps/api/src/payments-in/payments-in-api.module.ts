import { Module } from '@nestjs/common';
import { GovUkPayHttpController } from './govuk-pay.http.controller.js';
import { PaymentImportsHttpController } from './payment-imports.http.controller.js';
import { PaymentsInResolver } from './payments-in.resolver.js';

/** The GraphQL and REST adapters for payments in: GOV.UK Pay notifications, payment file imports, the account-holder export. */
@Module({ controllers: [GovUkPayHttpController, PaymentImportsHttpController], providers: [PaymentsInResolver] })
export class PaymentsInApiModule {}
