import type { Area } from '../bank-types';

/** Statistics, bank version 2: estimation, regression and statistical models, data quality, validation, features, tuning, forecasting. */
export const STATISTICS_V2: Area = {
  id: 'statistics',
  name: 'Statistics',
  shortName: 'Stats',
  summary:
    'Reasoning about data, uncertainty and models: estimation, regression, features, model choice and tuning, validation and forecasting.',
  items: [
    {
      kind: 'rating',
      id: 'stats-estimation',
      title: 'Estimation and uncertainty',
      hint: 'Distributions, standard errors, confidence intervals, the bootstrap and simulation',
      anchors: [
        'Not part of my work yet.',
        'I can explain *what a standard error and a confidence interval* mean.',
        'I have fitted a distribution or computed intervals *from a template or with guidance*.',
        'I choose distributions and estimators *on my own*, giving intervals by formula or bootstrap.',
        'I estimate from *clustered, weighted, heavy-tailed or small-sample data* without understating uncertainty.',
        'I *built the estimation or simulation tools* my team uses.',
      ],
    },
    {
      kind: 'rating',
      id: 'stats-regression',
      title: 'Regression and statistical models',
      hint: 'Linear and generalised linear models, hierarchical and Bayesian models, checking assumptions',
      anchors: [
        'Not part of my work yet.',
        'I can explain *what a regression coefficient means* and what it assumes.',
        'I have fitted linear or logistic regressions *following an example or with guidance*.',
        'I fit and interpret generalised linear models *on my own*, checking residuals and assumptions.',
        'I build *hierarchical, mixed-effects or Bayesian models*, diagnosing fit or sampling problems.',
        'I *solve the hard modelling problems others bring me*, such as custom likelihoods.',
      ],
    },
    {
      kind: 'rating',
      id: 'stats-eda-data-quality',
      title: 'Exploratory analysis and data quality',
      hint: 'Profiling new data, missing values, outliers, reconciling against known totals',
      anchors: [
        'Not part of my work yet.',
        'I can explain *why data is explored and checked* before modelling.',
        'I have profiled a dataset *following a checklist or with guidance*.',
        'I explore new data *on my own*, reconciling it against known totals and noting issues.',
        'I uncover *subtle problems*, such as survivorship bias, duplicating joins or changed definitions.',
        'I *built the profiling or data-quality checks* others run on their data.',
      ],
    },
    {
      kind: 'rating',
      id: 'stats-model-validation',
      title: 'Model validation',
      hint: 'Held-out data, cross-validation, leakage, calibration, splits that mirror real use',
      anchors: [
        'Not part of my work yet.',
        'I can explain *overfitting, cross-validation and data leakage*.',
        'I have validated a model on held-out data *using an existing notebook or template*.',
        'I design validation *on my own* that mirrors real use, with time-based or grouped splits.',
        'I catch *subtle leakage*, such as duplicates across splits or features recorded after the outcome.',
        "I *built the validation framework or standard* my team's models must pass.",
      ],
    },
    {
      kind: 'rating',
      id: 'stats-feature-engineering',
      title: 'Feature engineering',
      hint: 'Encodings, transformations, aggregates and embeddings that turn raw data into model inputs',
      anchors: [
        'I use the data columns as they come.',
        'I can explain *how encodings, scaling and aggregates* change what a model learns.',
        'I have built features *from a recipe or with guidance*, such as one-hot encodings.',
        'I design and test features *on my own*, keeping those that measurably help.',
        'I build features from *text, sequences or high-cardinality data*, including learned embeddings.',
        "I *created the embeddings or feature library* my team's models reuse.",
      ],
    },
    {
      kind: 'rating',
      id: 'stats-model-tuning',
      title: 'Model choice and tuning',
      hint: 'Choosing model families, hyperparameter search, regularisation, for classical ML or deep learning',
      anchors: [
        'I use default model settings, or no models yet.',
        'I can explain *how hyperparameters and regularisation trade bias against variance*.',
        'I have tuned a model *with a ready-made search script or guidance*.',
        'I choose between model families and tune them *on my own*, within a search budget.',
        'I tune *unstable or costly training*, such as deep networks, with schedules and early stopping.',
        'I *built the tuning tooling or model defaults* my team starts from.',
      ],
    },
    {
      kind: 'rating',
      id: 'stats-forecasting',
      title: 'Time series and forecasting',
      hint: 'Trend, seasonality, autocorrelation, forecasting models and prediction intervals',
      anchors: [
        'Not part of my work yet.',
        'I can explain *trend, seasonality and autocorrelation* in a time series.',
        'I have produced a forecast *from a template or with guidance*.',
        'I build and backtest forecasts *on my own*, with prediction intervals.',
        'I forecast *many related series, or ones with breaks, holidays or intermittent demand*.',
        "I *built the forecasting system or library* my team's forecasts come from.",
      ],
    },
  ],
  checks: [
    {
      kind: 'check',
      id: 'stats-check-penalty-scaling',
      question:
        'You fit an L2-regularised logistic regression on raw income (in pounds) and age (in years). What should you do first?',
      options: [
        'Rescale both so the penalty treats them alike.',
        "Nothing: the penalty adapts to each feature's own scale.",
        'Log income only, since the model needs normal inputs.',
        'Lower the penalty so the income effect is not shrunk.',
      ],
      correctIndex: 0,
      explanation:
        'A penalty on coefficient size depends on units: unscaled, the age coefficient is shrunk far more than the tiny income one. Rescaling puts them on one footing.',
    },
    {
      kind: 'check',
      id: 'stats-check-regression-to-mean',
      question:
        'The 20 stores with the worst sales last quarter get a coaching programme; next quarter most of them improve. What do you conclude?',
      options: [
        'The coaching worked: most of the stores then improved.',
        'A share of that rise would have happened anyway.',
        'Nothing yet: 20 stores is too small a sample.',
        'It worked only if the improvement is significant.',
      ],
      correctIndex: 1,
      explanation:
        'Stores picked for an unusually bad quarter tend to drift back towards their average anyway (regression to the mean); only a comparison group shows what the coaching added.',
    },
    {
      kind: 'check',
      id: 'stats-check-forecast-backtest',
      question:
        'You tune a daily demand forecast with 5-fold cross-validation on randomly shuffled days. Scores look great. What is wrong?',
      options: [
        'Five folds are too few; ten would give steadier scores.',
        'Shuffling is fine once lag features are removed.',
        'It trains on later days; hold out recent periods.',
        'Seasonality must be removed before any split is made.',
      ],
      correctIndex: 2,
      explanation:
        'Shuffled folds let the model train on days after the ones it predicts, and neighbouring days share information; testing on periods after the training data mimics real use.',
    },
    {
      kind: 'check',
      id: 'stats-check-target-encoding',
      question:
        "A churn model replaces a 5,000-level merchant ID with each merchant's churn rate, computed on all training rows. Scores are superb. What should change?",
      options: [
        'Smooth each rate toward the overall churn rate.',
        'Nothing: past churn per merchant is a genuine signal.',
        'Drop merchants with fewer than 30 training rows.',
        "Compute each row's rate from the other folds only.",
      ],
      correctIndex: 3,
      explanation:
        "Each row's own label is inside its merchant's rate, so the model reads the answer; computing rates out-of-fold removes that. Smoothing only shrinks the leak for small merchants.",
    },
  ],
};
