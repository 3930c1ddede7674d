import { commandEventId, nameBasedUuid } from './event-streams';

const COMMAND = '0f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19';

describe('event ids derived from a command id', () => {
  it('are RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: the DNS namespace and www.example.com.
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('are the same for every retry, whatever case the id is sent in, and differ by stream and position', () => {
    const id = commandEventId(COMMAND, 'ballot-ab12', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(commandEventId(COMMAND.toUpperCase(), 'ballot-ab12', 0)).toBe(id);
    expect(commandEventId(COMMAND, 'ballot-ab13', 0)).not.toBe(id);
    expect(commandEventId(COMMAND, 'ballot-ab12', 1)).not.toBe(id);
    expect(commandEventId('1f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19', 'ballot-ab12', 0)).not.toBe(id);
  });

  it('refuse a command id that is not a UUID', () => {
    expect(() => commandEventId('retry-1', 'ballot-ab12', 0)).toThrow(/UUID/);
  });
});
