import { isValidEmailAddress, normaliseEmailAddress } from './email-address.js';

describe('e-mail address', () => {
  it.each(['info@bakkerijvandijk.nl', 'j.van.der.berg+crm@s-hertogenbosch.nl', 'a@b.co'])('accepts %s', (value) => {
    expect(isValidEmailAddress(value)).toBe(true);
  });

  it.each(['info', 'info@', '@bakkerij.nl', 'info@bakkerij', 'in fo@bakkerij.nl', 'a@@b.nl', '.info@b.nl', 'info..x@b.nl', 'info@-b.nl', 'info@b.1'])(
    'rejects %s',
    (value) => {
      expect(isValidEmailAddress(value)).toBe(false);
    },
  );

  it('trims and lower-cases the domain, keeping the local part as typed', () => {
    expect(normaliseEmailAddress('  Jan.Jansen@Gemeente.NL ')).toBe('Jan.Jansen@gemeente.nl');
  });
});
