import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkNotificationTolerance } from '../domain/govuk-pay-notification.js';
import { MAY_SET_SIGNING_SECRETS } from './permissions.js';
import { PaymentsInStore, SecretSealer, type PaymentProvider, type SigningSecretRecord } from './payments-in-store.port.js';

/**
 * Sets (or replaces) the secret a payment provider signs this council's notifications with (never
 * read back), and how old a notification may be; without a tolerance, the one set before is kept.
 */
export class SetSigningSecretCommand {
  constructor(
    readonly actor: Actor,
    readonly provider: PaymentProvider,
    readonly secret: string,
    readonly reason?: string,
    readonly toleranceSeconds?: number,
  ) {}
}

@CommandHandler(SetSigningSecretCommand)
export class SetSigningSecretHandler implements ICommandHandler<SetSigningSecretCommand> {
  constructor(
    private readonly store: PaymentsInStore,
    private readonly sealer: SecretSealer,
  ) {}

  execute({ actor, provider, secret, reason, toleranceSeconds }: SetSigningSecretCommand): Promise<SigningSecretRecord> {
    requireAnyRole(actor, MAY_SET_SIGNING_SECRETS, 'setting a payment signing secret');
    const councilId = requireCouncil(actor);
    if (typeof secret !== 'string' || !/^[\x21-\x7e]{16,500}$/.test(secret)) {
      throw new InvalidInputError('secret', 'must be the signing secret the provider gave: 16 to 500 printable characters, no spaces');
    }
    if (reason !== undefined && (reason.length < 1 || reason.length > 500)) throw new InvalidInputError('reason', 'must be 1 to 500 characters');
    const tolerance = toleranceSeconds === undefined || toleranceSeconds === null ? null : checkNotificationTolerance(toleranceSeconds);
    return this.store.setSigningSecret(actor, councilId, provider, this.sealer.seal(secret), tolerance, reason ?? `${provider} signing secret set`);
  }
}
