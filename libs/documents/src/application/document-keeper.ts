import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../tenancy/src/index.js';
import type { DocumentLayout } from '../domain/document-layout.js';
import type { DocumentKind, DocumentRecord } from '../domain/stored-document.js';
import { DocumentRenderer } from './document-renderer.port.js';
import { DocumentStore, type DocumentSource } from './document-store.port.js';

export interface KeptDocument {
  readonly document: DocumentRecord;
  /** False when the source already had a document: that one is returned, nothing new is stored. */
  readonly created: boolean;
}

export interface DocumentToKeep {
  readonly kind: DocumentKind;
  readonly source: DocumentSource;
  readonly accountId: string;
  readonly accountReference: string;
  readonly billNumber: number | null;
  readonly templateVersion: string;
  readonly createdOn: string;
  /** Only called when the source has no document yet. */
  readonly layout: () => DocumentLayout;
}

/** One document per notice or stage: the stored one if there is one, else rendered, hashed and stored. */
@Injectable()
export class DocumentKeeper {
  constructor(
    private readonly store: DocumentStore,
    private readonly renderer: DocumentRenderer,
  ) {}

  async keep(actor: Actor, councilId: string, wanted: DocumentToKeep, reason: string): Promise<KeptDocument> {
    const stored = await this.store.findBySource(actor, councilId, wanted.source);
    if (stored) return { document: stored, created: false };
    const bytes = await this.renderer.render(wanted.layout(), wanted.createdOn);
    return this.store.save(actor, councilId, {
      kind: wanted.kind,
      accountId: wanted.accountId,
      accountReference: wanted.accountReference,
      billId: 'billId' in wanted.source ? wanted.source.billId : null,
      billNumber: wanted.billNumber,
      recoveryStageId: 'recoveryStageId' in wanted.source ? wanted.source.recoveryStageId : null,
      mediaType: this.renderer.mediaType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      templateVersion: wanted.templateVersion,
    }, reason);
  }
}
