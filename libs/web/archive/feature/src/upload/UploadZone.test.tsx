import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '@gemeente-crm/web-testing';
import { UploadZone } from './UploadZone';

function setup(props: Partial<Parameters<typeof UploadZone>[0]> = {}) {
  const onFiles = vi.fn();
  const utils = renderRoutes({
    routes: [
      {
        path: '/',
        element: <UploadZone label="E-mails toevoegen" hint="Sleep .eml- of .msg-bestanden hierheen, of kies ze." chooseLabel="E-mails kiezen" accept=".eml,.msg" onFiles={onFiles} {...props} />,
      },
    ],
  });
  return { ...utils, onFiles };
}

const mail = (name: string) => new File(['From: a@b.nl\r\n\r\nHallo'], name, { type: 'message/rfc822' });

describe('UploadZone', () => {
  it('is a labelled group whose button, reachable with the keyboard, opens the file picker', async () => {
    const { user } = setup();
    const group = await screen.findByRole('group', { name: 'E-mails toevoegen' });
    expect(group).toHaveAccessibleDescription('Sleep .eml- of .msg-bestanden hierheen, of kies ze.');
    const input = screen.getByLabelText<HTMLInputElement>('E-mails toevoegen', { selector: 'input' });
    const click = vi.spyOn(input, 'click');
    await user.tab();
    expect(screen.getByRole('button', { name: 'E-mails kiezen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(click).toHaveBeenCalled();
    expect(input).toHaveAttribute('accept', '.eml,.msg');
  });

  it('hands over the files chosen in the picker', async () => {
    const { user, onFiles } = setup();
    await user.upload(await screen.findByLabelText('E-mails toevoegen', { selector: 'input' }), [mail('a.eml'), mail('b.msg')]);
    expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'a.eml' }), expect.objectContaining({ name: 'b.msg' })]);
  });

  it('hands over files dropped on it, and ignores drops while disabled', async () => {
    const { onFiles } = setup();
    const group = await screen.findByRole('group', { name: 'E-mails toevoegen' });
    fireEvent.drop(group, { dataTransfer: { files: [mail('gesleept.eml')] } });
    expect(onFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'gesleept.eml' })]);
  });

  it('does nothing when disabled', async () => {
    const { onFiles } = setup({ disabled: true });
    const group = await screen.findByRole('group', { name: 'E-mails toevoegen' });
    fireEvent.drop(group, { dataTransfer: { files: [mail('gesleept.eml')] } });
    expect(onFiles).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'E-mails kiezen' })).toBeDisabled();
  });
});
