import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, type ExportColumn, loadExporters, useNotify } from '@gemeente-crm/web-ui';

export interface ExportButtonProps<Row> {
  /** Accessible name and visible text, e.g. "Trechter exporteren". */
  label: string;
  fileBase: string;
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

/** Exports rows already on screen (a report's table) as Excel or CSV, with the shared writers. */
export function ExportButton<Row>({ label, fileBase, sheetName, columns, rows }: ExportButtonProps<Row>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const buttonId = useId();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    setAnchor(null);
    try {
      const exporters = await loadExporters();
      const blob = format === 'csv' ? exporters.csvBlob(columns, rows) : await exporters.xlsxBlob(sheetName, columns, rows);
      exporters.downloadBlob(blob, exporters.exportFileName(fileBase, format));
      notify(t('common.exportDone', { count: rows.length }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  };

  return (
    <>
      <Button
        id={buttonId}
        size="small"
        variant="outlined"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={rows.length === 0}
      >
        {label}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
        <MenuItem onClick={() => void run('xlsx')}>{t('common.exportXlsx')}</MenuItem>
        <MenuItem onClick={() => void run('csv')}>{t('common.exportCsv')}</MenuItem>
      </Menu>
    </>
  );
}
