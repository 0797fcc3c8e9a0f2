import { ValidationPipe } from '@nestjs/common';
import { InvalidRequestError } from '../errors/invalid-request.error.js';

/** Inputs must match their declared shape exactly: unknown fields and wrong types are refused, field by field. */
export function strictValidation(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => InvalidRequestError.fromValidation(errors),
  });
}
