/** One record of a source file as read, before any mapping. */
export interface SourceRecord {
  /** The physical line (1-based) the record starts on, so the file can be opened there. */
  readonly line: number;
  /** The column names, the same array for every record of a file. */
  readonly columns: readonly string[];
  /** One value per column (missing ones empty). */
  readonly fields: readonly string[];
  /** Why the record's shape is wrong (a wrong number of fields, an unclosed quote), or null. */
  readonly problem: string | null;
}
