/**
 * A document described, not drawn: what it says, in reading order. Templates build one from the
 * facts; a renderer (PDF today) lays it out. Keeping the two apart lets a test read a template's
 * content without a PDF, and lets the layout change without touching the statutory wording.
 */
export interface DocumentLayout {
  /** The heading at the top of the first page. */
  readonly title: string;
  /** Who issues it (the council), printed top right. */
  readonly sender: { readonly name: string; readonly lines: readonly string[] };
  /** Who it is for, in the place a windowed envelope (and GOV.UK Notify's letter check) expects an address. */
  readonly recipient: { readonly name: string; readonly addressLines: readonly string[] };
  /** Reference, date and the like, beside the address. */
  readonly summary: readonly Field[];
  readonly blocks: readonly Block[];
}

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface Column {
  readonly header: string;
  /** Money and counts line up on the right. */
  readonly align: 'left' | 'right';
  /** Share of the page's width, all of a table's summing to 1. */
  readonly width: number;
}

export type Block =
  | { readonly kind: 'section'; readonly title: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly emphasis?: boolean }
  | { readonly kind: 'fields'; readonly fields: readonly Field[] }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: ReadonlyArray<readonly string[]>; readonly footer?: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[] };
