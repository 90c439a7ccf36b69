// The labelled inputs are shared with other domains; they live in web-forms.
export { ChipsInput, type ChipsInputProps, FieldGroup, SelectInput, type SelectInputProps, TextInput, type TextInputProps } from '@gemeente-crm/web-forms';
