import type { PracticeSteps } from '../bank-types';

/** Practice for Deployment, bank version 2: one step per level, 0→1 first. */
export const DEPLOYMENT_PRACTICE_V2: Readonly<Record<string, PracticeSteps>> = {
  'ops-serving': [
    {
      project:
        'List the models your company runs and, for each, whether it scores in batch or online and why that fits its use.',
      evidence: 'The table of models with their serving mode and the reason for each.',
    },
    {
      project:
        'Deploy a model of yours as a scheduled batch job or a small endpoint from your team’s template, with a colleague helping you through the release.',
      evidence: 'The deployed job or endpoint and the PR that added it from the template.',
    },
    {
      project:
        'Deploy a model on your own to an agreed schedule or latency target, with health checks, logging and a runbook for when it fails.',
      evidence:
        'The deployment with its runbook, and a week of metrics showing the schedule or latency met.',
    },
    {
      project:
        'Make a service hold very high volume or tight latency: load-test it, then add autoscaling, caching, batching or parallel jobs until it meets the target.',
      evidence: 'The load-test report before and after, with the changes that closed the gap.',
    },
    {
      project:
        'Build the serving template or platform your team deploys models with, so a new model goes live from a config, and move two models onto it.',
      evidence: 'The serving platform’s documentation and the two models deployed through it.',
    },
  ],
  'ops-training-at-scale': [
    {
      project:
        'Profile a single-GPU training run and find where time goes (data loading, compute, idle), then read how data parallelism splits the work.',
      evidence: 'The utilisation profile of your run with a note on what limits it.',
    },
    {
      project:
        'Run a multi-GPU training job from your team’s existing launcher or a framework recipe, and compare its throughput with one GPU.',
      evidence: 'The multi-GPU run’s logs with throughput against the single-GPU baseline.',
    },
    {
      project:
        'Run distributed training on your own: tune batch size and data loading for throughput, checkpoint regularly, and resume cleanly after a killed node.',
      evidence: 'The run’s throughput tuning log and the resumed run after a deliberate failure.',
    },
    {
      project:
        'Train a model too large for one GPU with sharded data parallelism, or tensor or pipeline parallelism, and measure memory and throughput per device.',
      evidence:
        'The training configuration and the memory and throughput report of the sharded run.',
    },
    {
      project:
        'Build the cluster set-up or launcher your team runs large jobs on, with queueing, checkpoint storage and failure recovery.',
      evidence: 'The launcher’s documentation and the large jobs colleagues ran with it.',
    },
  ],
  'ops-inference-efficiency': [
    {
      project:
        'Run one model at several batch sizes and at full and reduced precision, and chart latency, throughput and accuracy for each setting.',
      evidence: 'The chart of the speed, cost and accuracy trade-offs you measured.',
    },
    {
      project:
        'Quantise or compile a model by following a guide (ONNX Runtime, TensorRT or torch.compile), and check its outputs still match.',
      evidence: 'The conversion script and the comparison of outputs and speed before and after.',
    },
    {
      project:
        'Cut a production model’s latency or cost on your own: profile it, apply the largest win, and show accuracy held on the eval set.',
      evidence:
        'The PR with the speed-up, its profile before and after, and the unchanged eval score.',
    },
    {
      project:
        'Serve a large model at low precision (8-bit or 4-bit) or with a fused or custom kernel, keeping accuracy within an agreed tolerance.',
      evidence:
        'The benchmark of the optimised model against the original on speed, memory and accuracy.',
    },
    {
      project:
        'Build the inference toolkit your team serves models with: export, quantisation and benchmarking steps in one command, with accuracy gates.',
      evidence: 'The toolkit’s release and the models now exported and served through it.',
    },
  ],
  'ops-llm-applications': [
    {
      project:
        'Build a toy retrieval-augmented question-answering script over ten documents, and count its tokens and cost per question.',
      evidence:
        'The script with a cost-per-question estimate and a note on which step drives the cost.',
    },
    {
      project:
        'Ship a small LLM or RAG feature from your team’s template with guidance, including prompt and model versions recorded with each response.',
      evidence: 'The released feature and its logs showing prompt and model versions per request.',
    },
    {
      project:
        'Build and run an LLM service on your own against agreed latency and cost budgets, with dashboards for both and a fallback when the provider fails.',
      evidence:
        'The service’s dashboard showing latency and cost within budget, and its fallback tested.',
    },
    {
      project:
        'Tune an LLM service’s retrieval (chunking, reranking), add caching and route easy requests to a cheaper model, measuring quality on an eval set throughout.',
      evidence:
        'The change log of each optimisation with its latency, cost and eval-quality effect.',
    },
    {
      project:
        'Build the LLM gateway or RAG platform your team’s features run on: provider abstraction, caching, cost tracking and evaluation hooks.',
      evidence: 'The platform’s documentation and the features that moved onto it.',
    },
  ],
  'ops-model-cicd': [
    {
      project:
        'Walk through how one model at your company goes from a training run to production, and draw each step, its checks and who approves it.',
      evidence: 'The release-flow diagram with every check and approval marked.',
    },
    {
      project:
        'Release a model update through your team’s existing pipeline by following its documented steps, and fix any step the docs got wrong.',
      evidence: 'The released model version in the registry and your fix to the release docs.',
    },
    {
      project:
        'Build a pipeline on your own that tests a model, registers it, deploys it and can roll it back with one command, and use it for a real release.',
      evidence: 'The pipeline definition and the release and rollback runs it performed.',
    },
    {
      project:
        'Add a staged rollout (shadow or canary) that promotes or rolls back a model automatically on live metrics, and rehearse a bad release.',
      evidence:
        'The rollout configuration and the rehearsal where a bad model was rolled back automatically.',
    },
    {
      project:
        'Build the release tooling other people ship models with: templates, gates and rollback as defaults, adopted by at least two other models.',
      evidence: 'The release tool’s documentation and the releases other people made with it.',
    },
  ],
  'ops-monitoring': [
    {
      project:
        'Take a model in production and plot its input distributions and predictions month by month since launch; name any drift you see.',
      evidence: 'The drift plots with a note on which changes mattered for the model.',
    },
    {
      project:
        'Add monitoring to one model from your team’s dashboard template with guidance: input drift, prediction drift and service health.',
      evidence: 'The model’s monitoring dashboard built from the template.',
    },
    {
      project:
        'Set up monitoring for a model you own, on your own: drift, quality and health alerts with thresholds you justify, and a runbook for each alert.',
      evidence:
        'The alert definitions with their thresholds and runbooks, and an alert that fired and was handled.',
    },
    {
      project:
        'Monitor a model whose labels arrive late or never using proxy signals (score distributions, business metrics, spot-labelled samples), and validate the proxies.',
      evidence:
        'The monitoring design for the delayed-label model, with the proxies’ validation against late labels.',
    },
    {
      project:
        'Build the monitoring service other people’s models report to, with standard drift and quality checks, and onboard three models.',
      evidence: 'The monitoring service’s documentation and the three models reporting to it.',
    },
  ],
  'ops-feature-consistency': [
    {
      project:
        'Read a post-mortem of training/serving skew, then check one of your features for point-in-time correctness: could it use information from after the prediction time?',
      evidence: 'The note on that feature’s point-in-time correctness and what could skew it.',
    },
    {
      project:
        'Move one model’s features onto your team’s shared feature code or feature store, with guidance, so training and serving read the same definitions.',
      evidence: 'The PR that makes training and serving use the shared feature definitions.',
    },
    {
      project:
        'For a model you own, make training and serving compute inputs identically on your own, and add a skew check comparing logged serving inputs with training ones.',
      evidence: 'The skew check running on a schedule, and its report for your model.',
    },
    {
      project:
        'Diagnose skew in a live system, such as defaults filling missing values, time zones, tokeniser versions or late data, and fix its cause.',
      evidence:
        'The incident write-up tracing the skew to its cause, with the fix and the skew check after it.',
    },
    {
      project:
        'Build the feature store or shared preprocessing package other models use, with point-in-time joins and skew checks built in.',
      evidence: 'The feature store’s documentation and the models that train and serve from it.',
    },
  ],
};
