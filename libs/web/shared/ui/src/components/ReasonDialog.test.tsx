import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@gemeente-crm/web-api-client';
import { createI18n, I18nextProvider } from '@gemeente-crm/web-i18n';
import { ReasonDialog } from './ReasonDialog';

const i18n = createI18n();

function setup(onConfirm: (reason: string) => Promise<unknown>) {
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <ReasonDialog open title="Bakkerij archiveren" description="Uitleg" confirmLabel="Archiveren" onConfirm={onConfirm} onClose={onClose} />
    </I18nextProvider>,
  );
  return { onClose, user: userEvent.setup() };
}

describe('ReasonDialog', () => {
  it('requires a reason before confirming', async () => {
    const onConfirm = vi.fn(async () => undefined);
    const { user } = setup(onConfirm);
    expect(screen.getByRole('dialog', { name: 'Bakkerij archiveren' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: /Reden/ })).toHaveAccessibleDescription('Vul een reden in.');
    expect(screen.getByRole('textbox', { name: /Reden/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('confirms with the trimmed reason and closes', async () => {
    const onConfirm = vi.fn(async () => undefined);
    const { user, onClose } = setup(onConfirm);
    await user.type(screen.getByRole('textbox', { name: /Reden/ }), '  Bedrijf opgeheven  ');
    await user.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(onConfirm).toHaveBeenCalledWith('Bedrijf opgeheven');
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the API reason error next to the field and keeps the text', async () => {
    const error = new ApiError({
      kind: 'validation',
      status: 422,
      problem: { type: 't', title: 't', status: 422, code: 'validation-failed', errors: [{ field: 'reason', code: 'too-short', message: 'De reden is te kort.' }] },
    });
    const { user, onClose } = setup(async () => Promise.reject(error));
    await user.type(screen.getByRole('textbox', { name: /Reden/ }), 'kort');
    await user.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(await screen.findByText('De reden is te kort.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reden/ })).toHaveValue('kort');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a calm message on a network failure and keeps the text', async () => {
    const { user } = setup(async () => Promise.reject(ApiError.network(new TypeError('Failed to fetch'))));
    await user.type(screen.getByRole('textbox', { name: /Reden/ }), 'Dubbel record');
    await user.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(await screen.findByText(/geen verbinding met de server/)).toBeInTheDocument();
    expect(screen.getByText(/Uw invoer is bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reden/ })).toHaveValue('Dubbel record');
  });
});
