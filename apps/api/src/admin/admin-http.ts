import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { locateAdminFiles } from './admin-files.js';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * What the admin UI needs before Nest's routing: its security headers, HTML form bodies, and
 * GOV.UK Frontend's compiled CSS, JavaScript, fonts and images under /admin/assets.
 */
export function mountAdminHttp(app: INestApplication, bodyLimitBytes: number): void {
  const files = locateAdminFiles();
  const govuk = path.join(files.govukFrontend, 'govuk');
  // The compiled CSS points at /assets/; here the assets are under /admin/assets/.
  const css = readFileSync(path.join(govuk, 'govuk-frontend.min.css'), 'utf8').replaceAll('url(/assets/', 'url(/admin/assets/');
  const assets = express.Router();
  assets.get('/govuk-frontend.min.css', (_request, response) => {
    response.type('text/css').set('cache-control', 'public, max-age=3600').send(css);
  });
  assets.get('/govuk-frontend.min.js', (_request, response) => {
    response.set('cache-control', 'public, max-age=3600').sendFile(path.join(govuk, 'govuk-frontend.min.js'));
  });
  assets.use(express.static(files.publicScripts, { maxAge: '1h', index: false }));
  assets.use(express.static(path.join(govuk, 'assets'), { maxAge: '1h', index: false }));

  app.use('/admin', adminSecurityHeaders);
  app.use('/admin', express.urlencoded({ extended: false, limit: bodyLimitBytes }));
  app.use('/admin/assets', assets);
}

function adminSecurityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.set({
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  });
  next();
}
