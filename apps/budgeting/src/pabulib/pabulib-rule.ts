import { Invalid } from '@commonplan/kernel';
import type { RuleChoice, TallyRule } from '../tally';
import type { Pabulib } from './pabulib';

const refused = (code: string, message: string): Invalid =>
  new Invalid(code, message, [{ field: 'rule', rule: code.slice(code.indexOf('.') + 1), message }]);

/** The rule asked for, else the one the file's META names; a threshold only ever comes from the file. */
export const ruleChoiceFor = (pb: Pabulib, rule: TallyRule | undefined): RuleChoice => {
  if (rule === undefined) {
    if (pb.rule) return pb.rule;
    throw refused(
      'pabulib.rule-unknown',
      `the file's rule "${pb.meta.get('rule') ?? ''}" is none of greedy, greedy-threshold, equalshares/add1: choose one`,
    );
  }
  if (rule === 'mes') return { rule, completion: 'add-one' };
  if (rule === 'greedy') return { rule };
  if (pb.rule?.rule === 'greedy-threshold') return pb.rule;
  const threshold = Number(pb.meta.get('min_project_score_threshold') ?? Number.NaN);
  if (!Number.isFinite(threshold))
    throw refused(
      'pabulib.threshold-missing',
      'greedy-threshold takes its threshold from META min_project_score_threshold, which the file lacks',
    );
  return { rule, threshold };
};
