import { MAX_BODY_DEPTH, tooDeeplyNested } from './body-depth';

const nested = (depth: number, leaf: unknown): unknown => {
  let body = leaf;
  for (let level = 1; level < depth; level += 1) body = level % 2 === 0 ? [body] : { inner: body };
  return body;
};

describe('how deep a body may nest', () => {
  it.each([undefined, null, 'text', 7, {}, []])('lets %p through', (body) => {
    expect(tooDeeplyNested(body)).toBeUndefined();
  });

  it(`lets objects and arrays ${MAX_BODY_DEPTH} deep through`, () => {
    expect(tooDeeplyNested(nested(MAX_BODY_DEPTH, { leaf: 'x' }))).toBeUndefined();
  });

  it('names the first level too deep', () => {
    expect(tooDeeplyNested({ title: 'x', notes: nested(MAX_BODY_DEPTH, {}) })).toEqual({
      field: `notes${'.inner.0'.repeat(15)}.inner`,
      rule: 'max-depth',
      message: `objects and arrays may be nested at most ${MAX_BODY_DEPTH} deep`,
    });
  });

  it('reads a body nested deeper than the call stack reaches', () => {
    expect(tooDeeplyNested(nested(500_000, {}))).toMatchObject({ rule: 'max-depth' });
  });
});
