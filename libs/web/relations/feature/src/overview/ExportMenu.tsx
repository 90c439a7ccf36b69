import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, type ExportColumn, loadExporters, useNotify } from '@gemeente-crm/web-ui';

export interface ExportMenuProps<Row> {
  fileBase: string;
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  /** Fetches every row of the current view; `total` above the limit means "too large". */
  fetchRows: (onProgress: (done: number, total: number) => void) => Promise<{ items: Row[]; total: number }>;
  maxRows: number;
  disabled?: boolean;
}

/** "Exporteren" → CSV (Dutch Excel) or a real .xlsx of all rows in the current view. */
export function ExportMenu<Row>({ fileBase, sheetName, columns, fetchRows, maxRows, disabled }: ExportMenuProps<Row>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const buttonId = useId();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    setAnchor(null);
    setProgress({ done: 0, total: 0 });
    try {
      const [{ items, total }, exporters] = await Promise.all([fetchRows((done, all) => setProgress({ done, total: all })), loadExporters()]);
      if (total > maxRows) {
        notify(t('common.exportTooLarge', { total, max: maxRows }), 'warning');
        return;
      }
      const blob = format === 'csv' ? exporters.csvBlob(columns, items) : await exporters.xlsxBlob(sheetName, columns, items);
      exporters.downloadBlob(blob, exporters.exportFileName(fileBase, format));
      notify(t('common.exportDone', { count: items.length }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={disabled || progress !== null}
      >
        {progress ? t('common.exporting', { done: progress.done, total: progress.total }) : t('common.export')}
      </Button>
      <span className="visually-hidden" role="status">
        {progress ? t('common.exporting', { done: progress.done, total: progress.total }) : ''}
      </span>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
        <MenuItem onClick={() => void run('xlsx')}>{t('common.exportXlsx')}</MenuItem>
        <MenuItem onClick={() => void run('csv')}>{t('common.exportCsv')}</MenuItem>
      </Menu>
    </>
  );
}
