import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the admin UI's templates and GOV.UK Frontend live. Templates are not compiled, so they are
 * read from the source tree whether this module runs from apps/ (tests) or dist/apps/ (npm start).
 */
export interface AdminFiles {
  readonly views: string;
  readonly publicScripts: string;
  /** node_modules/govuk-frontend/dist: its Nunjucks macros and, under govuk/, compiled CSS, JS and assets. */
  readonly govukFrontend: string;
}

export function locateAdminFiles(): AdminFiles {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('admin UI: could not find the project root above ' + fileURLToPath(import.meta.url));
    directory = parent;
  }
  // From dist/apps/... the first package.json found is the project's own, one level above dist.
  const admin = path.join(directory, 'apps/api/src/admin');
  return {
    views: path.join(admin, 'views'),
    publicScripts: path.join(admin, 'public'),
    govukFrontend: path.join(directory, 'node_modules/govuk-frontend/dist'),
  };
}
