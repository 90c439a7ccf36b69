import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useUploadImport } from '@gemeente-crm/web-imports-data-access';
import { errorMessage } from '@gemeente-crm/web-ui';
import { importPath } from './paths';

/** Step 1: drop a sheet on the zone or choose it with the (keyboard-reachable) button. */
export function FileStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadImport();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const helpId = useId();

  const send = (file: File | undefined) => {
    if (!file) return;
    upload.mutate(file, { onSuccess: (created) => void navigate(importPath(created.id)) });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0]);
  };

  return (
    <Box component="section" aria-labelledby="import-file-heading">
      <Typography id="import-file-heading" component="h2" variant="h6" gutterBottom>
        {t('imports.file.heading')}
      </Typography>
      <Typography id={helpId} sx={{ mb: 2 }}>
        {t('imports.file.help')}
      </Typography>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'grey.500',
          borderRadius: 1,
          p: 4,
          textAlign: 'center',
          bgcolor: dragging ? 'action.hover' : 'transparent',
        }}
      >
        <Typography sx={{ mb: 1 }}>{t('imports.file.drop')}</Typography>
        <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={upload.isPending} aria-describedby={helpId}>
          {t('imports.file.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file-input"
          onChange={(event) => {
            send(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </Box>
      {upload.isPending ? (
        <Box sx={{ mt: 2 }} role="status">
          <Typography>{t('imports.file.uploading')}</Typography>
          <LinearProgress aria-label={t('imports.file.uploading')} />
        </Box>
      ) : null}
      {upload.isError ? (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {t('imports.file.failed')} {errorMessage(t, upload.error)}
        </Alert>
      ) : null}
    </Box>
  );
}
