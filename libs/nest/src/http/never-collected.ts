import type { Issue } from '@commonplan/kernel';

/**
 * Field names Commonplan refuses on every route, whatever the route would do with them: the firewall
 * principle (ARCHITECTURE.md §6). Migrants take part only if nothing they give can reach immigration
 * enforcement, the promise Barcelona makes with its firewalled municipal register (Padró); data never
 * collected can be neither leaked nor demanded. Eligibility is about residence and age, so no rule
 * needs any of these. Written lower-case without `_` or `-`, the form names are compared in.
 */
export const NEVER_COLLECTED_FIELDS: readonly string[] = [
  // immigration status and nationality
  'nationality',
  'citizenship',
  'immigrationstatus',
  'residencestatus',
  'residencepermit',
  'visa',
  'visastatus',
  'asylumstatus',
  'birthplace',
  'countryoforigin',
  // identity document numbers
  'passport',
  'passportnumber',
  'idnumber',
  'iddocument',
  'documentnumber',
  'nationalid',
  'nie',
  'nif',
  'ssn',
  'socialsecuritynumber',
  // exact addresses; a bare street names where a project is, not where someone lives
  'address',
  'streetaddress',
  'homeaddress',
  'housenumber',
  'postcode',
  'postalcode',
  'zip',
  'zipcode',
];

const refused = new Set(NEVER_COLLECTED_FIELDS);

const comparable = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');

interface Pending {
  readonly path: string;
  /** Absent for the body itself and for array entries, whose keys are positions, not names. */
  readonly name?: string;
  readonly value: unknown;
}

/**
 * One `never-collected` issue per refused field, at any depth, in document order; what a refused
 * field holds is not looked into. Paths are dotted like class-validator's (`household.1.nationality`).
 */
export const neverCollectedFields = (body: unknown): Issue[] => {
  const issues: Issue[] = [];
  // A stack rather than recursion: a 1 MB body can nest deeper than the call stack reaches.
  const pending: Pending[] = [{ path: '', value: body }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { path, name, value } = next;
    if (name !== undefined && refused.has(comparable(name))) {
      issues.push({
        field: path,
        rule: 'never-collected',
        message: `Commonplan never collects ${name}; send the request without it`,
      });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const entries = Object.entries(value);
    const named = !Array.isArray(value);
    // Pushed last to first, so the first field is looked at first.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index] as [string, unknown];
      pending.push({
        path: path === '' ? key : `${path}.${key}`,
        name: named ? key : undefined,
        value: child,
      });
    }
  }
  return issues;
};
