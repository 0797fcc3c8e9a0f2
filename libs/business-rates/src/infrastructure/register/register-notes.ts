import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../../kernel/src/index.js';
import type { NoteRecord, NoteSubject } from '../../application/register/register-store.port.js';

const NOTE_COLUMNS = `n.note_id, a.reference, n.hereditament_id, n.party_id, n.body, n.written_by, n.written_at`;
const NOTES_WITH_ACCOUNT = `notes n left join accounts a on a.council_id = n.council_id and a.account_id = n.account_id`;

function toNote(row: Record<string, never>): NoteRecord {
  return {
    noteId: row.note_id,
    accountReference: row.reference,
    hereditamentId: row.hereditament_id,
    partyId: row.party_id,
    body: row.body,
    writtenBy: row.written_by,
    writtenAt: (row.written_at as Date).toISOString(),
  };
}

/** The account, hereditament and party columns of a note: the subject's id in its column, null in the others. */
async function subjectColumns(db: EntityManager, councilId: string, about: NoteSubject): Promise<[string | null, string | null, string | null]> {
  const [table, idColumn, keyColumn, key, entity] =
    'accountReference' in about ? ['accounts', 'account_id', 'reference', about.accountReference, 'account']
      : 'hereditamentId' in about ? ['hereditaments', 'hereditament_id', 'hereditament_id', about.hereditamentId, 'hereditament']
        : ['parties', 'party_id', 'party_id', about.partyId, 'party'];
  const [row] = await db.query(`select ${idColumn} as id from ${table} where council_id = $1 and ${keyColumn} = $2`, [councilId, key]);
  if (!row) throw new NotFoundError(entity, key);
  return [table === 'accounts' ? row.id : null, table === 'hereditaments' ? row.id : null, table === 'parties' ? row.id : null];
}

export async function addNote(db: EntityManager, councilId: string, id: string, about: NoteSubject, body: string, writtenBy: string): Promise<NoteRecord> {
  const [accountId, hereditamentId, partyId] = await subjectColumns(db, councilId, about);
  await db.query(`insert into notes (council_id, note_id, account_id, hereditament_id, party_id, body, written_by) values ($1, $2, $3, $4, $5, $6, $7)`, [
    councilId, id, accountId, hereditamentId, partyId, body, writtenBy,
  ]);
  const [row] = await db.query(`select ${NOTE_COLUMNS} from ${NOTES_WITH_ACCOUNT} where n.council_id = $1 and n.note_id = $2`, [councilId, id]);
  return toNote(row);
}

export async function listAccountNotes(db: EntityManager, councilId: string, reference: string): Promise<NoteRecord[] | null> {
  const [account] = await db.query(`select account_id from accounts where council_id = $1 and reference = $2`, [councilId, reference]);
  if (!account) return null;
  const rows = await db.query(`select ${NOTE_COLUMNS} from ${NOTES_WITH_ACCOUNT} where n.council_id = $1 and n.account_id = $2 order by n.written_at desc, n.note_id`, [
    councilId, account.account_id,
  ]);
  return rows.map(toNote);
}
