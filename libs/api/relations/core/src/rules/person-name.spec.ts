import { personDisplayName, personSortName } from './person-name.js';

describe('person name', () => {
  const jan = { voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg' };

  it('is displayed as voornaam, tussenvoegsel and achternaam', () => {
    expect(personDisplayName(jan)).toBe('Jan van der Berg');
  });

  it('capitalises the tussenvoegsel when it starts the name', () => {
    expect(personDisplayName({ voornaam: null, tussenvoegsel: 'van der', achternaam: 'Berg' })).toBe('Van der Berg');
  });

  it('leaves out what is missing and tidies spaces', () => {
    expect(personDisplayName({ voornaam: ' Els ', tussenvoegsel: null, achternaam: ' de  Wit' })).toBe('Els de Wit');
    expect(personDisplayName({ voornaam: null, tussenvoegsel: null, achternaam: 'Jansen' })).toBe('Jansen');
  });

  it('sorts under the achternaam, not the tussenvoegsel', () => {
    expect(personSortName(jan)).toBe('Berg, Jan van der');
    expect(personSortName({ voornaam: null, tussenvoegsel: 'de', achternaam: 'Vries' })).toBe('Vries, de');
    expect(personSortName({ voornaam: 'Piet', tussenvoegsel: null, achternaam: 'Bakker' })).toBe('Bakker, Piet');
  });
});
