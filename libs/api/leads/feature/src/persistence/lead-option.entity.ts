import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The configurable lists of the leads domain: sources and lost reasons, one table by kind. */
@Entity({ name: 'lead_option' })
@Check('lead_option_kind_check', `kind IN ('source', 'lost-reason')`)
export class LeadOptionEntity {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'int' })
  version!: number;
}
