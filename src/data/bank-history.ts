/**
 * The question order of every released bank version. Share links (and any
 * saved data that packs answers positionally) refer to a question by its
 * position in a versioned bank, not by its id, so a link made with an older
 * bank can only be read if that bank's order is still known here.
 *
 * Whenever the bank's `version` is bumped, add the new version's order (ids as
 * `listQuestions` returns them) as a new entry. Never edit or remove an old
 * entry: links already sent would silently decode to the wrong questions.
 */
export const QUESTION_ORDER_BY_VERSION: Readonly<Record<number, readonly string[]>> = Object.freeze(
  {
    1: Object.freeze([
      'stats-probability',
      'stats-estimation',
      'stats-regression',
      'stats-bayesian',
      'stats-model-validation',
      'stats-eda-data-quality',
      'stats-check-1',
      'stats-check-2',
      'biz-problem-framing',
      'biz-stakeholders',
      'biz-visualisation',
      'biz-decision-memos',
      'biz-explaining-uncertainty',
      'biz-impact-prioritisation',
      'biz-check-1',
      'biz-check-2',
      'eng-code-quality',
      'eng-testing-ci',
      'eng-environments',
      'eng-api-design',
      'eng-sql-pipelines',
      'eng-debugging',
      'eng-check-1',
      'eng-check-2',
      'exp-test-design',
      'exp-analysis-pitfalls',
      'exp-variance-sequential',
      'foil-1',
      'exp-causal-inference',
      'exp-metric-design',
      'exp-decision-rules',
      'exp-check-1',
      'exp-check-2',
      'ops-serving',
      'ops-model-cicd',
      'ops-infrastructure',
      'ops-monitoring',
      'ops-feature-consistency',
      'ops-release-rollback',
      'ops-check-1',
      'ops-check-2',
    ]),
  },
);
