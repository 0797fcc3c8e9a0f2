import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../database/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { DocumentStore, type DocumentSource, type NewDocument } from '../application/document-store.port.js';
import type { DocumentKind, DocumentRecord } from '../domain/stored-document.js';

const COLUMNS = `document_id, kind, account_reference, bill_number, recovery_stage_id, media_type, size_bytes, sha256, template_version, created_at, created_by`;

interface DocumentRow {
  document_id: string;
  kind: DocumentKind;
  account_reference: string;
  bill_number: string | null;
  recovery_stage_id: string | null;
  media_type: string;
  size_bytes: number;
  sha256: string;
  template_version: string;
  created_at: Date;
  created_by: string;
}

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    documentId: row.document_id,
    kind: row.kind,
    accountReference: row.account_reference,
    billNumber: row.bill_number === null ? null : Number(row.bill_number),
    recoveryStageId: row.recovery_stage_id,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    templateVersion: row.template_version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

@Injectable()
export class TypeOrmDocumentStore extends DocumentStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  findBySource(actor: Actor, councilId: string, source: DocumentSource): Promise<DocumentRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => bySource(db, councilId, source));
  }

  save(actor: Actor, councilId: string, document: NewDocument, reason: string) {
    const source: DocumentSource = document.billId ? { billId: document.billId } : { recoveryStageId: document.recoveryStageId as string };
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const documentId = randomUUID();
      try {
        // The same bytes for two notices are stored once; the database checks they hash to the key.
        await db.query(
          `insert into document_contents (council_id, sha256, media_type, content, size_bytes) values ($1, $2, $3, $4, $5) on conflict do nothing`,
          [councilId, document.sha256, document.mediaType, Buffer.from(document.bytes), document.bytes.byteLength],
        );
        await db.query(
          `insert into documents (council_id, document_id, kind, account_id, account_reference, bill_id, bill_number, recovery_stage_id, media_type, size_bytes, sha256, template_version, created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            councilId, documentId, document.kind, document.accountId, document.accountReference, document.billId, document.billNumber, document.recoveryStageId,
            document.mediaType, document.bytes.byteLength, document.sha256, document.templateVersion, actor.subject,
          ],
        );
      } catch (error) {
        // Generated twice at once: the other request stored it first, and that one is the document.
        if (isUniqueViolation(error, 'documents_bill_key') || isUniqueViolation(error, 'documents_recovery_stage_key')) return null;
        throw error;
      }
      return { document: (await byId(db, councilId, documentId)) as DocumentRecord, created: true };
    }, reason).then(async (saved) => saved ?? { document: (await this.findBySource(actor, councilId, source)) as DocumentRecord, created: false });
  }

  find(actor: Actor, councilId: string, documentId: string): Promise<DocumentRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => byId(db, councilId, documentId));
  }

  content(actor: Actor, councilId: string, documentId: string) {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `select ${COLUMNS}, (select content from document_contents c where c.council_id = documents.council_id and c.sha256 = documents.sha256) as content
           from documents where council_id = $1 and document_id = $2`,
        [councilId, documentId],
      );
      return row ? { document: toDocument(row), bytes: new Uint8Array(row.content as Buffer) } : null;
    });
  }

  listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<DocumentRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows: DocumentRow[] = await db.query(`select ${COLUMNS} from documents where council_id = $1 and account_reference = $2 order by created_at desc, document_id`, [councilId, accountReference]);
      return rows.map(toDocument);
    });
  }
}

async function byId(db: EntityManager, councilId: string, documentId: string): Promise<DocumentRecord | null> {
  const [row] = await db.query(`select ${COLUMNS} from documents where council_id = $1 and document_id = $2`, [councilId, documentId]);
  return row ? toDocument(row) : null;
}

async function bySource(db: EntityManager, councilId: string, source: DocumentSource): Promise<DocumentRecord | null> {
  const [column, value] = 'billId' in source ? ['bill_id', source.billId] : ['recovery_stage_id', source.recoveryStageId];
  const [row] = await db.query(`select ${COLUMNS} from documents where council_id = $1 and ${column} = $2`, [councilId, value]);
  return row ? toDocument(row) : null;
}
