import { InvalidInputError } from '../../../kernel/src/index.js';

/** The kinds of document the service renders and keeps. */
export const DOCUMENT_KINDS = ['demand-notice', 'reminder', 'final-notice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PDF_MEDIA_TYPE = 'application/pdf';

/** A stored document as lists and reads show it, without its bytes. */
export interface DocumentRecord {
  readonly documentId: string;
  readonly kind: DocumentKind;
  readonly accountReference: string;
  /** The notice it renders (demand notices), else null. */
  readonly billNumber: number | null;
  /** The recovery stage it renders (reminders and final notices), else null. */
  readonly recoveryStageId: string | null;
  readonly mediaType: string;
  readonly sizeBytes: number;
  /** Hex SHA-256 of the bytes, so a copy sent or printed can be matched to this one. */
  readonly sha256: string;
  readonly templateVersion: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** Where a client downloads a document's bytes. */
export function downloadPathOf(documentId: string): string {
  return `/v1/documents/${documentId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A bill number as sent: a whole number from 1, or an error naming the field. */
export function checkBillNumber(billNumber: unknown): number {
  if (typeof billNumber !== 'number' || !Number.isSafeInteger(billNumber) || billNumber < 1) throw new InvalidInputError('billNumber', 'must be a whole number from 1');
  return billNumber;
}
