import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { checkAccountReference } from '../../../business-rates/src/index.js';
import { InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { isUuid, type DocumentRecord } from '../domain/stored-document.js';
import { DocumentStore } from './document-store.port.js';
import { MAY_READ_DOCUMENTS } from './permissions.js';

/** A stored document's metadata. */
export class GetDocumentQuery {
  constructor(readonly actor: Actor, readonly documentId: string) {}
}

/** A stored document with its bytes, to download. */
export class GetDocumentContentQuery {
  constructor(readonly actor: Actor, readonly documentId: string) {}
}

/** An account's stored documents, newest first. */
export class ListAccountDocumentsQuery {
  constructor(readonly actor: Actor, readonly accountReference: string) {}
}

function checkDocumentId(documentId: unknown): string {
  if (!isUuid(documentId)) throw new InvalidInputError('documentId', 'must be a document id (a UUID)');
  return documentId;
}

@QueryHandler(GetDocumentQuery)
export class GetDocumentHandler implements IQueryHandler<GetDocumentQuery> {
  constructor(private readonly store: DocumentStore) {}

  async execute({ actor, documentId }: GetDocumentQuery): Promise<DocumentRecord> {
    requireAnyRole(actor, MAY_READ_DOCUMENTS, 'reading documents');
    const document = await this.store.find(actor, requireCouncil(actor), checkDocumentId(documentId));
    if (!document) throw new NotFoundError('document', documentId);
    return document;
  }
}

@QueryHandler(GetDocumentContentQuery)
export class GetDocumentContentHandler implements IQueryHandler<GetDocumentContentQuery> {
  constructor(private readonly store: DocumentStore) {}

  async execute({ actor, documentId }: GetDocumentContentQuery): Promise<{ document: DocumentRecord; bytes: Uint8Array }> {
    requireAnyRole(actor, MAY_READ_DOCUMENTS, 'reading documents');
    const content = await this.store.content(actor, requireCouncil(actor), checkDocumentId(documentId));
    if (!content) throw new NotFoundError('document', documentId);
    return content;
  }
}

@QueryHandler(ListAccountDocumentsQuery)
export class ListAccountDocumentsHandler implements IQueryHandler<ListAccountDocumentsQuery> {
  constructor(private readonly store: DocumentStore) {}

  execute({ actor, accountReference }: ListAccountDocumentsQuery): Promise<DocumentRecord[]> {
    requireAnyRole(actor, MAY_READ_DOCUMENTS, 'reading documents');
    return this.store.listForAccount(actor, requireCouncil(actor), checkAccountReference(accountReference));
  }
}
