import { downloadPathOf, type DocumentRecord, type KeptDocument } from '../../../../libs/documents/src/index.js';

/** A document as the APIs show it: its metadata and where to download it. */
export function documentView(document: DocumentRecord) {
  return { ...document, downloadPath: downloadPathOf(document.documentId) };
}

export function generatedView(kept: KeptDocument) {
  return { document: documentView(kept.document), created: kept.created };
}
