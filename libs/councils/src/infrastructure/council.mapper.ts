import type { Council, CouncilStatus } from '../domain/council.js';
import { CouncilOrmEntity } from './council.orm-entity.js';

export function toCouncil(row: CouncilOrmEntity): Council {
  return {
    id: row.councilId,
    code: row.code,
    name: row.name,
    onsCode: row.onsCode,
    status: row.status as CouncilStatus,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toCouncilRow(council: Council): CouncilOrmEntity {
  return Object.assign(new CouncilOrmEntity(), {
    councilId: council.id,
    code: council.code,
    name: council.name,
    onsCode: council.onsCode,
    status: council.status,
    contactEmail: council.contactEmail,
    contactPhone: council.contactPhone,
    website: council.website,
    createdAt: council.createdAt,
    updatedAt: council.updatedAt,
  });
}
