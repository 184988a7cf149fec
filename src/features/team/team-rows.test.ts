import { expect, test } from 'vitest';
import { TEAM_SPECTRUM_SIZES } from '../../charts/chart-types';
import { QUESTION_BANK } from '../../data/question-bank';
import { summariseTeam, type TeamSummary } from '../../domain/team-summary';
import { buildLevels } from '../../testing/builders';
import { MAX_NAMED_DOTS, toHireRows, toTeamSpectrumDots } from './team-rows';

/** Only what the dots read: each member's position. */
function spread(positions: readonly (number | null)[]): TeamSummary {
  return {
    memberCount: positions.length,
    areas: [],
    alerts: [],
    spectrum: positions.map((position, member) => ({ member, position })),
    teamPosition: 0,
    scores: [],
    shapes: [],
  };
}

/** Each named dot's box (dot and name) along the axis, in pixels, as the layout reserves it. */
function boxes(dots: ReturnType<typeof toTeamSpectrumDots>, plotWidth: number) {
  const { fontSize, dotRadius } = TEAM_SPECTRUM_SIZES.regular;
  return dots.map((dot) => {
    const at = ((dot.x + 1) / 2) * plotWidth;
    // At least 0.55 em a character: no name is narrower than that.
    const width = [...(dot.name ?? '')].length * 0.55 * fontSize;
    return dot.anchor === 'start'
      ? { lane: dot.y, from: at - dotRadius, to: at + dotRadius + width }
      : { lane: dot.y, from: at - dotRadius - width, to: at + dotRadius };
  });
}

test('people at the same place go in different lanes, each with their name', () => {
  const dots = toTeamSpectrumDots(
    spread([0.1, 0.1, 0.1, null]),
    ['Ada', 'Grace', 'Linus', 'Eve'],
    300,
  );

  expect(dots.map((dot) => dot.name)).toEqual(['Ada', 'Grace', 'Linus']);
  expect(new Set(dots.map((dot) => dot.y)).size).toBe(3);
});

test('people far apart share the first lane', () => {
  const dots = toTeamSpectrumDots(spread([-0.9, 0, 0.6]), ['Ada', 'Grace', 'Linus'], 600);

  expect(dots.map((dot) => dot.y)).toEqual([0, 0, 0]);
});

test('on a phone no two names in a lane overlap, and every name stays inside the chart', () => {
  const names = [
    'Ada',
    'Grace',
    'Linus',
    'Margaret',
    'Hedy',
    'Alexandria Ocasio',
    'Bo',
    'Chen Wei',
  ];
  const positions = [-0.5, 0.6, 0.1, 0.45, -0.7, 0, 0.2, -0.55];
  const plotWidth = 270;
  const dots = toTeamSpectrumDots(spread(positions), names, plotWidth);
  const laid = boxes(dots, plotWidth);
  const { sideMargin } = TEAM_SPECTRUM_SIZES.regular;

  for (const [index, box] of laid.entries()) {
    expect(box.from).toBeGreaterThanOrEqual(-sideMargin);
    expect(box.to).toBeLessThanOrEqual(plotWidth + sideMargin);
    for (const other of laid.slice(index + 1)) {
      if (other.lane === box.lane) expect(box.to <= other.from || other.to <= box.from).toBe(true);
    }
  }
  expect(dots.find((dot) => dot.label === 'Alexandria Ocasio')?.name).toBe('Alexandria…');
});

test('a name near the Engineering end goes to the left of its dot', () => {
  const [dot] = toTeamSpectrumDots(spread([0.98]), ['Margaret'], 300);

  expect(dot?.anchor).toBe('end');
});

test('a team too big to name gets unnamed dots, stacked by position', () => {
  const positions = Array.from({ length: MAX_NAMED_DOTS + 1 }, () => 0.3);
  const labels = positions.map((_, index) => `Person ${index + 1}`);
  const dots = toTeamSpectrumDots(spread(positions), labels, 600);

  expect(dots.every((dot) => dot.name === null)).toBe(true);
  expect(dots.map((dot) => dot.y).slice(0, 3)).toEqual([0, 0.5, 1]);
});

test('the next hire’s rows star its deep areas and compare with the team’s highest score', () => {
  const summary = summariseTeam(QUESTION_BANK, [
    { responses: buildLevels({ statistics: 4, deployment: 2 }) },
    { responses: buildLevels({ statistics: 2, deployment: 3 }) },
  ]);
  const rows = toHireRows(
    QUESTION_BANK,
    {
      statistics: 40,
      'business-communication': 40,
      'production-software': 40,
      experimentation: 40,
      deployment: 80,
    },
    summary,
  );
  const deployment = rows.find((row) => row.key === 'deployment');
  expect(deployment).toMatchObject({ score: 80, emphasis: true, compare: 60 });
  expect(rows.find((row) => row.key === 'statistics')).toMatchObject({
    emphasis: false,
    compare: 80,
  });
});
