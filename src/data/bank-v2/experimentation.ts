import type { Area } from '../bank-types';

/** Experimentation, bank version 2: test design and analysis, causal inference, metrics, decisions, variance reduction, ML/LLM evaluation. */
export const EXPERIMENTATION_V2: Area = {
  id: 'experimentation',
  name: 'Experimentation',
  shortName: 'Experiments',
  summary:
    'Measuring the effect of changes with randomised tests and observational methods, and evaluating ML and LLM systems offline.',
  items: [
    {
      kind: 'rating',
      id: 'exp-test-design',
      title: 'Test design',
      hint: 'Hypotheses, randomisation unit, power and sample size',
      anchors: [
        'Not part of my work yet.',
        'I can explain *randomisation units, statistical power and sample size*.',
        'I have planned a test *from a template or with guidance*, including its sample size.',
        'I design tests *end to end on my own*: hypothesis, randomisation unit and power calculation.',
        'I design tests *with clusters, switchbacks or interference* between users or markets.',
        'I *built the design tooling or standard* my team plans its tests with.',
      ],
    },
    {
      kind: 'rating',
      id: 'exp-analysis-pitfalls',
      title: 'A/B analysis pitfalls',
      hint: 'Reading test results safely: multiple comparisons, segment slicing, skewed and ratio metrics',
      anchors: [
        'Not part of my work yet.',
        'I can explain *why slicing results into many segments* produces false wins.',
        'I have analysed a test *with a checklist or template*, with someone checking my work.',
        'I analyse tests *on my own*, running trust checks and correcting for multiple comparisons.',
        'I analyse *heavy-tailed or ratio metrics* correctly, with the delta method or bootstrap.',
        "I *built the automated analysis checks* my team's test reports run.",
      ],
    },
    {
      kind: 'rating',
      id: 'exp-causal-inference',
      title: 'Observational causal inference',
      hint: 'Effects without a randomised test: difference-in-differences, matching, synthetic control',
      anchors: [
        'Not part of my work yet.',
        'I can explain *confounding and why correlation is not an effect*.',
        'I have run a difference-in-differences or matching analysis *following a worked example*.',
        'I choose a design *on my own* where no test is possible, checking its assumptions.',
        'I use *synthetic control, instrumental variables or regression discontinuity* when simpler designs fail.',
        'I *built the causal tooling or guidance* others in my team use.',
      ],
    },
    {
      kind: 'rating',
      id: 'exp-metric-design',
      title: 'Metric design',
      hint: 'Choosing primary, guardrail and proxy metrics that track real outcomes',
      anchors: [
        'Not part of my work yet.',
        'I can explain *primary, guardrail and proxy metrics* and what each protects.',
        "I have picked a test's metrics *from an existing catalogue or with guidance*.",
        'I define new metrics *on my own*, checking they are sensitive and move with the outcome.',
        'I design metrics for *delayed or long-term outcomes*, validating proxies against them.',
        "I *built the metric definitions or layer* my team's tests are scored on.",
      ],
    },
    {
      kind: 'rating',
      id: 'exp-decision-rules',
      title: 'Launch decision rules',
      hint: 'Ship rules set in advance, guardrails weighed, stopping early without inflating errors',
      anchors: [
        'Not part of my work yet.',
        'I can explain *why ship rules are written before a test starts*.',
        'I have recommended ship or no-ship *using criteria others set in advance*.',
        'I write ship rules *on my own before the test*, weighing the primary metric against guardrails.',
        'I use *sequential tests* so we can stop early without inflating false positives.',
        "I *built the decision framework or sequential tooling* my team's launches follow.",
      ],
    },
    {
      kind: 'rating',
      id: 'exp-variance-reduction',
      title: 'Variance reduction',
      hint: 'CUPED and other covariate adjustment, stratification: the same power from smaller samples',
      anchors: [
        'Not part of my work yet.',
        'I can explain *how pre-experiment data shrinks variance* and sample size.',
        'I have applied CUPED *with an existing library or guidance*.',
        'I apply covariate adjustment *on my own*, checking error rates stay correct.',
        'I extend it *with stratified randomisation or post-stratification* in my designs.',
        "I *built the variance reduction* my team's test analyses use.",
      ],
    },
    {
      kind: 'rating',
      id: 'exp-ml-evaluation',
      title: 'ML and LLM evaluation',
      hint: 'Eval sets, LLM judges, human rating and regression suites for models and prompts',
      anchors: [
        'Not part of my work yet.',
        'I can explain *how eval sets, rubrics and LLM judges* score model or prompt outputs.',
        'I have evaluated a model or prompt *on an existing eval set or harness*.',
        'I build eval sets *on my own*, with labels or rubrics, and compare versions on them.',
        'I validate *LLM judges against human ratings* for open-ended outputs.',
        'I *built the evaluation suite* every model or prompt change runs against.',
      ],
    },
  ],
  checks: [
    {
      kind: 'check',
      id: 'exp-check-novelty-effect',
      question:
        'A redesigned home page lifts clicks 8% in week one but only 2% in week three. Likely reading?',
      options: [
        'People are trying something new; the lasting lift is nearer 2%.',
        'Report the three-week average, about 5%, as the effect.',
        'Week one is the true effect; the later drop is noise.',
        'The lift is shrinking, so the new page has a bug.',
      ],
      correctIndex: 0,
      explanation:
        'Novelty wears off: early lifts often come from curiosity, so the later, stable weeks are the better estimate of the lasting effect.',
    },
    {
      kind: 'check',
      id: 'exp-check-sample-ratio',
      question: 'A 50/50 test has 50,000 users in control, 48,500 in treatment. First step?',
      options: [
        'Nothing: a gap of 1,500 users is normal noise at this size.',
        'Find why the arms differ; assignment or logging is broken.',
        'Reweight treatment users so the two arms match in size.',
        'Run the test longer until the two arms even out.',
      ],
      correctIndex: 1,
      explanation:
        'A fair 50/50 split of 98,500 rarely misses by more than a few hundred; this sample-ratio mismatch means a fault that may bias every result.',
    },
    {
      kind: 'check',
      id: 'exp-check-judge-position',
      question:
        'An LLM judge comparing answers from two prompts mostly prefers whichever is shown first. What do you do?',
      options: [
        'Switch to a larger, stronger judge, which is less biased.',
        'Tell the judge in its instructions to ignore the answer order.',
        'Judge each pair twice with the order swapped, then combine.',
        'Always show prompt A first, so the bias hits both equally.',
      ],
      correctIndex: 2,
      explanation:
        'Position bias persists in large models and despite instructions; fixing the order favours one prompt, while swapping and combining cancels the bias.',
    },
    {
      kind: 'check',
      id: 'exp-check-eval-overfit',
      question:
        'Tuning a prompt for weeks on 200 questions lifted its score from 70% to 88%; fresh ones get 72%. Why?',
      options: [
        'The fresh questions are harder; their labels need rechecking.',
        'With 200 questions, 88% and 72% differ only by noise.',
        'The provider has updated the model in the meantime.',
        'The prompt was fitted to quirks of that set, not the task.',
      ],
      correctIndex: 3,
      explanation:
        'Weeks of choices made on one eval set fit its quirks; keep a held-out set untouched for the final score.',
    },
  ],
};
