import type { PracticeSteps } from '../bank-types';

/** Practice for Production software, bank version 2: one step per level, 0→1 first. */
export const PRODUCTION_SOFTWARE_PRACTICE_V2: Readonly<Record<string, PracticeSteps>> = {
  'eng-code-quality': [
    {
      project:
        'Read a well-kept open-source data library’s module layout and one of its pull-request reviews, and note what makes its code easy to change.',
      evidence: 'The notes comparing that library’s structure with one of your own notebooks.',
    },
    {
      project:
        'Move the logic of one notebook you rely on into functions and a module under git, and open it for review by a colleague.',
      evidence:
        'The pull request that turns the notebook into a module, with the review comments addressed.',
    },
    {
      project:
        'Restructure a codebase you own into documented modules with clear interfaces (inputs, outputs, no hidden state), with a README a newcomer can follow.',
      evidence:
        'The refactored repository with module docs, and a newcomer’s first PR made from the README.',
    },
    {
      project:
        'Refactor a tangled or legacy module that others depend on, in small steps behind its existing interface, with tests pinning its behaviour first.',
      evidence:
        'The series of PRs that refactor the module without breaking a caller, with the characterisation tests.',
    },
    {
      project:
        'Extract the code your team copies between projects into a shared, versioned library with a short coding standard, and migrate two projects onto it.',
      evidence: 'The library’s first tagged release, the standard, and the two migration PRs.',
    },
  ],
  'eng-testing-ci': [
    {
      project:
        'Follow a tutorial to write unit tests for a small function you own, then read your team’s CI configuration and note what it runs on each change.',
      evidence: 'The test file you wrote and a short note describing your team’s CI steps.',
    },
    {
      project:
        'Add tests for a bug you fixed to an existing suite, following the patterns already there, so the bug cannot come back.',
      evidence: 'The merged PR with the regression test that failed before your fix.',
    },
    {
      project:
        'Add a test suite to a project of yours that has none, and set up CI to run it, with linting, on every pull request.',
      evidence: 'The CI configuration and a pull request showing the checks running green.',
    },
    {
      project:
        'Test code that resists testing: a training step on a tiny fixed batch, seeded randomness, or an external service behind a fake, with the flaky tests made deterministic.',
      evidence: 'The PR adding these tests, and CI history showing the flaky failures gone.',
    },
    {
      project:
        'Build the shared test fixtures, data builders and CI templates your team’s repositories use, and cut CI time or flakiness measurably across them.',
      evidence:
        'The shared CI template and fixtures, with before-and-after CI durations or flake rates across repositories.',
    },
  ],
  'eng-environments': [
    {
      project:
        'Rebuild an old project of yours on a fresh machine or container and note every version difference that broke it.',
      evidence: 'The note listing what broke and which pinned versions would have prevented it.',
    },
    {
      project:
        'Set up a project’s environment from your team’s template or a colleague’s steps, and record the steps that were missing or wrong.',
      evidence: 'The working environment and the PR fixing the setup instructions you followed.',
    },
    {
      project:
        'Make a project of yours rebuild identically from a lock file or a container image, and prove it by rebuilding it on CI from scratch.',
      evidence:
        'The lock file or Dockerfile, and the CI job that rebuilds the environment and runs the tests.',
    },
    {
      project:
        'Resolve a real dependency conflict or a CUDA, driver or native-library mismatch, and write down the diagnosis so others can fix it faster.',
      evidence:
        'The fix PR and the troubleshooting entry explaining the mismatch and how to spot it.',
    },
    {
      project:
        'Maintain a base image or project template that others start from, with scheduled rebuilds, a changelog and security updates.',
      evidence: 'The template repository with its changelog, and the projects created from it.',
    },
  ],
  'eng-sql-pipelines': [
    {
      project:
        'Trace one dashboard number back through the queries and scheduled jobs that produce it, and draw the lineage.',
      evidence:
        'The lineage diagram from source tables to the dashboard, with each job’s schedule.',
    },
    {
      project:
        'Make a change to an existing pipeline step or query following your team’s patterns, such as a new column, with a reviewer checking the output.',
      evidence: 'The merged pipeline change and the row-count or diff check that validated it.',
    },
    {
      project:
        'Build a scheduled pipeline on your own whose steps are idempotent (re-runs replace, never append), and backfill a month of history with it.',
      evidence:
        'The pipeline code, its schedule, and the backfill run showing identical results on a re-run.',
    },
    {
      project:
        'Rework a pipeline that struggles with late-arriving, changing or very large data into incremental or distributed processing, with a reprocessing window.',
      evidence:
        'The PR moving the pipeline to incremental loads, with runtimes and correctness checks before and after.',
    },
    {
      project:
        'Build the pipeline framework or core modelled datasets that your team’s work depends on, with tests, documentation and ownership.',
      evidence:
        'The documented core datasets or framework, and the list of pipelines built on them.',
    },
  ],
  'eng-model-code': [
    {
      project:
        'Write a linear regression by hand in PyTorch or JAX: a model, a loss, an optimiser and a loop of ten lines, and compare it with scikit-learn’s answer.',
      evidence: 'The notebook where your hand-written loop matches scikit-learn’s coefficients.',
    },
    {
      project:
        'Adapt an official example script to train a small neural network on a dataset from your work, changing the data loading and the output layer.',
      evidence: 'The adapted script and its training curve on your data.',
    },
    {
      project:
        'Write a training codebase yourself: dataset and loader, training and evaluation loop, checkpointing and resuming, with a config file and logged metrics.',
      evidence:
        'The repository that trains, checkpoints and resumes a model from a config, with its logged run.',
    },
    {
      project:
        'Implement an architecture, loss or training step from a paper that your framework does not offer, and reproduce a result the paper reports.',
      evidence:
        'The implementation with unit tests and the run reproducing the paper’s reported figure.',
    },
    {
      project:
        'Build the training library or project template your team’s models are written in: shared loops, callbacks, logging and tests, with two models moved onto it.',
      evidence: 'The training library’s release and the two model repositories that now use it.',
    },
  ],
  'eng-debugging': [
    {
      project:
        'Learn your editor’s debugger and a profiler on a deliberately broken script: breakpoints, stepping, inspecting variables, and a timing profile.',
      evidence:
        'The short walkthrough of the bug you found with the debugger and the profile you read.',
    },
    {
      project:
        'Pair with a colleague on the next real bug or slow job you meet, and write down each step you took to narrow it down.',
      evidence: 'The bug ticket with the narrowing steps and the fix you made together.',
    },
    {
      project:
        'Take the next bug or slow job on your own: reproduce it, bisect to the cause, and profile before changing any code for speed.',
      evidence:
        'The fix PR whose description shows the reproduction, the root cause and the profile behind it.',
    },
    {
      project:
        'Chase a silent or intermittent fault, such as a NaN loss, a memory leak or a race condition, until it reproduces reliably, then fix it.',
      evidence:
        'The write-up of the fault with the reliable reproduction and the fix that removed it.',
    },
    {
      project:
        'Offer to take the hardest open bugs in code you did not write for a quarter, and leave a debugging playbook behind from what they taught you.',
      evidence:
        'The closed hard bugs with root-cause notes, and the debugging playbook you published.',
    },
  ],
};
