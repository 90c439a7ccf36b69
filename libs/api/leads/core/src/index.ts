// Shared
export * from './shared/audit-object-types.js';
export * from './shared/calendar-date.js';

// Pipelines (configuration)
export * from './pipelines/pipeline.js';
export * from './pipelines/pipeline-errors.js';
export * from './pipelines/pipeline-input.js';
export * from './pipelines/pipeline-repository.js';
export * from './pipelines/create-pipeline.js';
export * from './pipelines/get-pipeline.js';
export * from './pipelines/list-pipelines.js';
export * from './pipelines/update-pipeline.js';

// Configurable lists: sources and lost reasons
export * from './options/lead-option.js';
export * from './options/lead-option-errors.js';
export * from './options/lead-option-repository.js';
export * from './options/add-lead-option.js';
export * from './options/list-lead-options.js';
export * from './options/update-lead-option.js';

// Leads
export * from './leads/lead.js';
export * from './leads/lead-errors.js';
export * from './leads/lead-input.js';
export * from './leads/lead-query.js';
export * from './leads/lead-repository.js';
export * from './leads/lead-owner-directory.js';
export * from './leads/stage-history.js';
export * from './leads/stage-requirements.js';
export * from './leads/create-lead.js';
export * from './leads/update-lead.js';
export * from './leads/move-lead.js';
export * from './leads/close-lead.js';
export * from './leads/get-lead.js';
export * from './leads/search-leads.js';

export * from './leads-use-cases.js';

// Quotes (offertes) on leads
export * from './quotes/index.js';

// Lead scoring and conversion analysis
export * from './scoring/index.js';
export * from './conversion/index.js';
