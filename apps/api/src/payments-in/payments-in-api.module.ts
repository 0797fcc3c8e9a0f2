import { Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { GovUkPayHttpController } from './govuk-pay.http.controller.js';
import { integrationRateLimits } from './integration-rate-limit.js';
import { PaymentImportsHttpController } from './payment-imports.http.controller.js';
import { PaymentsInResolver } from './payments-in.resolver.js';

const RATE_LIMIT_PER_MINUTE = Symbol('integration rate limit per minute');

/** The GraphQL and REST adapters for payments in: GOV.UK Pay notifications, payment file imports, the account-holder export. */
@Module({ controllers: [GovUkPayHttpController, PaymentImportsHttpController], providers: [PaymentsInResolver] })
export class PaymentsInApiModule implements NestModule {
  constructor(@Inject(RATE_LIMIT_PER_MINUTE) private readonly perCouncilPerMinute: number) {}

  /** With the limit on the public integration routes: requests a minute, per client address and council code. */
  static withRateLimit(perCouncilPerMinute: number): DynamicModule {
    return { module: PaymentsInApiModule, providers: [{ provide: RATE_LIMIT_PER_MINUTE, useValue: perCouncilPerMinute }] };
  }

  /** Only the public (unauthenticated) routes are limited: a bearer token already identifies and bounds everyone else. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(...integrationRateLimits(this.perCouncilPerMinute)).forRoutes({ path: 'v1/integrations/:councilCode/govuk-pay/webhooks', method: RequestMethod.POST });
  }
}
