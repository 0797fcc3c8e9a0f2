import { Injectable } from '@nestjs/common';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { CallbackTokenStore, type StoredCallbackToken } from '../application/callback-token-store.port.js';

function toStored(row: { token_sha256: string; set_at: Date; set_by: string }): StoredCallbackToken {
  return { tokenSha256: row.token_sha256, setAt: row.set_at.toISOString(), setBy: row.set_by };
}

@Injectable()
export class TypeOrmCallbackTokenStore extends CallbackTokenStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  find(actor: Actor, councilId: string): Promise<StoredCallbackToken | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select token_sha256, set_at, set_by from notify_callback_tokens where council_id = $1`, [councilId]);
      return row ? toStored(row) : null;
    });
  }

  set(actor: Actor, councilId: string, tokenSha256: string, reason: string): Promise<StoredCallbackToken> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `insert into notify_callback_tokens (council_id, token_sha256, set_by) values ($1, $2, $3)
         on conflict (council_id) do update set token_sha256 = excluded.token_sha256, set_at = now(), set_by = excluded.set_by
         returning token_sha256, set_at, set_by`,
        [councilId, tokenSha256, actor.subject],
      );
      return toStored(row);
    }, reason);
  }
}
