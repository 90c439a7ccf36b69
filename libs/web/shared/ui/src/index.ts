export { createMunicipalTheme, type MunicipalBranding } from './theme/theme';
export { contrastRatio, ensureContrast } from './theme/contrast';
export { LinkBehavior } from './theme/LinkBehavior';
export { BrandingProvider, useBranding } from './theme/branding';
export { ErrorState, type ErrorStateProps } from './components/ErrorState';
export { errorMessage } from './components/errorMessage';
export { LoadingState } from './components/LoadingState';
export { PageHeader, type Crumb } from './components/PageHeader';
export { ErrorSummary, type SummaryItem } from './components/ErrorSummary';
export { ReasonDialog, type ReasonDialogProps } from './components/ReasonDialog';
export { NotifierProvider, useNotify } from './components/Notifier';
export { DefinitionList, type Definition } from './components/DefinitionList';
export { EmptyValue } from './components/EmptyValue';
export { VisuallyHidden } from './components/VisuallyHidden';
export { requestPageFocus, usePageFocus } from './hooks/pageFocus';
export { useDebouncedValue } from './hooks/useDebouncedValue';
export { useDocumentTitle, DocumentTitleSuffixContext } from './hooks/useDocumentTitle';
export { useDraft, readDraft, writeDraft, removeDraft, hasDrafts, clearAllDrafts, type Draft } from './hooks/useDraft';
export { useUnsavedChangesGuard } from './hooks/useUnsavedChangesGuard';
export type { ExportColumn, ExportCellType } from './export/columns';

/** The CSV/xlsx writers, loaded only when the user exports. */
export const loadExporters = () => import('./export/index');
