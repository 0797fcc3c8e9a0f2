import type { DocumentLayout } from '../domain/document-layout.js';

/** Lays a described document out as a file. The PDF renderer is the one in use. */
export abstract class DocumentRenderer {
  abstract readonly mediaType: string;
  /** The same layout and date give the same bytes, so a stored document can be re-rendered and compared. */
  abstract render(layout: DocumentLayout, createdOn: string): Promise<Uint8Array>;
}
