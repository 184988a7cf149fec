import type { Area } from '../bank-types';

/** Deployment, bank version 2: serving, training at scale, inference efficiency, LLM applications, release, monitoring, consistency. */
export const DEPLOYMENT_V2: Area = {
  id: 'deployment',
  name: 'Deployment',
  shortName: 'Deployment',
  summary:
    'Running models in production and at scale: serving, large training runs, fast inference, LLM applications, releases and monitoring.',
  items: [
    {
      kind: 'rating',
      id: 'ops-serving',
      title: 'Batch and online serving',
      hint: 'Putting models to use: scheduled scoring jobs or live prediction endpoints',
      anchors: [
        'Not part of my work yet.',
        'I can explain *when batch scoring or online serving fits*.',
        'I have deployed a batch job or endpoint *from a template or with help*.',
        'I deploy models *on my own*, as batch jobs or endpoints, meeting agreed schedules or latency.',
        'I serve *very high volumes or tight latency*, with autoscaling, caching or parallel jobs.',
        'I *built the serving platform or templates* others deploy models with.',
      ],
    },
    {
      kind: 'rating',
      id: 'ops-training-at-scale',
      title: 'Training at scale',
      hint: 'Multi-GPU and multi-node training, sharding, throughput, resuming long runs',
      anchors: [
        'My training, if any, runs on a single GPU or machine.',
        'I can explain *data parallelism and why GPU utilisation matters*.',
        'I have run multi-GPU training *from an existing launcher or recipe*.',
        'I run distributed training *on my own*, tuning throughput and resuming runs after failures.',
        'I train models *too large for one GPU*, with sharding, tensor or pipeline parallelism.',
        'I *built the training cluster set-up or launcher* others run large jobs on.',
      ],
    },
    {
      kind: 'rating',
      id: 'ops-inference-efficiency',
      title: 'Inference efficiency',
      hint: 'Batching, quantisation, compilation and hardware choice for faster, cheaper predictions',
      anchors: [
        'Not part of my work yet.',
        'I can explain *how batching and quantisation trade speed, cost and accuracy*.',
        'I have quantised or compiled a model *following a guide or recipe*.',
        "I cut a model's inference latency or cost *on my own*, measuring speed and accuracy.",
        'I optimise *large models at low precision or with custom kernels*, keeping accuracy.',
        "I *built the inference runtime or toolkit* my team's models are served with.",
      ],
    },
    {
      kind: 'rating',
      id: 'ops-llm-applications',
      title: 'LLM applications in production',
      hint: 'Retrieval-augmented generation, prompt and model versions, latency and cost per request',
      anchors: [
        'Not part of my work yet.',
        'I can explain *how retrieval-augmented generation works* and what drives LLM cost.',
        'I have shipped an LLM or RAG feature *from a template or with guidance*.',
        'I build and run an LLM service *on my own*, meeting agreed latency and cost budgets.',
        'I tune *retrieval, caching and model routing* to cut latency and cost.',
        "I *built the LLM gateway or RAG platform* my team's features run on.",
      ],
    },
    {
      kind: 'rating',
      id: 'ops-model-cicd',
      title: 'Model CI/CD and release',
      hint: 'Automated testing, registry and promotion of model versions; staged rollout and rollback',
      anchors: [
        'I release models by hand, or not at all yet.',
        'I can explain *what model registries, CI/CD and staged releases* are for.',
        'I have released a model *through an existing pipeline*, following its documented steps.',
        'I built a pipeline *on my own* that tests, registers, deploys and rolls back models.',
        'I add *staged rollouts that promote or roll back automatically* on live metrics.',
        'I *built the release tooling* other people ship their models with.',
      ],
    },
    {
      kind: 'rating',
      id: 'ops-monitoring',
      title: 'Monitoring and alerting',
      hint: 'Input and prediction drift, live model quality, service health, useful alerts',
      anchors: [
        'Not part of my work yet.',
        'I can explain *data drift, prediction drift and performance decay*.',
        'I have added monitoring to a model *from a dashboard template or with guidance*.',
        'I set up monitoring for my models *on my own*, with drift, quality and health alerts.',
        'I monitor *models whose labels arrive late or never*, using proxy signals.',
        "I *built the monitoring system* other people's models report to.",
      ],
    },
    {
      kind: 'rating',
      id: 'ops-feature-consistency',
      title: 'Training/serving consistency',
      hint: 'Identical features and preprocessing offline and online; point-in-time data; feature stores',
      anchors: [
        'Not part of my work yet.',
        'I can explain *training/serving skew* and point-in-time correctness.',
        'I have used *shared feature code or a feature store* so training and serving match.',
        'I make training and serving compute inputs identically *on my own*, with a skew check.',
        'I diagnose *skew in live systems*, from defaults, time zones, tokenisers or late data.',
        "I *built the feature store or shared preprocessing* others' models use.",
      ],
    },
  ],
  checks: [
    {
      kind: 'check',
      id: 'ops-check-shadow-release',
      question:
        'Before replacing a pricing model, you want its live predictions and latency logged while no customer ever sees its prices. Which release pattern fits?',
      options: ['Shadow release', 'Canary release', 'Blue-green cutover', 'A/B test on 5%'],
      correctIndex: 0,
      explanation:
        'A shadow copy receives mirrored live requests but its answers are only logged; canary, A/B and blue-green all serve the new prices to some or all customers.',
    },
    {
      kind: 'check',
      id: 'ops-check-data-parallel',
      question: 'You go from 1 GPU at batch 64 to 4 GPUs, data parallel, 64 each. What changed?',
      options: [
        'Each GPU trains its own model; the four are averaged at the end.',
        'Each update averages 256 examples; retune the learning rate.',
        'The model is split in four, a quarter on each GPU.',
        'Only speed: each step takes a quarter of the time.',
      ],
      correctIndex: 1,
      explanation:
        'Data parallelism copies the model and averages gradients every step, so the effective batch is 256; a learning rate tuned for 64 often needs rescaling and warm-up.',
    },
    {
      kind: 'check',
      id: 'ops-check-rag-missing-passage',
      question:
        'A RAG assistant answers wrongly. Logs show the passage with the answer is in the store but never reached the model. What do you fix first?',
      options: [
        'Switch to a larger model that reasons better.',
        'Lower the temperature so answers are less random.',
        'How the text was split into chunks and searched.',
        "Add 'answer only from the context' to the prompt.",
      ],
      correctIndex: 2,
      explanation:
        'The model never saw the passage, so no model, prompt or sampling change can use it; the fault is in how documents are split, embedded or searched.',
    },
    {
      kind: 'check',
      id: 'ops-check-gpu-underused',
      question:
        'An endpoint runs one request per GPU forward pass; the GPU is 15% busy while requests queue. Best fix on the same hardware?',
      options: [
        'Quantise the model to int8 so each pass runs faster.',
        'Raise the timeout so queued requests stop failing.',
        'Add web-server threads to accept more requests at once.',
        'Group requests arriving within a few milliseconds into one pass.',
      ],
      correctIndex: 3,
      explanation:
        'One request per pass leaves most of the GPU idle; combining concurrent requests into a single pass uses it fully, for a few milliseconds of added wait.',
    },
  ],
};
