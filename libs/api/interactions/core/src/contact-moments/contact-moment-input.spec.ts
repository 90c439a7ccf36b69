import { checkContactMomentInput } from './contact-moment-input.js';

const NOW = new Date('2026-07-01T09:00:00.000Z');
const ORG = '0f6f2c8e-9a43-4a8e-b5d5-1f6c8f0a0001';
const PERSON = '0f6f2c8e-9a43-4a8e-b5d5-1f6c8f0a0002';
const options = { now: NOW, defaultParticipantId: 'tenant:anne' };

describe('checking a contact moment', () => {
  it('normalises what staff type', () => {
    const { fields, errors } = checkContactMomentInput(
      {
        channel: ' Telefoon ',
        direction: 'INKOMEND',
        subject: '  Vraag over   de vergunning ',
        notes: '<p>Belt terug</p>',
        links: [
          { objectType: 'person', objectId: PERSON.toUpperCase() },
          { objectType: 'organisation', objectId: ORG },
          { objectType: 'organisation', objectId: ORG },
        ],
      },
      options,
    );
    expect(errors).toEqual([]);
    expect(fields).toEqual({
      channel: 'telefoon',
      direction: 'inkomend',
      occurredAt: NOW,
      subject: 'Vraag over de vergunning',
      notesHtml: '<p>Belt terug</p>',
      notesText: 'Belt terug',
      links: [
        { objectType: 'organisation', objectId: ORG },
        { objectType: 'person', objectId: PERSON },
      ],
      participantIds: ['tenant:anne'],
    });
  });

  it('reports every problem at once, field by field', () => {
    const { errors } = checkContactMomentInput(
      {
        channel: 'fax',
        direction: '',
        occurredAt: new Date('2026-07-02T09:00:00.000Z'),
        subject: ' ',
        links: [
          { objectType: 'contract', objectId: ORG },
          { objectType: 'gemeente', objectId: 'abc' },
        ],
        participantIds: [' '],
      },
      options,
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['channel', 'channel.unknown'],
      ['direction', 'direction.required'],
      ['occurredAt', 'occurred-at.in-future'],
      ['subject', 'subject.required'],
      ['links.0.objectType', 'link.type-unsupported'],
      ['links.1.objectType', 'link.type-unknown'],
      ['links.1.objectId', 'link.id-invalid'],
      ['participantIds.0', 'participant.invalid'],
    ]);
    expect(errors.every((error) => error.message.length > 0)).toBe(true);
  });

  it('needs at least one relation', () => {
    const { errors } = checkContactMomentInput({ channel: 'brief', direction: 'uitgaand', subject: 'Brief', links: [] }, options);
    expect(errors).toEqual([expect.objectContaining({ field: 'links', code: 'links.required' })]);
  });

  it('tolerates a few minutes of clock difference, and an explicitly empty list of participants', () => {
    const { fields, errors } = checkContactMomentInput(
      {
        channel: 'e-mail',
        direction: 'inkomend',
        subject: 'Mail',
        occurredAt: new Date(NOW.getTime() + 60_000),
        links: [{ objectType: 'organisation', objectId: ORG }],
        participantIds: [],
      },
      options,
    );
    expect(errors).toEqual([]);
    expect(fields.participantIds).toEqual([]);
  });
});
