export { LeadQuotesTab } from './LeadQuotesTab';
export { QUOTE_TEMPLATE_PATH } from './quote-paths';
export { quoteRoutes } from './routes';
