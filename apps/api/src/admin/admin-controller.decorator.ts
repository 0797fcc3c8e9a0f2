import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator.js';
import { AdminErrorFilter } from './admin-error.filter.js';

/**
 * An admin UI controller: its pages are not API routes (so not in the OpenAPI document), they
 * check the session cookie themselves instead of a bearer token, and their errors are pages.
 */
export function AdminController(path: string): ClassDecorator {
  return applyDecorators(ApiExcludeController(), Public(), UseFilters(AdminErrorFilter), Controller(path));
}
