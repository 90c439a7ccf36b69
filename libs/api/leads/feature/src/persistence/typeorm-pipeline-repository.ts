import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type Pipeline, PipelineRepository, type PipelineStage, type RequirableLeadField } from '@gemeente-crm/leads-core';

interface PipelineRow {
  id: string;
  name: string;
  department: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

interface StageRow {
  id: string;
  pipeline_id: string;
  name: string;
  position: number;
  default_probability: number;
  required_fields: string[];
}

@Injectable()
export class TypeormPipelineRepository extends PipelineRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Pipeline | null> {
    const rows: PipelineRow[] = await this.db.manager.query('SELECT * FROM lead_pipeline WHERE id = $1', [id]);
    return (await this.withStages(rows))[0] ?? null;
  }

  async list(): Promise<Pipeline[]> {
    const rows: PipelineRow[] = await this.db.manager.query('SELECT * FROM lead_pipeline ORDER BY lower(department), lower(name), id');
    return this.withStages(rows);
  }

  async nameTaken(department: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      'SELECT 1 FROM lead_pipeline WHERE lower(department) = lower($1) AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid',
      [department, name, exceptId],
    );
    return rows.length > 0;
  }

  async insert(pipeline: Pipeline): Promise<void> {
    await this.db.manager.query(
      'INSERT INTO lead_pipeline (id, name, department, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [pipeline.id, pipeline.name, pipeline.department, pipeline.version, pipeline.createdAt, pipeline.updatedAt],
    );
    await this.writeStages(pipeline);
  }

  async update(pipeline: Pipeline, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.db.manager.query(
      'UPDATE lead_pipeline SET name = $2, department = $3, version = $4, updated_at = $5 WHERE id = $1 AND version = $6',
      [pipeline.id, pipeline.name, pipeline.department, pipeline.version, pipeline.updatedAt, expectedVersion],
    );
    if (affected !== 1) return false;
    await this.writeStages(pipeline);
    return true;
  }

  /**
   * Stages are upserted by id and only the ones left out are deleted, so leads in kept stages
   * are never touched (and the restricting foreign key guards the removed ones).
   */
  private async writeStages(pipeline: Pipeline): Promise<void> {
    await this.db.manager.query('DELETE FROM lead_pipeline_stage WHERE pipeline_id = $1 AND NOT (id = ANY($2::uuid[]))', [
      pipeline.id,
      pipeline.stages.map((stage) => stage.id),
    ]);
    for (const stage of pipeline.stages) {
      await this.db.manager.query(
        `INSERT INTO lead_pipeline_stage (id, pipeline_id, name, position, default_probability, required_fields)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position,
           default_probability = EXCLUDED.default_probability, required_fields = EXCLUDED.required_fields`,
        [stage.id, pipeline.id, stage.name, stage.position, stage.defaultProbability, stage.requiredFields],
      );
    }
  }

  private async withStages(rows: PipelineRow[]): Promise<Pipeline[]> {
    if (!rows.length) return [];
    const stages: StageRow[] = await this.db.manager.query(
      'SELECT * FROM lead_pipeline_stage WHERE pipeline_id = ANY($1::uuid[]) ORDER BY position, id',
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      department: row.department,
      stages: stages.filter((stage) => stage.pipeline_id === row.id).map(toStage),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}

function toStage(row: StageRow): PipelineStage {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    defaultProbability: row.default_probability,
    requiredFields: row.required_fields as RequirableLeadField[],
  };
}
