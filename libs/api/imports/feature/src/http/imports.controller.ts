import { Controller, Delete, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiFileUpload, ApiProblems, ApiResult, Change, readUpload, ValidBody, ValidQuery } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import {
  DeleteMappingPreset,
  DryRunImport,
  GetImport,
  GetImportRows,
  ImportRepository,
  ListImports,
  ListMappingPresets,
  SaveMappingPreset,
  SetImportMapping,
  StartImport,
  UploadImport,
} from '@gemeente-crm/imports-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { IMPORTERS } from './import-roles.js';
import { importView, presetView, ROW_CSV_HEADER, rowCsvLine, rowView } from './import-views.js';
import {
  ImportListQuerySchema,
  ImportPageSchema,
  ImportRowPageSchema,
  ImportRowQuerySchema,
  ImportSchema,
  MappingPresetListSchema,
  MappingPresetSchema,
  SaveMappingPresetSchema,
  SetImportMappingSchema,
} from './import.schemas.js';
import { UuidParam } from './uuid-param.js';

@ApiTags('Imports')
@Roles(...IMPORTERS)
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly uploadImport: UploadImport,
    private readonly getImport: GetImport,
    private readonly listImports: ListImports,
    private readonly setImportMapping: SetImportMapping,
    private readonly dryRunImport: DryRunImport,
    private readonly getImportRows: GetImportRows,
    private readonly startImport: StartImport,
    private readonly imports: ImportRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Upload a CSV or XLSX sheet of organisations, persons and contact persons; returns its header, first rows and a suggested mapping' })
  @ApiFileUpload('The sheet (.csv with ; or , separators, UTF-8 or Windows-1252; or .xlsx, first worksheet)')
  @ApiResult(ImportSchema, 201, 'Uploaded')
  @ApiProblems(413, 415, 422)
  async upload(@Req() request: FastifyRequest, @Change() change: ChangeContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const upload = await readUpload(request, { maxFiles: 1 });
    const file = upload.files[0]!;
    const relationImport = await this.uploadImport.execute({ fileName: file.fileName, data: file.data }, change);
    void reply.header('location', `/api/v1/imports/${relationImport.id}`);
    return importView(await this.getImport.execute(relationImport.id));
  }

  @Get()
  @ApiOperation({ summary: 'Earlier imports, newest first, with their status and counts' })
  @ApiResult(ImportPageSchema)
  @ApiProblems(422)
  async list(@ValidQuery(ImportListQuerySchema) query: z.output<typeof ImportListQuerySchema>) {
    const page = await this.listImports.execute(query);
    return { ...page, items: page.items.map(importView) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import with its mapping, dry-run summary and run progress (poll this while it runs)' })
  @ApiResult(ImportSchema)
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string) {
    return importView(await this.getImport.execute(id));
  }

  @Put(':id/mapping')
  @ApiOperation({ summary: 'Set which column feeds which field, or apply a saved mapping; drops the previous dry run' })
  @ApiResult(ImportSchema)
  @ApiProblems(400, 404, 409, 422)
  async mapping(@UuidParam('id') id: string, @ValidBody(SetImportMappingSchema) body: z.output<typeof SetImportMappingSchema>, @Change() change: ChangeContext) {
    await this.setImportMapping.execute(id, body.presetId !== undefined ? { presetId: body.presetId } : { mapping: body.mapping ?? {} }, change);
    return importView(await this.getImport.execute(id));
  }

  @Post(':id/dry-run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Work out per row what the import would do, changing nothing; see /rows for the rows' })
  @ApiResult(ImportSchema)
  @ApiProblems(400, 404, 409, 422)
  async dryRun(@UuidParam('id') id: string) {
    await this.dryRunImport.execute(id);
    return importView(await this.getImport.execute(id));
  }

  @Get(':id/rows')
  @ApiOperation({ summary: 'The dry run per row: create, update (which fields), skip (why) or error, with likely duplicates' })
  @ApiResult(ImportRowPageSchema)
  @ApiProblems(400, 404, 422)
  async rows(@UuidParam('id') id: string, @ValidQuery(ImportRowQuerySchema) query: z.output<typeof ImportRowQuerySchema>) {
    const page = await this.getImportRows.execute(id, query);
    return { ...page, items: page.items.map(rowView) };
  }

  @Get(':id/rows.csv')
  @ApiOperation({ summary: 'The dry run of every row as a CSV file (;-separated, for Excel)' })
  @ApiProduces('text/csv')
  @ApiProblems(400, 404)
  async rowsCsv(@UuidParam('id') id: string, @Res() reply: FastifyReply) {
    const { relationImport } = await this.getImport.execute(id);
    const lines = [ROW_CSV_HEADER];
    for (let after = 0; ; ) {
      const rows = await this.imports.preparedRows(id, after, 5_000, false);
      if (rows.length === 0) break;
      for (const row of rows) lines.push(rowCsvLine(row.plan));
      after = rows[rows.length - 1]!.rowNumber;
    }
    const name = `proefimport-${relationImport.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_')}.csv`;
    // With a byte order mark, so Excel reads the accents as UTF-8.
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  }

  @Post(':id/run')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start (or resume) the import in the background; poll GET /imports/{id} for progress' })
  @ApiResult(ImportSchema, 202, 'Started')
  @ApiProblems(400, 404, 409)
  async run(@UuidParam('id') id: string, @Change() change: ChangeContext) {
    await this.startImport.execute(id, change);
    return importView(await this.getImport.execute(id));
  }
}

@ApiTags('Imports')
@Roles(...IMPORTERS)
@Controller('import-presets')
export class ImportPresetsController {
  constructor(
    private readonly listPresets: ListMappingPresets,
    private readonly savePreset: SaveMappingPreset,
    private readonly deletePreset: DeleteMappingPreset,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Saved column mappings, e.g. "Exact relaties"' })
  @ApiResult(MappingPresetListSchema)
  async list() {
    return (await this.listPresets.execute()).map(presetView);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Save a column mapping under a name; an existing name is overwritten' })
  @ApiResult(MappingPresetSchema)
  @ApiProblems(422)
  async save(@ValidBody(SaveMappingPresetSchema) body: z.output<typeof SaveMappingPresetSchema>, @Change() change: ChangeContext) {
    return presetView(await this.savePreset.execute(body, change));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved column mapping' })
  @ApiProblems(400, 404)
  async remove(@UuidParam('id') id: string, @Change() change: ChangeContext): Promise<void> {
    await this.deletePreset.execute(id, change);
  }
}
