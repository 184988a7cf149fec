import type { PracticeSteps } from '../bank-types';

/** Practice for Statistics, bank version 2: one step per level, 0→1 first. */
export const STATISTICS_PRACTICE_V2: Readonly<Record<string, PracticeSteps>> = {
  'stats-estimation': [
    {
      project:
        'Simulate 1,000 samples from a known population in a notebook and watch how the spread of their means shrinks as the sample size grows.',
      evidence:
        'The notebook with a plot of sample means at three sample sizes and two sentences on what a standard error is.',
    },
    {
      project:
        'Take a metric your team reports weekly and, with a colleague checking, attach a 95% interval to last month’s value using the team’s template.',
      evidence:
        'The reviewed notebook that reports the metric with its interval and the formula used.',
    },
    {
      project:
        'Pick a skewed quantity such as order value, choose an estimator for its mean or median yourself, and compare a formula interval with a bootstrap one.',
      evidence:
        'The write-up comparing the two intervals, saying which you would report and why, with the code attached.',
    },
    {
      project:
        'Re-estimate a metric measured on clustered units (users within stores, sessions within users) with cluster-robust or cluster-bootstrap intervals, and show how much the naive interval understated.',
      evidence:
        'The memo showing naive and clustered intervals side by side, with the design effect you found.',
    },
    {
      project:
        'Package the bootstrap and simulation routines you keep rewriting into a small tested library with examples, and get two colleagues to use it on live work.',
      evidence:
        'The merged library with tests and docs, and two analyses by others that import it.',
    },
  ],
  'stats-regression': [
    {
      project:
        'Work through a published regression table, such as one from a paper in your domain, and write what each coefficient means in plain words.',
      evidence:
        'The one-page annotation of the table, naming each coefficient’s unit and the assumption it rests on.',
    },
    {
      project:
        'Fit a linear or logistic regression on a team dataset by following an existing example, then ask a colleague to check your reading of the output.',
      evidence:
        'The notebook with the fitted model, your interpretation and the colleague’s comments.',
    },
    {
      project:
        'Model a count or rate outcome (claims, tickets, conversions) with a Poisson or binomial GLM on your own, checking residuals and overdispersion before you report effects.',
      evidence:
        'The analysis notebook with residual plots, the dispersion check and the effects stated with intervals.',
    },
    {
      project:
        'Rebuild a model with grouped data (stores, regions, schools) as a mixed-effects or Bayesian hierarchical model, and diagnose its convergence or sampling warnings.',
      evidence:
        'The report comparing pooled and hierarchical estimates, with trace plots or convergence diagnostics attached.',
    },
    {
      project:
        'Take a modelling problem a colleague is stuck on that standard families cannot fit, and write a custom likelihood or model for it, validated by simulation.',
      evidence:
        'The model code with a simulation study recovering known parameters, and the colleague’s analysis that uses it.',
    },
  ],
  'stats-eda-data-quality': [
    {
      project:
        'Read two post-mortems or blog posts about analyses that went wrong because of bad data, and list the checks that would have caught each problem.',
      evidence: 'The short list of checks, each tied to the failure it would have caught.',
    },
    {
      project:
        'Profile one table you use often with your team’s checklist or a profiling tool: missing values, ranges, duplicates, distributions.',
      evidence: 'The profiling report for that table, with the issues you found and who you told.',
    },
    {
      project:
        'Explore a new data source end to end before it is used: reconcile its totals against a trusted report, document definitions, and log every issue you find.',
      evidence:
        'The data notes with the reconciliation table, each gap explained or raised as an issue.',
    },
    {
      project:
        'Audit a dataset feeding an important number for subtle faults: joins that duplicate rows, survivorship, definitions that changed mid-series. Quantify the effect of each.',
      evidence:
        'The audit memo listing each fault found, how much it moved the number, and the fix agreed.',
    },
    {
      project:
        'Turn the checks you run by hand into automated data-quality tests (row counts, uniqueness, freshness, reconciliation) that run on shared tables every day.',
      evidence:
        'The merged data-quality suite and its alert history showing a real problem caught before use.',
    },
  ],
  'stats-model-validation': [
    {
      project:
        'Recreate a classic leakage example on public data: a feature that encodes the label scores brilliantly until you split the data properly.',
      evidence:
        'The notebook where the leaky score collapses after a proper split, with a paragraph explaining why.',
    },
    {
      project:
        'Validate an existing team model on held-out data using the team’s evaluation notebook, and report its metrics with a colleague reviewing.',
      evidence: 'The reviewed evaluation notebook with held-out metrics and a calibration plot.',
    },
    {
      project:
        'Design the validation for a model yourself so it mirrors how the model will be used: a time-based or grouped split, and the metric that matches the decision.',
      evidence:
        'The validation design note explaining the split and metric, with the resulting scores.',
    },
    {
      project:
        'Hunt for leakage in a model that looks too good: duplicates across splits, features recorded after the outcome, target information in preprocessing.',
      evidence:
        'The review that names the leak found (or the checks that ruled each out) and the corrected score.',
    },
    {
      project:
        'Write the validation checklist and reusable split and evaluation code every new model in your team must pass before review, and apply it to three existing models.',
      evidence:
        'The validation standard with its shared code, and three model reviews that used it.',
    },
  ],
  'stats-feature-engineering': [
    {
      project:
        'Train the same simple model on raw columns and on scaled, one-hot and aggregated versions of them, and note how each change moves the fit.',
      evidence:
        'The notebook comparing the variants, with a sentence per encoding on what changed.',
    },
    {
      project:
        'Build the features for one model from an existing recipe, such as date parts, one-hot categories and rolling counts, with a colleague reviewing the code.',
      evidence: 'The reviewed feature code and the model run that uses it.',
    },
    {
      project:
        'Propose five new features for a model you own, test each against a baseline with proper validation, and keep only those that measurably help.',
      evidence:
        'The experiment log of feature candidates with validated gains, and the PR adding the kept ones.',
    },
    {
      project:
        'Add features from text, event sequences or a high-cardinality field to a model, using learned embeddings or target encoding done out of fold.',
      evidence:
        'The PR adding the new representation, with an ablation showing its lift on held-out data.',
    },
    {
      project:
        'Collect the features several models recompute into a shared, documented feature library or embedding table with tests, and move two models onto it.',
      evidence: 'The feature library’s first release and the two model PRs that switched to it.',
    },
  ],
  'stats-model-tuning': [
    {
      project:
        'Fit a model with regularisation strengths from very weak to very strong and plot training and validation error to see bias trade against variance.',
      evidence:
        'The validation-curve plot with a paragraph reading it in terms of bias and variance.',
    },
    {
      project:
        'Tune one model with the team’s existing search script or an AutoML tool, with a colleague checking the search space and the chosen result.',
      evidence: 'The search run’s results table and the reviewed choice of final settings.',
    },
    {
      project:
        'For a new problem, compare two or three model families yourself and tune the best within a fixed compute budget, reporting what the budget bought.',
      evidence:
        'The model-selection report with each family’s tuned score, the budget and the choice made.',
    },
    {
      project:
        'Tune a training run that is unstable or expensive, such as a deep network: learning-rate schedules, warm-up, early stopping, and a search that prunes bad trials early.',
      evidence:
        'The tuning log showing the unstable baseline, the changes made and the stable, better run.',
    },
    {
      project:
        'Write the default configurations and tuning tooling your team starts models from, with benchmarks on past problems showing the defaults are sound.',
      evidence:
        'The merged defaults and tuning tool, with the benchmark table and a model trained from them.',
    },
  ],
  'stats-forecasting': [
    {
      project:
        'Decompose a public time series, such as monthly airline passengers, into trend and seasonality, and plot its autocorrelation.',
      evidence:
        'The notebook with the decomposition and autocorrelation plots, each described in one sentence.',
    },
    {
      project:
        'Produce a forecast for a series your team tracks from a template (seasonal naive, ETS or Prophet), with a colleague reviewing it before it is shared.',
      evidence: 'The reviewed forecast notebook and the chart that was shared with its audience.',
    },
    {
      project:
        'Build a forecast on your own with a rolling-origin backtest against a seasonal naive baseline, and report prediction intervals with their measured coverage.',
      evidence:
        'The backtest report with error by horizon, baseline comparison and interval coverage.',
    },
    {
      project:
        'Forecast a set of related series with breaks, holidays or intermittent demand, using a global or hierarchical model and reconciled totals.',
      evidence:
        'The forecast evaluation across series, showing where the new approach beats per-series models.',
    },
    {
      project:
        'Turn your forecasting work into a shared pipeline or library that others run: data checks, backtests, intervals and a standard report.',
      evidence:
        'The forecasting library’s release notes and a forecast another team produced with it.',
    },
  ],
};
