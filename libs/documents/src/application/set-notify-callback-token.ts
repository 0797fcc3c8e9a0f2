import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { MAX_CALLBACK_TOKEN_LENGTH, MIN_CALLBACK_TOKEN_LENGTH, sha256Hex } from '../domain/callback-token.js';
import { CallbackTokenStore } from './callback-token-store.port.js';
import { MAY_MANAGE_NOTIFY } from './permissions.js';

/** When the token was set and by whom: the token itself is never given back. */
export interface CallbackTokenSet {
  readonly setAt: string;
  readonly setBy: string;
}

/**
 * Sets the bearer token GOV.UK Notify sends with this council's delivery receipts (the "callback
 * bearer token" in the Notify service's settings). Only its SHA-256 is stored.
 */
export class SetNotifyCallbackTokenCommand {
  constructor(
    readonly actor: Actor,
    readonly token: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(SetNotifyCallbackTokenCommand)
export class SetNotifyCallbackTokenHandler implements ICommandHandler<SetNotifyCallbackTokenCommand> {
  constructor(private readonly tokens: CallbackTokenStore) {}

  async execute({ actor, token, reason }: SetNotifyCallbackTokenCommand): Promise<CallbackTokenSet> {
    requireAnyRole(actor, MAY_MANAGE_NOTIFY, 'setting the GOV.UK Notify callback token');
    const councilId = requireCouncil(actor);
    if (typeof token !== 'string' || token.length < MIN_CALLBACK_TOKEN_LENGTH || token.length > MAX_CALLBACK_TOKEN_LENGTH || /\s/.test(token)) {
      throw new InvalidInputError('token', `must be ${MIN_CALLBACK_TOKEN_LENGTH} to ${MAX_CALLBACK_TOKEN_LENGTH} characters without spaces (GOV.UK Notify needs at least ${MIN_CALLBACK_TOKEN_LENGTH})`);
    }
    const { setAt, setBy } = await this.tokens.set(actor, councilId, sha256Hex(token), reason ?? 'GOV.UK Notify callback token set');
    return { setAt, setBy };
  }
}
