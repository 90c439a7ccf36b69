/** URLs of the leads screens (Dutch, stable: bookmarks and browser tests use them). */
export const LEADS_PATH = '/leads';

export const LEADS_LIST_PATH = '/leads/lijst';

export function leadsBoardPath(pipelineId?: string): string {
  return pipelineId ? `${LEADS_PATH}?pijplijn=${encodeURIComponent(pipelineId)}` : LEADS_PATH;
}

export function leadPath(id: string): string {
  return `${LEADS_PATH}/${encodeURIComponent(id)}`;
}

/** Beheer of pipelines, sources and lost reasons. */
export const PIPELINES_ADMIN_PATH = '/beheer/pijplijnen';
