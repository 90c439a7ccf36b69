import { fieldChanges } from './field-changes.js';

describe('fieldChanges', () => {
  it('reports only the fields whose values differ', () => {
    const changes = fieldChanges(
      { name: 'Bakkerij Jansen', tags: ['horeca'], city: 'Vught', version: 1 },
      { name: 'Bakkerij Jansen B.V.', tags: ['horeca'], city: 'Vught', version: 2 },
      { ignore: ['version'] },
    );
    expect(changes).toEqual({ name: { old: 'Bakkerij Jansen', new: 'Bakkerij Jansen B.V.' } });
  });

  it('treats nested objects with the same content as unchanged, whatever the key order', () => {
    expect(fieldChanges({ address: { city: 'Oss', street: 'Kerkstraat' } }, { address: { street: 'Kerkstraat', city: 'Oss' } })).toEqual({});
  });

  it('hides the values of redacted fields but still records that they changed', () => {
    expect(fieldChanges({ bsn: null }, { bsn: '111222333' }, { redact: ['bsn'] })).toEqual({ bsn: { old: null, new: '***' } });
  });

  it('lists every field of a new record as changed from null', () => {
    expect(fieldChanges(null, { name: 'Gemeente' })).toEqual({ name: { old: null, new: 'Gemeente' } });
  });
});
