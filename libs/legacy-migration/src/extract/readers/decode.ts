import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import iconv from 'iconv-lite';

/**
 * The file as a stream of text in its declared encoding, read in chunks so that memory stays flat
 * whatever its size. A byte sequence invalid in the encoding becomes U+FFFD, which the mapper
 * reports against the field (text-checks.ts); a leading byte-order mark is dropped.
 */
export function decodedText(path: string, encoding: string): Readable {
  const bytes = createReadStream(path, { highWaterMark: 256 * 1024 });
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  bytes.on('error', (error) => decoder.destroy(error));
  return bytes.pipe(decoder);
}
