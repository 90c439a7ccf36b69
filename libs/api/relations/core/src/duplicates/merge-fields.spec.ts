import { differingFields, mergeFieldValues } from './merge-fields.js';

interface Sample {
  name: string;
  phone: string | null;
  email: string | null;
  tags: string[];
}

const survivor: Sample = { name: 'Bakkerij Jansen', phone: null, email: 'info@jansen.nl', tags: ['bakker', 'oss'] };
const merged: Sample = { name: 'Bakkerij Jansen B.V.', phone: '0412-123456', email: 'info@jansen.nl', tags: ['oss', 'mkb'] };
const FIELDS = ['name', 'phone', 'email', 'tags'] as const;

describe('merging field values', () => {
  it('asks only about the fields that differ', () => {
    expect(differingFields(survivor, merged, FIELDS)).toEqual(['name', 'phone', 'tags']);
  });

  it('keeps the survivor value unless the merged one is chosen', () => {
    const { values, choices } = mergeFieldValues(survivor, merged, FIELDS, { name: 'merged' });
    expect(values).toEqual({ name: 'Bakkerij Jansen B.V.', phone: '0412-123456', email: 'info@jansen.nl', tags: ['bakker', 'oss'] });
    // An empty survivor value takes the merged one by default, so nothing filled in is lost.
    expect(choices).toEqual({ name: 'merged', phone: 'merged', tags: 'survivor' });
  });

  it('keeps an explicit choice for the survivor even when its value is empty', () => {
    expect(mergeFieldValues(survivor, merged, FIELDS, { phone: 'survivor' }).values.phone).toBeNull();
  });

  it('combines lists when both are chosen, without repeats', () => {
    expect(mergeFieldValues(survivor, merged, FIELDS, { tags: 'both' }).values.tags).toEqual(['bakker', 'oss', 'mkb']);
  });

  it('treats "both" on a single value as the survivor value', () => {
    expect(mergeFieldValues(survivor, merged, FIELDS, { name: 'both' }).values.name).toBe('Bakkerij Jansen');
  });
});
