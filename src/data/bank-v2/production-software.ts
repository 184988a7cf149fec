import type { Area } from '../bank-types';

/** Production software, bank version 2: code design, tests, environments, data pipelines, ML framework code, debugging. */
export const PRODUCTION_SOFTWARE_V2: Area = {
  id: 'production-software',
  name: 'Production software',
  shortName: 'Software',
  summary:
    'Writing code that others can run, trust and change, from data pipelines and model training code to tested libraries.',
  items: [
    {
      kind: 'rating',
      id: 'eng-code-quality',
      title: 'Code design and quality',
      hint: 'Readable modules, clear interfaces, version control, safe refactoring',
      anchors: [
        'My code is mostly notebooks or scripts for my own use.',
        'I can explain *what makes code readable, modular and easy to change*.',
        'I have split code into functions and modules under git, *revising it after review*.',
        'I structure *my own codebases* into documented modules with clear interfaces.',
        'I refactor *tangled or legacy code* safely, keeping its interfaces backward compatible.',
        'I *wrote the shared library or coding standard* my team builds on.',
      ],
    },
    {
      kind: 'rating',
      id: 'eng-testing-ci',
      title: 'Testing and CI',
      hint: 'Automated tests for code, data transformations and models, run on every change',
      anchors: [
        'I run my code by hand to see if it works.',
        'I can explain *unit tests, integration tests and continuous integration*.',
        'I have added tests *to an existing suite, following its patterns*.',
        'I write tests for my own code *and set up CI* to run them on every change.',
        'I test *hard-to-test code*, such as training steps, randomness or external services.',
        'I *built the test and CI tooling* my team relies on.',
      ],
    },
    {
      kind: 'rating',
      id: 'eng-environments',
      title: 'Reproducible environments',
      hint: 'Pinned dependencies, lock files, container images, GPU and native libraries',
      anchors: [
        'I install packages as I need them.',
        'I can explain *why dependencies are pinned* and what a lock file does.',
        "I have set up a project environment *from a template or a colleague's steps*.",
        'I make my projects rebuild identically *on my own*, from a lock file or container image.',
        'I fix *dependency conflicts and CUDA, driver or native library mismatches*.',
        'I *maintain the base images or project templates* others start from.',
      ],
    },
    {
      kind: 'rating',
      id: 'eng-sql-pipelines',
      title: 'Data pipelines',
      hint: 'SQL, batch and streaming jobs that build tables and training datasets',
      anchors: [
        'Not part of my work yet.',
        'I can read SQL and explain *what a scheduled data pipeline does*.',
        "I have changed pipeline steps or queries *following my team's patterns*.",
        'I build scheduled pipelines *on my own*, with idempotent steps that can be backfilled.',
        'I handle *late, changing or very large data*, with incremental or distributed processing.',
        "I *built the pipeline framework or core datasets* my team's work depends on.",
      ],
    },
    {
      kind: 'rating',
      id: 'eng-model-code',
      title: 'ML framework code',
      hint: 'Models, data loaders, training loops and mixed precision in PyTorch, JAX or TensorFlow',
      anchors: [
        "I fit models only through high-level calls such as scikit-learn's fit.",
        'I can explain *how a model, loss, optimiser and training loop fit together*.',
        'I have trained a neural network *by adapting an example script*.',
        'I write data loading, training loop and checkpointing *end to end on my own*.',
        'I implement *new architectures, losses or training steps from papers*, beyond library defaults.',
        "I *built the training library or templates* my team's models are written in.",
      ],
    },
    {
      kind: 'rating',
      id: 'eng-debugging',
      title: 'Debugging and profiling',
      hint: 'Finding root causes, profiling time and memory on CPU or GPU',
      anchors: [
        "I haven't debugged beyond reading error messages yet.",
        'I can explain *how debuggers, logs and profilers* help find faults.',
        "I have tracked down bugs and bottlenecks *with a colleague's help*.",
        'I find root causes *on my own*, narrowing problems down, and profile before optimising.',
        'I debug *silent or intermittent faults*, such as NaN losses, leaks or race conditions.',
        "I *solve the hardest bugs others bring me*, often in code I didn't write.",
      ],
    },
  ],
  checks: [
    {
      kind: 'check',
      id: 'eng-check-append-rerun',
      question:
        "A daily job appends yesterday's rows to a table. It failed halfway and was re-run. What now?",
      options: [
        "Some rows now appear twice; overwrite the day's whole partition.",
        'Nothing: the database rejects rows that are already in the table.',
        'The table may still be locked; add retries with exponential backoff.',
        'Late rows were missed; reload a two-day window on every run.',
      ],
      correctIndex: 0,
      explanation:
        'Appending is not safe to repeat: the re-run adds the rows again. Replacing the whole day makes any number of re-runs give the same table.',
    },
    {
      kind: 'check',
      id: 'eng-check-eval-mode',
      question:
        'Evaluating the same checkpoint on the same validation set gives a slightly different accuracy on every run. What is the likely bug?',
      options: [
        'The validation loader shuffles its batches on each run.',
        'Dropout is still on, because eval() was never called.',
        'Gradients are still computed, since no_grad() is missing.',
        'No seed is set, so the weights are initialised afresh.',
      ],
      correctIndex: 1,
      explanation:
        'In training mode dropout, and batch norm using batch statistics, change the outputs; model.eval() fixes them. Shuffling alone, or computing gradients, leaves accuracy unchanged.',
    },
    {
      kind: 'check',
      id: 'eng-check-memory-growth',
      question:
        "GPU memory grows every step until training crashes. The loop appends each step's loss tensor to a list for logging. What fixes it?",
      options: [
        'Call torch.cuda.empty_cache() after every step.',
        'Halve the batch size so each step uses less memory.',
        'Append loss.item(), so no graph is kept alive.',
        'Run gc.collect() at the end of every epoch.',
      ],
      correctIndex: 2,
      explanation:
        'A stored loss tensor keeps its whole computation graph alive; .item() stores a plain number. Freeing caches or halving the batch only delays the crash.',
    },
    {
      kind: 'check',
      id: 'eng-check-external-service',
      question:
        'A test calls a third-party payments API, so CI fails whenever that service is down. What is the best fix?',
      options: [
        'Retry the test up to three times before failing it.',
        'Skip the test whenever the service cannot be reached.',
        'Run the suite only at night, when the service is stable.',
        'Stub the service here; test the real one separately.',
      ],
      correctIndex: 3,
      explanation:
        'A fake keeps the test about your own code and CI deterministic; a separate contract or integration check watches the real API without blocking every change.',
    },
  ],
};
