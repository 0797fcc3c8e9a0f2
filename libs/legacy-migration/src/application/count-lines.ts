import { createReadStream } from 'node:fs';

/** Lines in a file (for the progress bar's time remaining), read as bytes: quick, and memory flat. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lastByte = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let index = -1;
    while ((index = chunk.indexOf(10, index + 1)) !== -1) lines += 1;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
  }
  return lastByte === 10 ? lines : lines + 1;
}
