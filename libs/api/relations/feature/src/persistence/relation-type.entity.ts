import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The configurable list of relation types (partner, leverancier, klant...). */
@Entity({ name: 'relation_type' })
export class RelationTypeEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder!: number;
}
