import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { BANK_V2 } from '../../data/bank-v2';
import { findShapeLevers, suggestNextSteps } from '../../domain/growth';
import { describePerson } from '../../domain/headline';
import { computeProfile } from '../../domain/profile';
import { buildLevels, buildLevelsInOrder } from '../../testing/builders';
import { AreaReadings } from './area-readings';
import { NextSteps } from './next-steps';

// Bank 2 in quiz order: Statistics 7, Business communication 6, Production software 6,
// Experimentation 7, Deployment 7 items.
const RESPONSES = buildLevelsInOrder(
  [
    ...[3, 2, 3, 4, 2, 3, 1], // Statistics: 18 / 7 levels, a score of 51
    ...[1, 1, 1, 1, 1, 0], // Business communication: 5 / 6, a score of 17
    ...[3, 3, 3, 3, 3, 3], // Production software: 60
    ...[0, 0, 0, 0, 0, 0, 0], // Experimentation
    ...[0, 0, 0, 0, 0, 0, 0], // Deployment
  ],
  BANK_V2,
);

function renderReadings() {
  render(
    <AreaReadings
      bank={BANK_V2}
      profile={computeProfile(BANK_V2, RESPONSES)}
      responses={RESPONSES}
      levers={findShapeLevers(BANK_V2, RESPONSES)}
      person={describePerson({ name: 'You', isViewer: true })}
    />,
  );
  const readings = screen.getByRole('region', { name: 'Reading' });
  return (name: RegExp) => {
    const card = within(readings).getByRole('heading', { level: 3, name }).closest('li');
    if (!card) throw new Error(`No reading for ${String(name)}`);
    return card;
  };
}

test('an area between two levels says so and names its strongest and weakest sub-skill', () => {
  const statistics = renderReadings()(/^Statistics\s*51$/);
  expect(statistics).toHaveTextContent('On average: between Working and Practitioner. Broad.');
  expect(statistics).toHaveTextContent(
    'Strongest: Model validation (Advanced); weakest: Time series and forecasting (Aware).',
  );
});

test('a score of 17, mostly "Aware", is read as Aware, not as "Not yet"', () => {
  const business = renderReadings()(/^Business communication\s*17$/);
  expect(business).toHaveTextContent('On average: Aware.');
  expect(business).toHaveTextContent(
    'Strongest: Problem framing, Stakeholder expectations and 3 more (Aware); weakest: Impact and prioritisation (Not yet).',
  );
});

test('an area answered at one level says so rather than naming a strongest and weakest', () => {
  const reading = renderReadings();
  const software = reading(/^Production software\s*60$/);
  expect(software).toHaveTextContent('On average: Practitioner. Broad.');
  expect(software).toHaveTextContent('Every sub-skill rated Practitioner.');
  expect(software).not.toHaveTextContent(/Strongest|weakest/);
  const deployment = reading(/^Deployment\s*0$/);
  expect(deployment).toHaveTextContent('On average: Not yet.');
  expect(deployment).toHaveTextContent('Every sub-skill rated Not yet.');
});

test('a borderline area names the line its interval straddles', () => {
  // Statistics exactly at τb = 40: a retake may land either side of the breadth line.
  const responses = buildLevels({ statistics: 2, 'production-software': 4 }, BANK_V2);
  const profile = computeProfile(BANK_V2, responses);
  expect(profile.areas[0]?.line).toBe('breadth');
  render(
    <AreaReadings
      bank={BANK_V2}
      profile={profile}
      responses={responses}
      levers={[]}
      person={describePerson({ name: 'You', isViewer: true })}
    />,
  );
  const statistics = screen.getByRole('heading', { level: 3, name: /^Statistics\s*40$/ });
  expect(statistics.closest('li')).toHaveTextContent(/straddles the breadth line at 40\./);
});

test('next steps show the bank’s emphasis as emphasis, never as asterisks', () => {
  render(<NextSteps bank={BANK_V2} steps={suggestNextSteps(BANK_V2, RESPONSES)} />);
  const steps = screen.getByRole('heading', { name: 'Next steps for growth' })
    .nextElementSibling as HTMLElement;
  expect(steps.textContent).not.toContain('*');
  expect(within(steps).getAllByRole('strong').length).toBeGreaterThan(3);
});

test('someone else’s reading speaks of them, not to "you"', () => {
  // Business communication at 11 / 6 levels (37): one level more makes it broad.
  const responses = buildLevelsInOrder(
    [...[4, 4, 4, 4, 4, 4, 4], ...[2, 2, 2, 2, 2, 1], ...[2, 2, 2, 2, 2, 2]],
    BANK_V2,
  );
  render(
    <AreaReadings
      bank={BANK_V2}
      profile={computeProfile(BANK_V2, responses)}
      responses={responses}
      levers={findShapeLevers(BANK_V2, responses)}
      person={describePerson({ name: 'Ada', isViewer: false })}
    />,
  );
  const readings = screen.getByRole('region', { name: 'Reading' });
  expect(
    within(readings).getByRole('heading', { name: 'What would change Ada’s shape' }),
  ).toBeInTheDocument();
  expect(readings.textContent).not.toMatch(/\byour?\b/i);
});
