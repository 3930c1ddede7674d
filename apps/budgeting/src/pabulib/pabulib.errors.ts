import { Invalid } from '@commonplan/kernel';

/** A .pb file that cannot be read, naming the line so the person holding the file can fix it. */
export class MalformedPabulib extends Invalid {
  constructor(
    readonly line: number,
    rule: string,
    problem: string,
  ) {
    super('pabulib.malformed', `line ${line}: ${problem}`, [
      { field: `line ${line}`, rule, message: problem },
    ]);
  }
}
