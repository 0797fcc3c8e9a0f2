import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'councils' })
export class CouncilOrmEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'ons_code', type: 'text', nullable: true })
  onsCode: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
