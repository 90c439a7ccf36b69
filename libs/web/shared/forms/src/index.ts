/**
 * Form building blocks shared by the domains' create/edit screens: labelled inputs whose ids
 * match API field paths, and the 412 conflict dialog. A library of its own (not web-ui) so they
 * stay out of the first download: only lazily loaded screens import them.
 */
export { ChipsInput, type ChipsInputProps, FieldGroup, fieldId, SelectInput, type SelectInputProps, TextInput, type TextInputProps } from './fields';
export { ConflictDialog, type Conflict, type ConflictDialogProps } from './ConflictDialog';
