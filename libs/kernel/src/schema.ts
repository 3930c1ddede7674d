import type { Issue } from './errors';

/**
 * A small schema language for event payloads and commands, so domain files can state the shape of
 * what they accept without importing a validation framework. Parsing never throws: it returns the
 * typed value or every issue found, each naming the field and the rule.
 */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issue[] };

export interface Schema<T> {
  readonly parse: (input: unknown, path?: string) => Parsed<T>;
  readonly optional: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (field: string, rule: string, message: string): Parsed<never> => ({
  ok: false,
  issues: [{ field, rule, message }],
});
const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
const describe = (path: string): string => (path === '' ? 'value' : path);

const make = <T>(parse: (input: unknown, path: string) => Parsed<T>): Schema<T> => ({
  parse: (input, path = '') => parse(input, path),
  optional: false,
});

interface StringRules {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  readonly patternName?: string;
}

const string = (rules: StringRules = {}): Schema<string> =>
  make((input, path) => {
    if (typeof input !== 'string') return fail(path, 'string', `${describe(path)} must be a string`);
    if (rules.min !== undefined && input.length < rules.min)
      return fail(path, 'min-length', `${describe(path)} must have at least ${rules.min} characters`);
    if (rules.max !== undefined && input.length > rules.max)
      return fail(path, 'max-length', `${describe(path)} must have at most ${rules.max} characters`);
    if (rules.pattern && !rules.pattern.test(input)) {
      const rule = rules.patternName ?? 'pattern';
      return fail(path, rule, `${describe(path)} must match ${rule}`);
    }
    return ok(input);
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (): Schema<string> => string({ pattern: UUID, patternName: 'uuid' });

interface NumberRules {
  readonly min?: number;
  readonly max?: number;
}

const numeric = (integer: boolean, rules: NumberRules): Schema<number> =>
  make((input, path) => {
    if (typeof input !== 'number' || !Number.isFinite(input))
      return fail(path, 'number', `${describe(path)} must be a finite number`);
    if (integer && !Number.isSafeInteger(input))
      return fail(path, 'integer', `${describe(path)} must be a whole number`);
    if (rules.min !== undefined && input < rules.min)
      return fail(path, 'min', `${describe(path)} must be at least ${rules.min}`);
    if (rules.max !== undefined && input > rules.max)
      return fail(path, 'max', `${describe(path)} must be at most ${rules.max}`);
    return ok(input);
  });

const boolean = (): Schema<boolean> =>
  make((input, path) =>
    typeof input === 'boolean' ? ok(input) : fail(path, 'boolean', `${describe(path)} must be true or false`),
  );

const oneOf = <const T extends readonly (string | number)[]>(...values: T): Schema<T[number]> =>
  make((input, path) =>
    values.includes(input as T[number])
      ? ok(input as T[number])
      : fail(path, 'one-of', `${describe(path)} must be one of ${values.join(', ')}`),
  );

const isoDate = (): Schema<string> =>
  make((input, path) =>
    typeof input === 'string' && !Number.isNaN(Date.parse(input)) && /^\d{4}-\d{2}-\d{2}/.test(input)
      ? ok(input)
      : fail(path, 'iso-date', `${describe(path)} must be an ISO 8601 date`),
  );

const array = <T>(
  item: Schema<T>,
  rules: { readonly min?: number; readonly max?: number } = {},
): Schema<T[]> =>
  make((input, path) => {
    if (!Array.isArray(input)) return fail(path, 'array', `${describe(path)} must be a list`);
    if (rules.min !== undefined && input.length < rules.min)
      return fail(path, 'min-items', `${describe(path)} must have at least ${rules.min} entries`);
    if (rules.max !== undefined && input.length > rules.max)
      return fail(path, 'max-items', `${describe(path)} must have at most ${rules.max} entries`);
    const issues: Issue[] = [];
    const values: T[] = [];
    input.forEach((element, index) => {
      const parsed = item.parse(element, join(path, index));
      if (parsed.ok) values.push(parsed.value);
      else issues.push(...parsed.issues);
    });
    return issues.length > 0 ? { ok: false, issues } : ok(values);
  });

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** Unknown keys are refused: a payload that carries more than its schema names is a mistake or a leak. */
const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> =>
  make((input, path) => {
    if (!isRecord(input)) return fail(path, 'object', `${describe(path)} must be an object`);
    const issues: Issue[] = [];
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      if (!(key in shape))
        issues.push({
          field: join(path, key),
          rule: 'unknown',
          message: `${join(path, key)} is not allowed`,
        });
    }
    for (const [key, schema] of Object.entries(shape)) {
      const field = join(path, key);
      if (input[key] === undefined) {
        if (!schema.optional) issues.push({ field, rule: 'required', message: `${field} is required` });
        continue;
      }
      const parsed = schema.parse(input[key], field);
      if (parsed.ok) value[key] = parsed.value;
      else issues.push(...parsed.issues);
    }
    return issues.length > 0 ? { ok: false, issues } : ok(value as ObjectOf<S>);
  });

const optional = <T>(schema: Schema<T>): Schema<T | undefined> & { readonly optional: true } => ({
  parse: (input, path = '') => (input === undefined ? ok(undefined) : schema.parse(input, path)),
  optional: true,
});

const nullable = <T>(schema: Schema<T>): Schema<T | null> => ({
  parse: (input, path = '') => (input === null ? ok(null) : schema.parse(input, path)),
  optional: schema.optional,
});

/** Free-form JSON, for payloads whose shape another schema version owns (e.g. before an upcaster). */
const json = (): Schema<unknown> => make((input) => ok(input));

export const s = {
  string,
  uuid,
  integer: (rules: NumberRules = {}) => numeric(true, rules),
  number: (rules: NumberRules = {}) => numeric(false, rules),
  boolean,
  oneOf,
  isoDate,
  array,
  object,
  optional,
  nullable,
  json,
};
