import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';

/** Form-field id for a dotted API field path: `org-visitingAddress-postcode` (error summary links to it). */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

interface BaseFieldProps {
  prefix: string;
  path: string;
  label: string;
  error?: string | undefined;
  required?: boolean;
  helperText?: ReactNode;
}

export interface TextInputProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'datetime-local';
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  maxLength?: number;
  multiline?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
  /** For date and datetime-local inputs (the browser's own format, e.g. 2026-11-25T14:05). */
  min?: string;
  max?: string;
  onKeyDown?: TextFieldProps['onKeyDown'];
  sx?: TextFieldProps['sx'];
}

/** A labelled text input whose id matches the API field path, so errors can link to it. */
export function TextInput({
  prefix,
  path,
  label,
  value,
  onChange,
  error,
  required,
  helperText,
  type = 'text',
  inputMode,
  maxLength,
  multiline,
  autoComplete = 'off',
  autoFocus,
  min,
  max,
  onKeyDown,
  sx,
}: TextInputProps) {
  const id = fieldId(prefix, path);
  const dateLike = type === 'date' || type === 'datetime-local';
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required={required ?? false}
      error={Boolean(error)}
      helperText={error ?? helperText}
      type={type}
      multiline={multiline ?? false}
      minRows={multiline ? 2 : undefined}
      autoFocus={autoFocus ?? false}
      onKeyDown={onKeyDown}
      sx={sx}
      slotProps={{
        htmlInput: { maxLength, inputMode, autoComplete, spellCheck: type === 'text', ...(min ? { min } : {}), ...(max ? { max } : {}) },
        ...(dateLike ? { inputLabel: { shrink: true } } : {}),
      }}
    />
  );
}

export interface SelectInputProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  autoFocus?: boolean;
}

/** A native <select>: the most robust choice for keyboard and screen-reader users. */
export function SelectInput({ prefix, path, label, value, onChange, options, error, required, helperText, autoFocus }: SelectInputProps) {
  return (
    <TextField
      id={fieldId(prefix, path)}
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required={required ?? false}
      error={Boolean(error)}
      helperText={error ?? helperText}
      autoFocus={autoFocus ?? false}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

export interface ChipsInputProps extends BaseFieldProps {
  value: string[];
  onChange: (value: string[]) => void;
  /** Choices offered; with `freeSolo` the user may also type new values. */
  options: readonly { value: string; label: string }[];
  freeSolo?: boolean;
}

/** Several values as chips (relation types, tags, SBI codes); Enter adds, Backspace removes. */
export function ChipsInput({ prefix, path, label, value, onChange, options, freeSolo, error, helperText, required }: ChipsInputProps) {
  const { t } = useTranslation();
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  return (
    <Autocomplete<string, true, false, boolean>
      id={fieldId(prefix, path)}
      multiple
      freeSolo={freeSolo ?? false}
      autoSelect={freeSolo ?? false}
      options={options.map((option) => option.value)}
      getOptionLabel={labelOf}
      value={value}
      onChange={(_event, next) => onChange([...new Set(next.map((item) => item.trim()).filter(Boolean))])}
      noOptionsText={t('form.noOptions')}
      renderValue={(selected, getItemProps) =>
        selected.map((item, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={labelOf(item)} size="small" {...itemProps} />;
        })
      }
      renderInput={(params) => <TextField {...params} label={label} required={required ?? false} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}

/** A group of fields with a visible legend (fieldset), e.g. an address. */
export function FieldGroup({ legend, children, description }: { legend: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 1.5, p: 0 }}>
        {legend}
      </Typography>
      {description ? <Box sx={{ mb: 1.5 }}>{description}</Box> : null}
      {children}
    </Box>
  );
}
