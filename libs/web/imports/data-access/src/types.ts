import type { components } from '@gemeente-crm/web-api-client';

type Schemas = components['schemas'];

export type Import = Schemas['Import'];
export type ImportPage = Schemas['ImportPage'];
export type ImportField = Schemas['ImportField'];
export type ImportRow = Schemas['ImportRow'];
export type ImportRowPage = Schemas['ImportRowPage'];
export type ImportRowAction = ImportRow['action'];
export type ImportStatus = Import['status'];
export type MappingPreset = Schemas['ImportMappingPreset'];
export type ColumnMapping = Record<string, ImportField>;
