import type { PracticeSteps } from '../bank-types';

/** Practice for Business communication, bank version 2: one step per level, 0→1 first. */
export const BUSINESS_COMMUNICATION_PRACTICE_V2: Readonly<Record<string, PracticeSteps>> = {
  'biz-problem-framing': [
    {
      project:
        'Take three requests your team received last quarter and, for each, write the question behind it and the decision its answer was meant to serve.',
      evidence: 'The three one-line question-and-decision statements, discussed with your lead.',
    },
    {
      project:
        'Frame the next incoming request with your lead: sit in on the intake conversation and draft the problem statement for them to correct.',
      evidence: 'The problem statement you drafted, with your lead’s edits and the agreed version.',
    },
    {
      project:
        'Own the framing of a vague request end to end: interview the requester, write the question, the decision and what would change it, and get sign-off.',
      evidence:
        'The signed-off framing doc: question, decision, options and what evidence would change the choice.',
    },
    {
      project:
        'Reframe a contested request where stakeholders disagree on the goal, or where a model is the wrong tool, and propose the simpler alternative.',
      evidence:
        'The reframing memo with the alternatives weighed, and the decision taken on the new framing.',
    },
    {
      project:
        'Design a lightweight intake template and triage routine for new requests, pilot it for a month, and revise it from what the pilot showed.',
      evidence:
        'The intake template in use, with a month of framed requests and the changes made after the pilot.',
    },
  ],
  'biz-stakeholders': [
    {
      project:
        'Read the scoping notes of two past projects, one that went well and one that slipped, and list what was agreed before work started in each.',
      evidence: 'The side-by-side comparison naming what the slipped project left unagreed.',
    },
    {
      project:
        'Shadow your lead through the scoping of one project, then write the scope and timeline summary they send to the stakeholders.',
      evidence: 'The scope summary you wrote, as sent, with your lead’s corrections.',
    },
    {
      project:
        'Scope your next project yourself: agree deliverables, dates and what is out of scope in writing, and send a short risk update whenever something slips.',
      evidence: 'The agreed scope note and the dated risk updates you sent during the project.',
    },
    {
      project:
        'Scope a project that may fail, such as a first model for a new problem, with go/no-go checkpoints and what happens at each outcome.',
      evidence:
        'The checkpoint plan agreed with stakeholders, and the recorded go/no-go decision at the first checkpoint.',
    },
    {
      project:
        'Write the scoping and status-update routine your team follows (templates, cadence, escalation), and run two projects with it.',
      evidence:
        'The team’s written routine and two projects’ scope and update records that follow it.',
    },
  ],
  'biz-visualisation': [
    {
      project:
        'Collect five charts from reports or the news, redraw the two most misleading ones honestly, and note what each original got wrong.',
      evidence: 'The before-and-after pairs with one sentence per fix.',
    },
    {
      project:
        'Present one finding at a team meeting using the team’s slide template, and ask a colleague to check that each chart carries the message you intend.',
      evidence: 'The deck you presented, with the reviewer’s comments and the slides you changed.',
    },
    {
      project:
        'Build a short talk on your own around one conclusion: a headline per slide, one point per chart, and a dry run with someone outside the project.',
      evidence: 'The deck whose slide titles alone tell the story, and the dry-run notes.',
    },
    {
      project:
        'Present a finding that the audience will not welcome, or a complex result, to senior people; prepare for the hardest questions in advance.',
      evidence:
        'The deck with its appendix of anticipated objections, and the meeting notes recording the outcome.',
    },
    {
      project:
        'Write a chart and presentation guide for your team, with good and bad examples from your own work, and a theme or template that applies it.',
      evidence: 'The published guide and template, and a deck by a colleague built from it.',
    },
  ],
  'biz-decision-memos': [
    {
      project:
        'Read three well-regarded design docs or decision memos, from your company or published engineering blogs, and outline the sections they share.',
      evidence: 'The outline of a good memo, with an example sentence from each source.',
    },
    {
      project:
        'Write a memo for a real decision from your team’s template, and have a colleague edit it before it goes out.',
      evidence: 'The memo as sent, with the edit history showing the colleague’s changes.',
    },
    {
      project:
        'Write a decision memo on your own for a choice your team faces: the problem, the options, your recommendation and its risks, within two pages.',
      evidence: 'The two-page memo and the decision it informed, recorded in the meeting notes.',
    },
    {
      project:
        'Write the memo for a contentious, high-stakes choice, giving each rejected option its strongest case, and have its advocates confirm it is fair.',
      evidence:
        'The memo with a fair section per option and the advocates’ written agreement that their case is stated fairly.',
    },
    {
      project:
        'Create your team’s memo and design-doc templates with annotated examples, and set up a review habit so every major decision gets one.',
      evidence:
        'The templates, the examples, and the decision log that links each decision to its memo.',
    },
  ],
  'biz-explaining-uncertainty': [
    {
      project:
        'Find two cases, from work or the news, where a single number or an accuracy figure misled people, and write what range or error rate should have gone with it.',
      evidence: 'The two short case notes with the honest statement each should have made.',
    },
    {
      project:
        'Report the next estimate or model result you deliver with its range or error rate, using wording a colleague suggests and checks.',
      evidence:
        'The report or message that states the range, with the colleague’s suggested wording.',
    },
    {
      project:
        'For a model you own, write a plain-language limits section yourself: its error rates, the cases where it fails, and what a user should do then.',
      evidence: 'The model’s limits section in its documentation, read back by a non-specialist.',
    },
    {
      project:
        'Explain a surprising prediction or an ambiguous test result to the people acting on it, separating what the evidence shows from what it does not.',
      evidence:
        'The explanation note stating what is known, what is not, and what further evidence would settle it.',
    },
    {
      project:
        'Write your team’s guide to stating uncertainty and model limits, with standard phrasings for intervals, error rates and failure cases, and apply it in two reports.',
      evidence: 'The published uncertainty guide and two team reports that follow its phrasing.',
    },
  ],
  'biz-impact-prioritisation': [
    {
      project:
        'Take one finished project and estimate after the fact what it was worth and what it cost, writing down every assumption.',
      evidence: 'The retrospective sizing sheet with value, cost and the assumptions behind both.',
    },
    {
      project:
        'Size the value of your next project with a colleague, using a sizing template: the metric it moves, by how much, for how many users, over what period.',
      evidence:
        'The filled-in sizing template with the colleague’s corrections to your assumptions.',
    },
    {
      project:
        'Size value and effort for every item on your own backlog, rank them by the ratio, and use the ranking to choose your next quarter’s work.',
      evidence: 'The sized and ranked backlog, and the quarter’s plan that follows its order.',
    },
    {
      project:
        'Size an opportunity whose value is indirect or uncertain, such as platform work or risk reduction, with a range and the assumptions that drive it.',
      evidence:
        'The sizing model with its value range, a sensitivity check on its assumptions, and the decision it fed.',
    },
    {
      project:
        'Build a sizing method for your team’s whole backlog, back-test it against the realised impact of past projects, and have the team plan a quarter with it.',
      evidence:
        'The sizing method with its back-test of estimates against outcomes, and the quarterly plan ranked with it.',
    },
  ],
};
