export { leadsRoutes } from './routes';
export { conversionRoutes, CONVERSION_PATH } from './conversion/routes';
export { scoringRoutes, SCORING_MODEL_PATH } from './scoring/routes';
export { LEADS_PATH, leadPath, leadsBoardPath, PIPELINES_ADMIN_PATH } from './paths';
export { LeadQuotesTab, QUOTE_TEMPLATE_PATH, quoteRoutes } from './quotes';
