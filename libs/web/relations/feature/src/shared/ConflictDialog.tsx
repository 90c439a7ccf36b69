// The conflict dialog is shared with other domains (tasks, KvK update); it lives in web-forms.
export { ConflictDialog, type ConflictDialogProps } from '@gemeente-crm/web-forms';
