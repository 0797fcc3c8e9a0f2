import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of the repository found by walking up from this module: the same code runs from
 * `libs/legacy-migration/src/extract/` (tests, tsx) and from `dist/libs/legacy-migration/src/extract/`
 * (built), and the profiles and schema are not copied into dist.
 */
export function findUpward(relativePath: string): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find ${relativePath} above ${dirname(fileURLToPath(import.meta.url))}`);
    directory = parent;
  }
}
