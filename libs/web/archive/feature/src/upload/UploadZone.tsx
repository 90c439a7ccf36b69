import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { type DragEvent, useId, useRef, useState } from 'react';

export interface UploadZoneProps {
  /** What the zone is for, e.g. "Documenten toevoegen"; also the file input's accessible name. */
  label: string;
  /** Which files, and that they may be dropped here. */
  hint: string;
  /** Text of the button that opens the file picker. */
  chooseLabel: string;
  /** File picker filter, e.g. `.eml,.msg`. */
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * Drop files here, or choose them with the button. Dragging is a convenience only: the button
 * (a real, focusable button) opens the file picker, so the zone works with the keyboard and a
 * screen reader, which announce the label and the hint with it.
 */
export function UploadZone({ label, hint, chooseLabel, accept, multiple = true, disabled = false, onFiles }: UploadZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const labelId = useId();
  const hintId = useId();

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      aria-describedby={hintId}
      data-testid="upload-zone"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'grey.500',
        bgcolor: over ? 'action.hover' : 'transparent',
        borderRadius: 1,
        p: 3,
        textAlign: 'center',
      }}
    >
      <Typography id={labelId} sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {hint}
      </Typography>
      <Button variant="outlined" startIcon={<UploadFileIcon aria-hidden="true" />} disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>
        {chooseLabel}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={label}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again fires again.
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </Box>
  );
}
