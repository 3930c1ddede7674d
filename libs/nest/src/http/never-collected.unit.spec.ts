import { NEVER_COLLECTED_FIELDS, neverCollectedFields } from './never-collected';

const fieldsOf = (body: unknown): string[] => neverCollectedFields(body).map((issue) => issue.field);

describe('fields Commonplan never collects', () => {
  it('finds nothing in a body that keeps to residence and age', () => {
    expect(
      neverCollectedFields({
        name: 'Amina',
        email: 'amina@example.org',
        emailAddress: 'amina@example.org',
        district: 'Nordstadt',
        livesInCitySince: '2024-03',
        birthYear: 1990,
        languages: ['ar', 'de'],
        household: [{ age: 7 }],
      }),
    ).toEqual([]);
  });

  it.each([undefined, null, 'a string', 42, true, []])('finds nothing in %p', (body) => {
    expect(neverCollectedFields(body)).toEqual([]);
  });

  it('names a refused field with the rule and why', () => {
    expect(neverCollectedFields({ nationality: 'Syrian' })).toEqual([
      {
        field: 'nationality',
        rule: 'never-collected',
        message: 'Commonplan never collects nationality; send the request without it',
      },
    ]);
  });

  it.each(NEVER_COLLECTED_FIELDS)('refuses %s', (name) => {
    expect(fieldsOf({ [name]: 'x' })).toEqual([name]);
  });

  it.each([
    'Nationality',
    'IMMIGRATION_STATUS',
    'passport-number',
    'postal_code',
    'zipCode',
    'Country_Of-Origin',
  ])('compares %s case-insensitively, without _ and -', (name) => {
    expect(fieldsOf({ [name]: 'x' })).toEqual([name]);
  });

  it('matches whole names only', () => {
    expect(
      fieldsOf({ addressee: 'x', nickname: 'x', zipped: true, visaDeadline: 'x', streetlights: 3 }),
    ).toEqual([]);
  });

  it('looks at every depth, through objects and arrays, in document order', () => {
    expect(
      fieldsOf({
        visa: 'D',
        contact: { phone: '+49', nationality: 'x' },
        household: [{ age: 7 }, { Passport_Number: 'x', pets: [{ zip: 'x' }] }],
        notes: [[{ birthplace: 'x' }]],
      }),
    ).toEqual([
      'visa',
      'contact.nationality',
      'household.1.Passport_Number',
      'household.1.pets.0.zip',
      'notes.0.0.birthplace',
    ]);
  });

  it('reports a refused field once, not what it holds', () => {
    expect(fieldsOf({ address: { street: 'x', postcode: 'x' } })).toEqual(['address']);
  });

  it('reads a body nested deeper than the call stack reaches', () => {
    let body: unknown = { ssn: 'x' };
    for (let depth = 0; depth < 200_000; depth += 1) body = [body];
    expect(fieldsOf(body)).toEqual([`${'0.'.repeat(200_000)}ssn`]);
  });
});
