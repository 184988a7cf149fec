import type { Area } from '../bank-types';

/** Business communication, bank version 2: framing, stakeholders, presenting, writing, explaining limits, sizing. */
export const BUSINESS_COMMUNICATION_V2: Area = {
  id: 'business-communication',
  name: 'Business communication',
  shortName: 'Business',
  summary:
    'Turning requests into well-framed work, and explaining results, models and their limits to the people who decide.',
  items: [
    {
      kind: 'rating',
      id: 'biz-problem-framing',
      title: 'Problem framing',
      hint: 'Turning a vague request into a clear question and the decision it informs',
      anchors: [
        'Not part of my work yet.',
        'I can explain why work needs *a clear question and the decision it serves*.',
        "I have turned a request into a brief *with a template or a senior's help*.",
        'I turn vague requests into a clear question and decision *on my own*.',
        'I reframe *contested or ill-posed requests*, including ones where a model is the wrong tool.',
        'I *designed the intake process* my team uses to frame new requests.',
      ],
    },
    {
      kind: 'rating',
      id: 'biz-stakeholders',
      title: 'Stakeholder expectations',
      hint: 'Agreeing scope and timelines, keeping people updated, raising risks early',
      anchors: [
        'Not part of my work yet.',
        'I can explain why scope and timelines *must be agreed before work starts*.',
        'I have agreed scope with stakeholders *with a lead guiding the conversation*.',
        'I agree scope and timelines *on my own*, and raise risks as soon as I see them.',
        'I scope *work that may fail*, such as a new model, with go/no-go checkpoints.',
        'I *wrote the scoping and update routine* my team runs projects with.',
      ],
    },
    {
      kind: 'rating',
      id: 'biz-visualisation',
      title: 'Charts and presentations',
      hint: 'Choosing charts, one message per chart, a talk built around its conclusion',
      anchors: [
        "I haven't presented data to an audience yet.",
        'I can tell *a clear chart from a misleading one*, and say why.',
        'I have presented findings *from a team template, with someone checking the message*.',
        'I build a talk *on my own around one conclusion*, each chart making one point.',
        'I present *complex or unwelcome findings* to senior, sceptical audiences.',
        'I *wrote the chart and presentation guide* my team works from.',
      ],
    },
    {
      kind: 'rating',
      id: 'biz-decision-memos',
      title: 'Memos and design docs',
      hint: 'Written proposals: the problem, options, a recommendation and its risks',
      anchors: [
        "I haven't written a memo or design doc yet.",
        'I can say *what a good memo or design doc contains*.',
        'I have written one *from a template, with a colleague editing it*.',
        'I write memos or design docs *on my own*: problem, options, recommendation, risks.',
        'I write them *for contentious, high-stakes choices*, giving rejected options a fair case.',
        "I *created the templates and writing guide* my team's proposals follow.",
      ],
    },
    {
      kind: 'rating',
      id: 'biz-explaining-uncertainty',
      title: 'Explaining uncertainty and limits',
      hint: 'Ranges, error rates and where a model fails, in plain words',
      anchors: [
        'Not part of my work yet.',
        'I can explain why *a single number or accuracy figure* can mislead.',
        'I have explained a range or error rate *using wording a colleague suggested*.',
        'I explain ranges, error rates and known failure cases *in plain words on my own*.',
        'I explain *surprising predictions or ambiguous results* without claiming more than the evidence shows.',
        'I *wrote the guide* my team uses to state uncertainty and model limits.',
      ],
    },
    {
      kind: 'rating',
      id: 'biz-impact-prioritisation',
      title: 'Impact and prioritisation',
      hint: 'Sizing opportunities, weighing value against cost, choosing what to do next',
      anchors: [
        'Not part of my work yet.',
        'I can explain *how to size an opportunity and weigh it against effort*.',
        "I have sized a project's value *with a template or a colleague's help*.",
        'I size value and cost *on my own*, and rank my work by them.',
        'I size *indirect or uncertain value*, such as platform work or risk reduction.',
        'I *built the sizing method* my team uses to rank its work.',
      ],
    },
  ],
  checks: [
    {
      kind: 'check',
      id: 'biz-check-bar-axis',
      question:
        "A bar chart's y-axis runs from 4.8% to 5.2%, so one bar looks triple another. What should you do?",
      options: [
        'Start bars at zero, or switch to a dot plot.',
        'Keep it: zooming in honestly shows a small difference.',
        'Keep the axis, adding a note that it starts above zero.',
        'Use a log scale so small differences stand out.',
      ],
      correctIndex: 0,
      explanation:
        "A bar's length encodes its value, so bars must start at zero; a dot plot may use a tight axis because position, not length, carries the value.",
    },
    {
      kind: 'check',
      id: 'biz-check-feature-importance',
      question:
        "A churn model's global feature importance ranks tenure first. A manager asks why one customer was flagged. What can you say?",
      options: [
        'Their tenure is short; that is why they were flagged.',
        'Little: it describes all customers taken together.',
        'Raising their tenure would cut their risk.',
        'Tenure drives most of their score; the rest barely counts.',
      ],
      correctIndex: 1,
      explanation:
        'Global importance averages over everyone and is not causal; explaining one prediction needs a local method, such as SHAP values for that customer.',
    },
    {
      kind: 'check',
      id: 'biz-check-forecast-interval',
      question:
        'The sales forecast is £1.2m, with an 80% prediction interval of £0.9m–£1.5m. What should you tell an executive?',
      options: [
        'Sales will be £1.2m, give or take at most £0.3m.',
        'There is an 80% chance sales will be exactly £1.2m.',
        'Probably near £1.2m, but outside £0.9m–£1.5m one time in five.',
        'Sales will land between £0.9m and £1.5m, and nowhere else.',
      ],
      correctIndex: 2,
      explanation:
        'An 80% interval is expected to miss about one time in five: it is neither a hard limit nor a promise of the central figure.',
    },
    {
      kind: 'check',
      id: 'biz-check-impact-sizing',
      question:
        'A new ranking model should lift search conversion by 10% (relative). Search brings in 5% of revenue. What total uplift should you quote?',
      options: [
        'About 10%: the full lift the model delivers.',
        "About 5%: search's share of revenue.",
        'None yet: sizing must wait for an A/B test.',
        "About 0.5%: the lift times search's share.",
      ],
      correctIndex: 3,
      explanation:
        "A lift on one channel scales by that channel's share: 10% × 5% ≈ 0.5%. Sizing comes before a test; the test later confirms it.",
    },
  ],
};
