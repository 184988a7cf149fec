/**
 * Question bank version 1, frozen: results, links and team files made with it are
 * scored and shown with exactly this content. Never edit it (a typo included): make
 * a new version instead (question-bank.ts).
 */
import type { QuestionBank } from './bank-types';

export const BANK_V1: QuestionBank = {
  version: 1,
  areas: [
    {
      id: 'statistics',
      name: 'Statistics',
      shortName: 'Stats',
      summary:
        'Reasoning about data and uncertainty: distributions, estimation, models and how to tell whether they hold up.',
      items: [
        {
          kind: 'rating',
          id: 'stats-probability',
          title: 'Probability and distributions',
          hint: 'Conditional probability, choosing and checking distributions, simulation',
          anchors: [
            "I haven't needed to work with probability distributions directly, or it isn't part of my work.",
            "I can explain common distributions such as normal, binomial and Poisson, and follow probability reasoning in others' work.",
            "I have chosen a distribution or worked out a probability for a real problem, following a textbook example or a colleague's guidance.",
            'I pick suitable distributions for my data on my own, check how well they fit, and use simulation to answer probability questions.',
            "I handle awkward cases such as heavy tails, excess zeros or dependent data, and catch probability mistakes when reviewing others' work.",
            'I teach probability reasoning across teams, or maintain the simulation tools and guidance that others rely on.',
          ],
        },
        {
          kind: 'rating',
          id: 'stats-estimation',
          title: 'Estimation and uncertainty',
          hint: 'Standard errors, confidence intervals, the bootstrap, hypothesis tests',
          anchors: [
            "I haven't reported an estimate together with its uncertainty yet, or it isn't part of my work.",
            "I can explain what a standard error and a confidence interval mean, and read them correctly in others' reports.",
            'I have computed confidence intervals or run standard tests using a template, or with a colleague checking my choices.',
            'I choose an estimator on my own, quantify its uncertainty by formula or bootstrap, and report intervals rather than bare point estimates.',
            "I handle clustered, weighted or small-sample data correctly, and review others' uncertainty estimates for errors.",
            "I set my organisation's standard for reporting uncertainty, or build the estimation libraries other analysts use.",
          ],
        },
        {
          kind: 'rating',
          id: 'stats-regression',
          title: 'Regression and GLMs',
          hint: 'Linear, logistic and count models; interpreting coefficients; checking assumptions',
          anchors: [
            "I haven't fitted a regression model yet, or it isn't part of my work.",
            "I can explain what a regression coefficient means and follow the regression results in others' analyses.",
            'I have fitted linear or logistic regressions by following an example, or with someone reviewing my modelling choices.',
            'I fit and interpret linear and generalised linear models on my own, checking residuals, the link function and the assumptions.',
            "I handle interactions, overdispersion, non-linearity or mixed effects, and review others' models for misspecification.",
            'I am the person others consult on regression modelling, or I wrote the modelling guidance and tooling my organisation uses.',
          ],
        },
        {
          kind: 'rating',
          id: 'stats-bayesian',
          title: 'Bayesian methods',
          hint: 'Priors and posteriors, hierarchical models, convergence and posterior predictive checks',
          anchors: [
            "I haven't used Bayesian methods yet, or they aren't part of my work.",
            'I can explain how a prior and a likelihood combine into a posterior, and follow Bayesian analyses written by others.',
            'I have fitted a Bayesian model from a template or tutorial, such as a beta-binomial model or a simple model in Stan or PyMC.',
            'I have built a Bayesian model end to end: choosing priors, checking convergence, running posterior predictive checks and reporting results.',
            "I build hierarchical or custom models, diagnose sampling problems, and review others' priors and diagnostics.",
            'I set Bayesian modelling practice for my organisation, or maintain the Bayesian tooling that others build on.',
          ],
        },
        {
          kind: 'rating',
          id: 'stats-model-validation',
          title: 'Model validation',
          hint: 'Cross-validation, calibration, leakage, choosing evaluation metrics',
          anchors: [
            "I haven't evaluated a predictive model yet, or it isn't part of my work.",
            "I can explain cross-validation, overfitting and data leakage, and read the validation results in others' work.",
            'I have evaluated a model with a held-out set or cross-validation, using an existing template or notebook.',
            'I design validation that matches how the model will be used, including time-based splits, calibration checks and checks for leakage.',
            "I handle grouped or time-ordered data, imbalanced classes and subtle leakage, and find flaws in others' validation set-ups.",
            'I define the evaluation standard models must meet before release, or build the validation framework other teams use.',
          ],
        },
        {
          kind: 'rating',
          id: 'stats-eda-data-quality',
          title: 'Exploratory analysis and data quality',
          hint: 'Profiling new data, missing values, outliers, reconciling against known totals',
          anchors: [
            "I haven't explored an unfamiliar dataset myself yet, or it isn't part of my work.",
            'I can explain why exploratory checks matter before modelling, and read the data-quality notes others write.',
            "I have profiled a dataset for missing values, outliers and odd distributions, following a checklist or a colleague's lead.",
            'I explore new data on my own, reconcile it against known totals, and document the quality issues I found and how I handled them.',
            "I uncover subtle problems such as survivorship bias, duplicating joins or changed definitions, and review others' exploratory work.",
            "I set my team's data-quality checks, or build the profiling and validation tools others run on their data.",
          ],
        },
      ],
      checks: [
        {
          kind: 'check',
          id: 'stats-check-1',
          question:
            'A test of the difference between two groups gives p = 0.03. Which statement is correct?',
          options: [
            'There is a 3% probability that the null hypothesis is true.',
            'If there were no true difference, a result at least this extreme would occur in about 3% of repeated samples.',
            'There is a 97% probability that the difference is real.',
            'If the study were repeated, about 97% of repeats would also give p < 0.05.',
          ],
          correctIndex: 1,
          explanation:
            'A p-value is computed assuming the null hypothesis is true; it is not the probability that the null, or the alternative, is true.',
        },
        {
          kind: 'check',
          id: 'stats-check-2',
          question:
            'A churn model scores 0.97 AUC in cross-validation but 0.70 on its first month of live data. Which is the most likely cause?',
          options: [
            'The cross-validation used too many folds.',
            'The model was regularised too strongly.',
            'The live data has more rows than the training data.',
            'A feature used information only known after the prediction date, leaking the outcome into training.',
          ],
          correctIndex: 3,
          explanation:
            'Leakage lets the model see the answer during validation but not in production, inflating the CV score; the other causes would not create such a gap.',
        },
      ],
    },
    {
      id: 'business-communication',
      name: 'Business communication',
      shortName: 'Business',
      summary:
        'Turning business questions into analytical work and its results into decisions people understand and act on.',
      items: [
        {
          kind: 'rating',
          id: 'biz-problem-framing',
          title: 'Problem framing and metric choice',
          hint: 'Turning a vague request into a clear question, the decision it informs and a success metric',
          anchors: [
            "I haven't framed a business problem or chosen its success metric myself, or it isn't part of my work.",
            'I can explain why a project needs a clear decision and success metric, and have seen others frame problems well.',
            "I have turned a request into a project brief with a success metric, using a template or with a senior colleague's help.",
            'I turn vague requests into a clear question, the decision it informs and a success metric that stakeholders agree to.',
            "I reframe contested or ill-posed problems, spot metrics that would reward the wrong behaviour, and review others' briefs.",
            "I shape which problems my organisation's data teams take on, or set the framing process and templates others use.",
          ],
        },
        {
          kind: 'rating',
          id: 'biz-stakeholders',
          title: 'Stakeholder expectations',
          hint: 'Agreeing scope and timelines, regular updates, raising risks early, saying no or not yet',
          anchors: [
            "I haven't managed a stakeholder relationship myself yet, or it isn't part of my work.",
            'I can explain why scope, timelines and expectations need agreeing early, and have watched others manage stakeholders.',
            'I have agreed scope with stakeholders and kept them updated, with a manager or lead guiding the conversations.',
            'I agree scope and timelines with stakeholders myself, give regular updates, and raise risks or delays before they become surprises.',
            'I handle conflicting priorities between senior stakeholders and difficult conversations, and coach colleagues on working with stakeholders.',
            "I am the data team's trusted partner to senior leadership, or I set how my organisation's data teams work with stakeholders.",
          ],
        },
        {
          kind: 'rating',
          id: 'biz-visualisation',
          title: 'Visualisation and storytelling',
          hint: 'Choosing the right chart, one message per chart, structuring a presentation around a conclusion',
          anchors: [
            "I haven't presented data to an audience myself yet, or it isn't part of my work.",
            "I can tell a clear chart from a misleading one and explain why, and have learned from others' presentations.",
            'I have built charts and slides from a team template, with someone reviewing the message before I presented.',
            'I choose charts that each make one point, and structure a presentation so a non-specialist audience reaches the conclusion.',
            "I present complex or unwelcome findings to senior or sceptical audiences, and improve others' charts and presentations.",
            "I set my organisation's visualisation standards, or built the dashboard and reporting templates others use.",
          ],
        },
        {
          kind: 'rating',
          id: 'biz-decision-memos',
          title: 'Written decision memos',
          hint: 'Short documents stating the question, the evidence, the recommendation and its risks',
          anchors: [
            "I haven't written a decision memo or recommendation document yet, or it isn't part of my work.",
            'I can explain what a good decision memo contains, and have read memos that led to decisions.',
            'I have written a memo or analysis summary from a template, with a colleague editing it before it went out.',
            'I write short memos on my own that state the question, evidence, recommendation and risks, and decision makers act on them.',
            "I write memos on contentious or high-stakes decisions, and edit others' writing to make the recommendation clear.",
            'I set the writing standard and templates my organisation uses for analytical recommendations, or teach others to write them.',
          ],
        },
        {
          kind: 'rating',
          id: 'biz-explaining-uncertainty',
          title: 'Explaining uncertainty',
          hint: 'Ranges, likelihoods and risks in terms non-specialists can act on',
          anchors: [
            "I haven't had to explain uncertainty to a non-specialist audience yet, or it isn't part of my work.",
            'I can explain why a single number can mislead, and have seen others present ranges and risks well.',
            'I have presented results with ranges or error bars, using wording a colleague or template suggested.',
            'I explain ranges, likelihoods and risks in plain language so stakeholders can make decisions that take them into account.',
            'I explain uncertainty when stakes are high or results are ambiguous, and help others present uncertain findings honestly.',
            'I set how my organisation communicates forecasts and uncertainty, or train others across teams to do it.',
          ],
        },
        {
          kind: 'rating',
          id: 'biz-impact-prioritisation',
          title: 'Impact and prioritisation',
          hint: 'Sizing opportunities, estimating value against cost, choosing what to work on next',
          anchors: [
            "I haven't estimated the business value of a piece of work or prioritised by it, or it isn't part of my work.",
            "I can explain how to size an opportunity and weigh value against effort, and have read others' business cases.",
            "I have estimated the value of a project for a business case or plan, using a template or a colleague's help.",
            'I size opportunities, estimate impact and cost, and use them to prioritise my own work and justify it to stakeholders.',
            "I measure realised impact after launch, challenge inflated estimates, and review others' business cases and priorities.",
            'I set how the data function chooses and measures its portfolio of work, or own that prioritisation process.',
          ],
        },
      ],
      checks: [
        {
          kind: 'check',
          id: 'biz-check-1',
          question:
            'A fraud team can review 200 flagged transactions a day. Which measure best shows how useful a fraud model is to them?',
          options: [
            'The share of genuine fraud among the 200 highest-scored transactions each day',
            'Accuracy across all transactions',
            'The number of transactions the model scores each day',
            'Recall at the default score threshold of 0.5',
          ],
          correctIndex: 0,
          explanation:
            'With fixed review capacity, what matters is how many of the cases the team can review are fraud (precision at 200); accuracy is dominated by legitimate transactions.',
        },
        {
          kind: 'check',
          id: 'biz-check-2',
          question:
            "Next quarter's sales forecast is £1.2m, with an 80% prediction interval of £0.9m to £1.5m. Which is the most accurate way to tell an executive?",
          options: [
            'Sales will be £1.2m, give or take at most £0.3m.',
            'There is an 80% chance that sales will be exactly £1.2m.',
            'Our best estimate is £1.2m; we expect sales to land between £0.9m and £1.5m about four times in five.',
            'Sales will fall between £0.9m and £1.5m; we have ruled out anything outside that range.',
          ],
          correctIndex: 2,
          explanation:
            'An 80% interval means the outcome is expected to fall outside it about one time in five, so it is neither a hard limit nor a promise of the point estimate.',
        },
      ],
    },
    {
      id: 'production-software',
      name: 'Production software',
      shortName: 'Software',
      summary:
        'Writing code that other people can run, trust, change and build on, from SQL pipelines to services.',
      items: [
        {
          kind: 'rating',
          id: 'eng-code-quality',
          title: 'Code quality and review',
          hint: 'Readable, modular code; git branches and pull requests; giving and acting on code review',
          anchors: [
            "I haven't written code that others use or review yet, or it isn't part of my work.",
            "I can explain what makes code readable and maintainable, and I can follow others' pull requests.",
            'I write code in functions and modules under version control, and revise it in response to review comments.',
            'I structure my own codebases into documented modules, work through branches and pull requests, and give useful reviews to peers.',
            "I refactor tangled or legacy code safely, review the design of others' changes as well as the details, and mentor on code quality.",
            "I set my team's coding standards and review practice, or maintain the shared libraries and linting set-up others build on.",
          ],
        },
        {
          kind: 'rating',
          id: 'eng-testing-ci',
          title: 'Testing and CI',
          hint: 'Unit and integration tests, tests for data and models, running them automatically in CI',
          anchors: [
            "I haven't written automated tests yet, or it isn't part of my work.",
            'I can explain unit tests, integration tests and continuous integration, and read the tests others have written.',
            'I have added tests to an existing suite following its patterns, and fixed failures that the CI pipeline reported.',
            'I write unit and integration tests for my own code, including data transformations, and set up CI to run them on every change.',
            "I test hard-to-test code such as models, randomness and external services, speed up slow suites, and review others' tests.",
            "I set my organisation's testing standards, or built the CI and test tooling other teams rely on.",
          ],
        },
        {
          kind: 'rating',
          id: 'eng-environments',
          title: 'Reproducible environments and packaging',
          hint: 'Pinned dependencies, lock files, virtual environments, installable packages',
          anchors: [
            "I haven't had to make an environment reproducible or package code yet, or it isn't part of my work.",
            'I can explain why dependencies are pinned and what a lock file or virtual environment is for.',
            "I have set up a project environment or package by following an existing template or a colleague's instructions.",
            'I make my projects reproducible on my own, with pinned dependencies, a lock file and an installable package others can use.',
            "I resolve dependency conflicts, native or GPU library problems and cross-platform builds, and review others' packaging.",
            'I maintain the project templates, internal package index or build tooling that other teams use.',
          ],
        },
        {
          kind: 'rating',
          id: 'eng-api-design',
          title: 'API and service design',
          hint: 'Clear interfaces, input validation, error handling, versioning of services and libraries',
          anchors: [
            "I haven't designed an API or a service interface yet, or it isn't part of my work.",
            'I can explain what makes an API clear and stable, and read an API specification written by others.',
            'I have added an endpoint or function to an existing service or library, following its established conventions.',
            'I have designed and built a service or library interface on my own, with input validation, clear errors and documentation.',
            "I handle versioning, backward compatibility and performance constraints, and review others' API designs.",
            'I set the API design guidelines my organisation follows, or maintain the service framework others build on.',
          ],
        },
        {
          kind: 'rating',
          id: 'eng-sql-pipelines',
          title: 'SQL and data pipelines',
          hint: 'Efficient SQL, scheduled and incremental pipelines, idempotent and restartable steps',
          anchors: [
            "I haven't written SQL or built a data pipeline yet, or it isn't part of my work.",
            'I can read SQL queries with joins and aggregations, and explain what a scheduled data pipeline does.',
            "I have written SQL queries and changed existing pipeline steps, following the team's patterns or with review.",
            'I build scheduled pipelines on my own, with efficient SQL, idempotent steps, data tests and a way to backfill.',
            "I tune slow queries, design incremental loads, handle late or changing data, and review others' pipelines.",
            'I designed the pipeline framework or core data models other teams build on, or set the standards for them.',
          ],
        },
        {
          kind: 'rating',
          id: 'eng-debugging',
          title: 'Profiling and debugging',
          hint: 'Finding root causes systematically, profiling time and memory, removing bottlenecks',
          anchors: [
            "I haven't had to debug or profile code beyond simple errors yet, or it isn't part of my work.",
            'I can explain how debuggers, logs and profilers help find faults and performance bottlenecks.',
            "I have tracked down bugs with a debugger or logging, and profiled code with a colleague's help.",
            'I find root causes on my own by reproducing the problem and narrowing it down, and profile time and memory before optimising.',
            'I debug intermittent, concurrency or memory problems in production systems, and help others when they are stuck.',
            'I am the person others bring their hardest bugs to, or I built the observability and profiling tools they use.',
          ],
        },
      ],
      checks: [
        {
          kind: 'check',
          id: 'eng-check-1',
          question: 'A pipeline step is described as idempotent. What does that mean?',
          options: [
            'It can run in parallel with other steps without taking locks.',
            'It always finishes within a fixed time limit.',
            'It never modifies data that already exists.',
            'Running it more than once on the same input leaves the same result as running it once.',
          ],
          correctIndex: 3,
          explanation:
            'Idempotence makes retries and backfills safe: a re-run, such as overwriting a partition rather than appending to it, cannot duplicate or corrupt output.',
        },
        {
          kind: 'check',
          id: 'eng-check-2',
          question:
            'Why commit a lock file (such as poetry.lock or package-lock.json) for an application?',
          options: [
            'It makes installs faster by skipping downloads.',
            'It records the exact version of every dependency, including indirect ones, so every install gets the same set.',
            'It stops other developers from adding dependencies.',
            'It lists only the packages the project imports directly.',
          ],
          correctIndex: 1,
          explanation:
            'Version ranges in the manifest can resolve differently over time; the lock file pins the full resolved tree so builds are reproducible.',
        },
      ],
    },
    {
      id: 'experimentation',
      name: 'Experimentation',
      shortName: 'Experiments',
      summary:
        'Measuring the causal effect of changes, through randomised tests where possible and careful observational methods where not.',
      items: [
        {
          kind: 'rating',
          id: 'exp-test-design',
          title: 'Test design',
          hint: 'Randomisation unit, power and sample size, primary and guardrail metrics',
          anchors: [
            "I haven't designed an experiment yet, or it isn't part of my work.",
            "I can explain randomisation, statistical power and why a test needs a primary metric, and have read others' test plans.",
            'I have set up a test from a template or with guidance, including a sample-size calculation that someone else checked.',
            'I have designed a test end to end: primary and guardrail metrics, a power calculation, a sample-ratio check, and a written ship/no-ship recommendation.',
            "I design tests with non-standard randomisation, such as clusters, switchbacks or marketplaces with interference, and review others' test plans.",
            "I set my organisation's experiment design standards, or build the experimentation platform others use to plan and run tests.",
          ],
        },
        {
          kind: 'rating',
          id: 'exp-analysis-pitfalls',
          title: 'A/B analysis pitfalls',
          hint: 'Sample-ratio mismatch, peeking, multiple testing, novelty effects',
          anchors: [
            "I haven't analysed an A/B test myself yet, or it isn't part of my work.",
            'I can explain sample-ratio mismatch, peeking and multiple testing, and why each can produce misleading results.',
            'I have analysed a test using a template or checklist that covers sample-ratio checks and a fixed analysis date.',
            'I analyse tests on my own, checking for sample-ratio mismatch, avoiding peeking and correcting for multiple metrics or segments.',
            "I diagnose the causes of sample-ratio mismatches and novelty effects, and catch these pitfalls when reviewing others' analyses.",
            'I built the automated checks that flag these pitfalls on our experimentation platform, or train analysts across the organisation to avoid them.',
          ],
        },
        {
          kind: 'rating',
          id: 'exp-variance-sequential',
          title: 'Variance reduction and sequential tests',
          hint: 'Covariate adjustment such as CUPED, stratification, sequential tests that allow early stopping',
          anchors: [
            "I haven't used variance reduction or sequential testing yet, or they aren't part of my work.",
            'I can explain how pre-experiment data reduces variance, and why stopping a test early needs a sequential method.',
            "I have applied covariate adjustment such as CUPED, or a sequential test, using an existing library or a colleague's guidance.",
            'I choose and apply variance reduction or sequential methods in my own tests, and check that error rates stay where they should.',
            "I adapt these methods to non-standard cases such as ratio metrics or clustered data, and review others' implementations.",
            'I implemented variance reduction or sequential testing in the platform others use, or set the policy for when to use them.',
          ],
        },
        {
          kind: 'rating',
          id: 'exp-causal-inference',
          title: 'Observational causal inference',
          hint: 'Difference-in-differences, matching, synthetic control, instrumental variables',
          anchors: [
            "I haven't estimated a causal effect without a randomised experiment yet, or it isn't part of my work.",
            'I can explain confounding and methods such as difference-in-differences or matching, and have read studies that use them.',
            'I have run a difference-in-differences, matching or similar analysis, following a worked example or with close guidance.',
            'I have chosen a causal design for a question where no experiment was possible, tested its assumptions and reported the effect with its limitations.',
            "I use less routine designs such as synthetic control, instrumental variables or regression discontinuity, and review others' causal claims.",
            'I am the reference for causal inference in my organisation, or built the tooling and guidance others use for it.',
          ],
        },
        {
          kind: 'rating',
          id: 'exp-metric-design',
          title: 'Metric and guardrail design',
          hint: 'Sensitive, trustworthy success metrics; guardrails; checking metrics track real outcomes',
          anchors: [
            "I haven't defined a metric for an experiment yet, or it isn't part of my work.",
            "I can explain the difference between primary, secondary and guardrail metrics, and have read others' metric definitions.",
            'I have defined an experiment metric from an existing template or metric catalogue, with someone reviewing it.',
            'I define new experiment metrics myself, checking they are sensitive enough to detect real changes and track the outcome we care about.',
            "I design metrics for hard cases such as ratio metrics or delayed and long-term effects, and review others' metric proposals.",
            "I own the metric definitions and guardrails my organisation's experiments use, or built the metric layer that computes them.",
          ],
        },
        {
          kind: 'rating',
          id: 'exp-decision-rules',
          title: 'Launch decision rules',
          hint: 'Ship criteria set in advance, weighing metrics against guardrails, recording decisions',
          anchors: [
            "I haven't made or recommended a launch decision from a test yet, or it isn't part of my work.",
            "I can explain why ship criteria should be set before a test starts, and have read others' launch decisions.",
            'I have made a ship/no-ship recommendation using criteria that a colleague or template set out in advance.',
            'I set ship criteria before the test, weigh the primary metric against guardrails, and write up the decision and its reasoning.',
            "I handle mixed or inconclusive results and trade-offs between metrics, and review or challenge others' launch decisions.",
            'I defined the launch decision framework my organisation uses, or chair the review where experiment results become decisions.',
          ],
        },
      ],
      checks: [
        {
          kind: 'check',
          id: 'exp-check-1',
          question:
            'A test meant to split users 50/50 has 50,000 users in control and 48,500 in treatment. What is the best reading?',
          options: [
            'The treatment drove users away, so it should not ship.',
            'Ordinary random variation; a gap of 1,500 users is expected at this size.',
            'A sample-ratio mismatch: a fault in assignment, triggering or logging that may bias the comparison.',
            'The test has not run long enough; the arms will even out with more traffic.',
          ],
          correctIndex: 2,
          explanation:
            'With about 98,500 users a fair 50/50 split rarely differs by more than a few hundred; a gap this large (p < 0.001) means the results cannot be trusted until the cause is found.',
        },
        {
          kind: 'check',
          id: 'exp-check-2',
          question:
            'Why does checking a fixed-horizon A/B test every day, and stopping at the first p < 0.05, inflate false positives?',
          options: [
            'Each look is another chance for noise to cross the threshold, so the overall false-positive rate rises well above 5%.',
            'Daily data is noisier than weekly data, so each daily p-value is biased downwards.',
            'Stopping early shrinks the sample, and a smaller sample has a higher false-positive rate.',
            'Looking at the results changes how users behave in the test.',
          ],
          correctIndex: 0,
          explanation:
            'Each p-value is valid only for a single pre-planned look; repeated looks give noise many chances to appear significant, unless a sequential method is used.',
        },
      ],
    },
    {
      id: 'deployment',
      name: 'Deployment',
      shortName: 'Deployment',
      summary:
        'Getting models into production and keeping them healthy: serving, release pipelines, infrastructure and monitoring.',
      items: [
        {
          kind: 'rating',
          id: 'ops-serving',
          title: 'Batch and online serving',
          hint: 'Scheduled scoring jobs, real-time prediction endpoints, latency and throughput',
          anchors: [
            "I haven't put a model into use for batch or real-time predictions yet, or it isn't part of my work.",
            "I can explain the difference between batch scoring and online serving and when each fits, and have read others' serving code.",
            "I have deployed a model as a scheduled batch job or an endpoint, using an existing template or with a colleague's help.",
            'I have taken a model to production on my own, choosing batch or online serving and meeting agreed latency and throughput targets.',
            "I handle hard serving cases such as tight latency budgets, large models or high traffic, and review others' serving designs.",
            'I built or run the serving platform other teams deploy their models on, or set its standards.',
          ],
        },
        {
          kind: 'rating',
          id: 'ops-model-cicd',
          title: 'CI/CD for models and model registry',
          hint: 'Automated training and release pipelines, versioned models, promotion between stages',
          anchors: [
            "I haven't automated model training or release yet, or it isn't part of my work.",
            'I can explain what a model registry and a CI/CD pipeline for models do, and have read pipelines others built.',
            "I have released a model through an existing CI/CD pipeline and registry, following the team's documented steps.",
            'I have built, on my own, a pipeline that trains, tests, registers and promotes a model version without manual steps.',
            "I design pipelines with automatic evaluation gates, approvals and traceable lineage, and review others' release pipelines.",
            'I built the model CI/CD and registry platform other teams use, or define the release process they follow.',
          ],
        },
        {
          kind: 'rating',
          id: 'ops-infrastructure',
          title: 'Containers and infrastructure as code',
          hint: 'Container images, orchestration or managed services, infrastructure defined in code',
          anchors: [
            "I haven't built containers or defined infrastructure in code yet, or it isn't part of my work.",
            'I can explain what a container image and infrastructure as code are, and can read a Dockerfile or Terraform file.',
            'I have built a container image or changed infrastructure code by adapting an existing example, with someone reviewing it.',
            'I containerise services and define the infrastructure they need, such as compute, storage and permissions, in code on my own.',
            "I handle GPU workloads, autoscaling, networking or security hardening, and review others' container and infrastructure changes.",
            'I maintain the base images, infrastructure modules or platform that other teams build their infrastructure on.',
          ],
        },
        {
          kind: 'rating',
          id: 'ops-monitoring',
          title: 'Monitoring and alerting',
          hint: 'Data and prediction drift, model performance, service health, actionable alerts',
          anchors: [
            "I haven't set up monitoring for a model in production yet, or it isn't part of my work.",
            'I can explain data drift, prediction drift and performance decay, and have read monitoring dashboards others built.',
            'I have added monitoring or alerts to a model using an existing dashboard template or with guidance.',
            'I set up monitoring for my models on my own, covering input drift, prediction quality and service health, with alerts someone acts on.',
            "I monitor models whose labels arrive late or never, tune alerts to cut noise, and review others' monitoring set-ups.",
            "I built the monitoring platform or alerting standards that other teams' models rely on.",
          ],
        },
        {
          kind: 'rating',
          id: 'ops-feature-consistency',
          title: 'Training/serving skew and feature stores',
          hint: 'Same feature logic offline and online, point-in-time correct training data, feature stores',
          anchors: [
            "I haven't had to keep features consistent between training and serving yet, or it isn't part of my work.",
            'I can explain training/serving skew and point-in-time correctness, and what a feature store is for.',
            'I have used an existing feature store or shared feature code so that training and serving compute features the same way.',
            'I have built features computed identically offline and online, with point-in-time correct training data and a check for skew.',
            "I diagnose skew in live systems, for example from differing defaults, time zones or late data, and review others' feature pipelines.",
            'I built or run the feature store or shared feature platform other teams use, or set its consistency standards.',
          ],
        },
        {
          kind: 'rating',
          id: 'ops-release-rollback',
          title: 'Canary and shadow releases, rollback',
          hint: 'Shadow deployments, canary and staged rollouts, success criteria, fast rollback',
          anchors: [
            "I haven't released a new model version to live traffic yet, or it isn't part of my work.",
            'I can explain canary, shadow and staged releases, and why a fast rollback path matters.',
            'I have released a model through a canary or shadow deployment using an existing process, with someone guiding me.',
            'I plan and run model releases on my own, with a canary or shadow stage, success criteria and a tested rollback.',
            "I handle risky releases such as schema changes or stateful models, lead rollbacks during incidents, and review others' release plans.",
            'I built the release and rollback tooling other teams use, or set the release policy they follow.',
          ],
        },
      ],
      checks: [
        {
          kind: 'check',
          id: 'ops-check-1',
          question:
            'A model does well offline, but in production one feature is computed from a different source that fills missing values differently. What is this called?',
          options: ['Concept drift', 'Training/serving skew', 'Label leakage', 'Overfitting'],
          correctIndex: 1,
          explanation:
            'The model receives feature values computed differently from those it was trained on, a pipeline mismatch rather than a change in the world (drift).',
        },
        {
          kind: 'check',
          id: 'ops-check-2',
          question: 'What does a canary release of a new model version do?',
          options: [
            'Runs the new model on copies of live requests without returning its predictions to users.',
            'Switches all traffic to the new model at once, keeping the old version ready for rollback.',
            'Evaluates the new model offline on a recent hold-out set before deployment.',
            'Sends a small share of live traffic to the new version, widening it only while its metrics stay healthy.',
          ],
          correctIndex: 3,
          explanation:
            'A canary exposes a small slice of real traffic first, limiting the damage if the new version misbehaves; mirroring traffic without serving the results is a shadow deployment.',
        },
      ],
    },
  ],
  foils: [
    {
      kind: 'foil',
      id: 'foil-1',
      title: 'Halvorsen sequential reweighting',
      hint: 'Reweights observations as a test runs so that interim looks keep a valid false-positive rate',
      anchors: [
        "I haven't come across Halvorsen sequential reweighting in my reading or my work.",
        'I have heard the name Halvorsen sequential reweighting, but could not explain how it works.',
        'I can explain what Halvorsen sequential reweighting does and when to use it instead of a fixed-horizon test.',
        'I have used Halvorsen sequential reweighting to analyse experiments in my own work, end to end.',
        "I have applied Halvorsen sequential reweighting to non-standard cases, or reviewed others' use of it.",
        'I have taught Halvorsen sequential reweighting to others, or built tooling that implements it.',
      ],
      flagFromLevel: 2,
    },
  ],
  checksPerArea: 2,
  foilPlacement: { area: 'experimentation', afterItem: 3 },
};
