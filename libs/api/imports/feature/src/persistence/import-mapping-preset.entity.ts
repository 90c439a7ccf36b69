import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'import_mapping_preset' })
@Index('import_mapping_preset_name_key', ['name'], { unique: true })
export class ImportMappingPresetEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  mapping!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
