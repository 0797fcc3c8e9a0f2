import type { Actor } from '../../../tenancy/src/index.js';
import type { DocumentKind, DocumentRecord } from '../domain/stored-document.js';

/** What a document renders: a notice (by its bill) or a recovery stage. */
export type DocumentSource = { readonly billId: string } | { readonly recoveryStageId: string };

export interface NewDocument {
  readonly kind: DocumentKind;
  readonly accountId: string;
  readonly accountReference: string;
  readonly billId: string | null;
  readonly billNumber: number | null;
  readonly recoveryStageId: string | null;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly templateVersion: string;
}

/** Where rendered documents are kept: one per notice or recovery stage. */
export abstract class DocumentStore {
  abstract findBySource(actor: Actor, councilId: string, source: DocumentSource): Promise<DocumentRecord | null>;
  /** Stores the document; when one for the same source was stored meanwhile, resolves to that one instead. */
  abstract save(actor: Actor, councilId: string, document: NewDocument, reason: string): Promise<{ readonly document: DocumentRecord; readonly created: boolean }>;
  abstract find(actor: Actor, councilId: string, documentId: string): Promise<DocumentRecord | null>;
  abstract content(actor: Actor, councilId: string, documentId: string): Promise<{ readonly document: DocumentRecord; readonly bytes: Uint8Array } | null>;
  /** Newest first. */
  abstract listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<DocumentRecord[]>;
}
