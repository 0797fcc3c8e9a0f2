import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import { connectAsApp } from './database.js';

export interface SeededAccount {
  readonly partyId: string;
  readonly partyName: string;
  readonly accountId: string;
  readonly accountReference: string;
  readonly hereditamentId: string;
  readonly baReference: string;
  readonly liabilityId: string;
}

export interface SeedOptions {
  readonly rateableValue?: number;
  /** The rateable value's effective date (defaults to the start of the 2023 list). */
  readonly valueFrom?: string;
  readonly liableFrom?: string;
  readonly liableTo?: string | null;
  readonly propertyUse?: 'retail' | 'hospitality' | 'leisure' | 'industrial' | 'office' | 'other';
  readonly partyKind?: 'company' | 'individual' | 'charity' | 'club';
  readonly partyName?: string;
  /** Occupied (the default) or empty from this date. */
  readonly emptyFrom?: string;
  /** AB1 2CD unless given. */
  readonly postcode?: string;
}

/**
 * A rated property with a liable ratepayer, written straight into the database as the service's
 * role in the council's context (row-level security and the audit trigger apply). For tests of one
 * area that need register data without driving the register's API.
 */
export async function seedRatedAccount(councilId: string, options: SeedOptions = {}): Promise<SeededAccount> {
  const db = await connectAsApp();
  try {
    await db.query('begin');
    await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'test-seed', true)`, [councilId]);
    const seeded = await insertRatedAccount(db, councilId, options);
    await db.query('commit');
    return seeded;
  } catch (error) {
    await db.query('rollback');
    throw error;
  } finally {
    await db.end();
  }
}

async function insertRatedAccount(db: pg.Client, councilId: string, options: SeedOptions): Promise<SeededAccount> {
  const suffix = randomUUID().slice(0, 8);
  const partyId = randomUUID();
  const accountId = randomUUID();
  const hereditamentId = randomUUID();
  const liabilityId = randomUUID();
  const partyName = options.partyName ?? `Seeded Trading ${suffix} Ltd`;
  const baReference = `SEED${suffix.toUpperCase()}`;
  const { rows: [{ number }] } = await db.query(`select app_next_numbers('account') as number`);
  const accountReference = accountReferenceFor(Number(number));
  await db.query(`insert into parties (council_id, party_id, kind, name) values ($1, $2, $3, $4)`, [
    councilId, partyId, options.partyKind ?? 'company', partyName,
  ]);
  await db.query(`insert into accounts (council_id, account_id, reference, party_id) values ($1, $2, $3, $4)`, [
    councilId, accountId, accountReference, partyId,
  ]);
  await db.query(
    `insert into hereditaments (council_id, hereditament_id, ba_reference, address_line_1, postcode, description, property_use)
     values ($1, $2, $3, '1 Seed Street', $5, 'Shop and premises', $4)`,
    [councilId, hereditamentId, baReference, options.propertyUse ?? 'office', options.postcode ?? 'AB1 2CD'],
  );
  await db.query(`insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value) values ($1, $2, $3, $4)`, [
    councilId, hereditamentId, options.valueFrom ?? '2023-04-01', options.rateableValue ?? 20_000,
  ]);
  const liableFrom = options.liableFrom ?? '2024-04-01';
  await db.query(`insert into occupation_periods (council_id, hereditament_id, starts_on, occupied) values ($1, $2, $3, true)`, [
    councilId, hereditamentId, liableFrom,
  ]);
  if (options.emptyFrom) {
    await db.query(`insert into occupation_periods (council_id, hereditament_id, starts_on, occupied) values ($1, $2, $3, false)`, [
      councilId, hereditamentId, options.emptyFrom,
    ]);
  }
  await db.query(
    `insert into liabilities (council_id, liability_id, account_id, hereditament_id, capacity, starts_on, ends_on)
     values ($1, $2, $3, $4, 'occupier', $5, $6)`,
    [councilId, liabilityId, accountId, hereditamentId, liableFrom, options.liableTo ?? null],
  );
  return { partyId, partyName, accountId, accountReference, hereditamentId, baReference, liabilityId };
}
