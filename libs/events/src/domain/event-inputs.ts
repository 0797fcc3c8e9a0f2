import { InvalidInputError } from '../../../kernel/src/index.js';
import { COUNCIL_EVENT_TYPES, DELIVERY_STATUSES, isCouncilEventType, type CouncilEventType, type DeliveryStatus } from './event-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is named as bad input rather than looked up. */
export function checkId(value: string, field: string): string {
  if (!UUID.test(value)) throw new InvalidInputError(field, 'must be a UUID');
  return value.toLowerCase();
}

export function checkEventTypes(values: readonly string[], field = 'eventTypes'): CouncilEventType[] {
  if (values.length === 0) throw new InvalidInputError(field, `must name at least one of ${COUNCIL_EVENT_TYPES.join(', ')}`);
  const unknown = values.find((value) => !isCouncilEventType(value));
  if (unknown !== undefined) throw new InvalidInputError(field, `"${unknown}" is not an event type: use ${COUNCIL_EVENT_TYPES.join(', ')}`);
  return [...new Set(values as CouncilEventType[])];
}

export function checkEventType(value: string, field = 'type'): CouncilEventType {
  return checkEventTypes([value], field)[0];
}

export function checkDeliveryStatus(value: string, field = 'status'): DeliveryStatus {
  if (!(DELIVERY_STATUSES as readonly string[]).includes(value)) throw new InvalidInputError(field, `must be one of ${DELIVERY_STATUSES.join(', ')}`);
  return value as DeliveryStatus;
}

/** A time as ISO 8601 with its offset, such as 2026-12-01T00:00:00Z. */
export function checkInstant(value: string, field: string): Date {
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(instant.getTime())) {
    throw new InvalidInputError(field, 'must be a time with its offset, such as 2026-12-01T00:00:00Z');
  }
  return instant;
}

export function checkLimit(value: number | undefined, field = 'limit', fallback = 100, max = 1_000): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new InvalidInputError(field, `must be a whole number from 1 to ${max}`);
  return value;
}

export function checkDescription(value: string | undefined | null, field = 'description'): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  if (value.length > 500) throw new InvalidInputError(field, 'must be at most 500 characters');
  return value.trim();
}
