import { expect, test } from 'vitest';
import { describeGrowthSpan, describeShapeChange, tellResultChange } from './growth-story';
import type { AreaChange, ItemChange, ResultChange } from './result-change';

const area = (
  id: AreaChange['area'],
  name: string,
  before: number | null,
  after: number | null,
): AreaChange => ({
  area: id,
  name,
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

const item = (
  areaId: ItemChange['area'],
  itemId: string,
  before: number | null,
  after: number | null,
): ItemChange => ({
  area: areaId,
  itemId,
  title: itemId,
  before,
  after,
  status: before === after ? 'same' : 'changed',
});

const change = (areas: AreaChange[], items: ItemChange[] = []): ResultChange => ({
  areas,
  items,
  summary: [],
  bankNote: null,
});

test('the shape change is said first, with the article a shape needs when it held', () => {
  expect(describeShapeChange('Generalist', 'Narrow T')).toBe(
    'Your shape changed: Generalist → Narrow T',
  );
  expect(describeShapeChange('Π-shaped', 'Π-shaped')).toBe('Still Π-shaped');
  expect(describeShapeChange('Generalist', 'Generalist')).toBe('Still a Generalist');
  expect(describeShapeChange('Emerging', 'Emerging')).toBe('Still Emerging');
});

test('a comparison leads with the new shape, then the biggest moves in words', () => {
  const story = tellResultChange(
    change(
      [
        area('statistics', 'Statistics', 40, 40),
        area('business-communication', 'Business communication', 40, 60),
        area('production-software', 'Production software', 40, 40),
        area('experimentation', 'Experimentation', 40, 40),
        area('deployment', 'Deployment', 40, 80),
      ],
      [
        item('deployment', 'serving', 2, 4),
        item('deployment', 'scale', 2, 4),
        item('business-communication', 'memos', 2, 3),
        item('statistics', 'inference', 2, 2),
      ],
    ),
  );
  expect(story.shapeBefore).toBe('Generalist');
  expect(story.shapeAfter).toBe('T-shaped');
  expect(story.headline).toBe('Your shape changed: Generalist → T-shaped');
  expect(story.movements).toEqual([
    {
      area: 'deployment',
      name: 'Deployment',
      change: 40,
      sentence: 'Deployment rose 40 points, from 40 to 80, and is now deep.',
      skills: '2 sub-skills up',
    },
    {
      area: 'business-communication',
      name: 'Business communication',
      change: 20,
      sentence: 'Business communication rose 20 points, from 40 to 60.',
      skills: '1 sub-skill up',
    },
  ]);
  expect(story.unchanged).toBe(
    'Statistics, Production software and Experimentation stayed the same.',
  );
});

test('a fall across a line says what was lost; a score that held while sub-skills moved still counts', () => {
  const story = tellResultChange(
    change(
      [
        area('statistics', 'Statistics', 80, 60),
        area('business-communication', 'Business communication', 40, 39),
        area('production-software', 'Production software', 50, 50),
        area('experimentation', 'Experimentation', null, 60),
        area('deployment', 'Deployment', 30, 30),
      ],
      [item('production-software', 'testing', 2, 3), item('production-software', 'ci', 3, 2)],
    ),
  );
  expect(story.headline).toBe('Your shape changed: Narrow T → Generalist');
  expect(story.movements.map((each) => [each.sentence, each.skills])).toEqual([
    ['Experimentation has a score now: 60.', null],
    ['Statistics fell 20 points, from 80 to 60, and is no longer deep.', null],
    ['Business communication fell 1 point, from 40 to 39, and is no longer broad.', null],
    ['Production software held at 50.', '1 sub-skill up, 1 down'],
  ]);
  expect(story.unchanged).toBe('Deployment stayed the same.');
});

test('two identical results: the shape held and no area moved', () => {
  const story = tellResultChange(
    change([area('statistics', 'Statistics', 80, 80), area('deployment', 'Deployment', 80, 80)]),
  );
  expect(story.headline).toBe('Still Π-shaped');
  expect(story.movements).toEqual([]);
  expect(story.unchanged).toBe('No area moved.');
});

test('the growth line is summed up from the first result to the last', () => {
  const grew = tellResultChange(
    change([area('statistics', 'Statistics', 20, 40), area('deployment', 'Deployment', 20, 80)]),
  );
  expect(describeGrowthSpan(grew, 'Result 1', 'Result 3')).toBe(
    'From Result 1 to Result 3, your shape went from Emerging to I-shaped. Deployment rose 60 points, from 20 to 80, and is now deep.',
  );
  const held = tellResultChange(change([area('statistics', 'Statistics', 80, 80)]));
  expect(describeGrowthSpan(held, 'Result 1', 'Result 4')).toBe(
    'From Result 1 to Result 4, your shape held: I-shaped. No area moved.',
  );
});
