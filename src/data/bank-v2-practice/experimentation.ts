import type { PracticeSteps } from '../bank-types';

/** Practice for Experimentation, bank version 2: one step per level, 0→1 first. */
export const EXPERIMENTATION_PRACTICE_V2: Readonly<Record<string, PracticeSteps>> = {
  'exp-test-design': [
    {
      project:
        'Use an online power calculator on three past tests from your team, and see how the sample size changes with the effect you hope to detect.',
      evidence: 'The table of the three tests with their effect sizes, power and required samples.',
    },
    {
      project:
        'Plan the next test your team runs with its design template and a colleague’s guidance, including the sample size and how long it must run.',
      evidence: 'The test plan with its sample-size calculation, reviewed before launch.',
    },
    {
      project:
        'Design a test end to end on your own: hypothesis, randomisation unit, primary and guardrail metrics, power calculation and planned duration, written before launch.',
      evidence: 'The pre-registered test plan and the launch that followed it unchanged.',
    },
    {
      project:
        'Design a test where users or markets interfere with each other, such as a marketplace or pricing change, using clusters or switchbacks, with the power cost estimated.',
      evidence:
        'The design doc comparing user-level and cluster or switchback designs, with the chosen one’s power analysis.',
    },
    {
      project:
        'Build a design calculator or template your team plans every test with (units, metrics, power, duration), and check it against past tests’ outcomes.',
      evidence: 'The design tool in use, and the team’s last five test plans made with it.',
    },
  ],
  'exp-analysis-pitfalls': [
    {
      project:
        'Simulate an A/A test with twenty segments and count how many show a "significant" difference, then read about the multiple-comparisons problem.',
      evidence:
        'The simulation notebook with the count of false wins and a note on why they appear.',
    },
    {
      project:
        'Analyse a finished test with your team’s analysis template or checklist, and have a colleague check every step before the result is shared.',
      evidence: 'The test readout following the checklist, with the reviewer’s sign-off.',
    },
    {
      project:
        'Analyse the next test on your own, with a sample-ratio check, a pre-period check and corrected p-values for the segments you report.',
      evidence: 'The readout with its trust checks and multiple-comparison correction shown.',
    },
    {
      project:
        'Re-analyse a test whose main metric is a ratio or heavy-tailed, such as revenue per user, with the delta method or a bootstrap, and compare with the naive analysis.',
      evidence:
        'The re-analysis notebook showing the naive and correct intervals, and which conclusion changed.',
    },
    {
      project:
        'Automate the trust checks (sample ratio, pre-period balance, outliers, multiple comparisons) so every test report in your team runs them by default.',
      evidence:
        'The automated checks in the reporting pipeline, and a test they flagged before a wrong call.',
    },
  ],
  'exp-causal-inference': [
    {
      project:
        'Find a correlation in your own data that would mislead if read as an effect, draw the confounder as a diagram, and explain it to a colleague.',
      evidence:
        'The causal diagram with the confounder marked and a paragraph on why the correlation misleads.',
    },
    {
      project:
        'Replicate a worked difference-in-differences or matching example, then run it on a question from your own team with guidance.',
      evidence:
        'The analysis notebook following the worked example, applied to your team’s question.',
    },
    {
      project:
        'Answer a causal question where no test is possible on your own: choose the design, state its assumptions, and test them where the data allows.',
      evidence:
        'The analysis report with its design choice, assumption checks and the estimated effect.',
    },
    {
      project:
        'Estimate an effect where simple designs fail, with synthetic control, an instrumental variable or a regression discontinuity, including placebo or falsification tests.',
      evidence:
        'The report with the chosen design, its placebo tests and the effect with its uncertainty.',
    },
    {
      project:
        'Write your team’s guide to observational causal analysis, with code templates for its common designs, and support two colleagues using it.',
      evidence: 'The published guide and templates, and two analyses by colleagues built on them.',
    },
  ],
  'exp-metric-design': [
    {
      project:
        'For a feature you know, list what its primary metric, its guardrails and a faster proxy would be, and what each one protects against.',
      evidence: 'The one-page metric map for that feature, explained to a colleague.',
    },
    {
      project:
        'Pick the metrics for a test from your team’s metric catalogue with guidance, and write why each was chosen.',
      evidence: 'The test plan’s metrics section with the reasoning for each metric.',
    },
    {
      project:
        'Define a new metric on your own, then show it is sensitive (it moves in past tests) and that it moves with the outcome you care about.',
      evidence:
        'The metric definition with its sensitivity analysis across past tests and its link to the outcome.',
    },
    {
      project:
        'Design a short-term proxy for a delayed outcome, such as retention or lifetime value, and validate it against the outcome on past tests or cohorts.',
      evidence:
        'The proxy validation report showing how well it predicts the long-term outcome, and where it fails.',
    },
    {
      project:
        'Build the shared metric definitions or semantic layer your team’s tests are scored on, with tests that each definition matches its documented meaning.',
      evidence:
        'The metric layer with its documented, tested definitions, and the tests scored on it.',
    },
  ],
  'exp-decision-rules': [
    {
      project:
        'Study a past test whose ship decision was argued after the results came in, and write the rule that should have been agreed beforehand.',
      evidence: 'The case note with the pre-agreed rule and how it would have decided the test.',
    },
    {
      project:
        'Make the ship or no-ship recommendation for a test using criteria your lead set before it started, and present it.',
      evidence: 'The recommendation memo that applies the pre-set criteria to the results.',
    },
    {
      project:
        'Write the ship rule for your next test before it starts: the primary metric’s threshold, the guardrails that block a launch, and what to do if results are mixed.',
      evidence: 'The dated, pre-launch decision rule and the final call that applied it.',
    },
    {
      project:
        'Run a test with a sequential design (group sequential or always-valid inference), so it can stop early, and show by simulation that false positives stay controlled.',
      evidence:
        'The design with its stopping boundaries, the simulation of its error rate, and the test it ran.',
    },
    {
      project:
        'Build the decision framework or sequential-testing tool your team launches with: rule templates, boundaries, and the readout that applies them.',
      evidence: 'The decision tool in use, and the launches decided with it over a quarter.',
    },
  ],
  'exp-variance-reduction': [
    {
      project:
        'Simulate a test with and without adjusting for a pre-experiment covariate and see how much narrower the interval becomes as the correlation grows.',
      evidence:
        'The simulation plot of interval width against the covariate’s correlation with the metric.',
    },
    {
      project:
        'Apply CUPED to a finished test with an existing library and a colleague’s guidance, and compare the adjusted interval with the original.',
      evidence: 'The notebook with the unadjusted and CUPED intervals side by side.',
    },
    {
      project:
        'Add covariate adjustment to your team’s analysis of a live test on your own, and confirm with A/A simulations that its error rate stays correct.',
      evidence:
        'The adjusted analysis and the A/A simulation showing the false-positive rate holds.',
    },
    {
      project:
        'Combine variance reduction with stratified randomisation or post-stratification in a test design, and measure the sample size saved.',
      evidence:
        'The design doc with the stratification scheme and the measured reduction in required sample.',
    },
    {
      project:
        'Build variance reduction into your team’s standard test analysis, with the covariates chosen per metric and a report of the variance saved on each test.',
      evidence:
        'The merged analysis code and a quarter’s tests showing the variance each one saved.',
    },
  ],
  'exp-ml-evaluation': [
    {
      project:
        'Read how a public benchmark or an LLM-as-judge study scores outputs, and score ten model outputs by hand with its rubric.',
      evidence: 'The ten scored outputs with a note on where the rubric was hard to apply.',
    },
    {
      project:
        'Run an existing eval set or harness on a model or prompt change your team is considering, and report the result with a colleague checking it.',
      evidence:
        'The eval run’s results table and the reviewed comparison with the current version.',
    },
    {
      project:
        'Build an eval set on your own for a model or prompt you own: sampled real cases, labels or a rubric, and a script that compares versions on it.',
      evidence:
        'The versioned eval set with its labelling guide, and a comparison of two versions run on it.',
    },
    {
      project:
        'Validate an LLM judge for open-ended outputs against human ratings: measure agreement, position and length bias, and fix the judge until it is trustworthy.',
      evidence:
        'The judge validation report with agreement figures and the biases found and corrected.',
    },
    {
      project:
        'Build the evaluation suite that every model or prompt change in your team runs against in CI, with held-out sets kept untouched for final scores.',
      evidence:
        'The evaluation suite wired into CI, and the changes it blocked or passed over a quarter.',
    },
  ],
};
