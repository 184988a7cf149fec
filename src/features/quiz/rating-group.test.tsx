import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { RatingItem } from '../../data/bank-types';
import { RatingGroup } from './rating-group';

const item: RatingItem = {
  kind: 'rating',
  id: 'x-item',
  title: 'Forecasting',
  hint: 'Time series',
  anchors: [
    'Not part of my work yet.',
    'I can *explain* a seasonal baseline.',
    'I have built a forecast *with a template*.',
    'I build forecasts *end to end on my own*.',
    'I handle *intermittent demand* and hierarchies.',
    'I built *the forecasting library* my team uses.',
  ],
};

test('the phrase that sets a level apart is emphasised, and levels below the chosen one are included', () => {
  const { container } = render(
    <RatingGroup groupId="g" item={item} missing={false} value={3} onAnswer={vi.fn()} isNew />,
  );
  expect(screen.getByText('end to end on my own').tagName).toBe('STRONG');
  expect(screen.getByText('Not part of my work yet.').tagName).not.toBe('STRONG');
  expect(
    screen.getByRole('radio', { name: /I build forecasts end to end on my own\./ }),
  ).toBeChecked();
  const included = [...container.querySelectorAll('.option[data-included]')].map(
    (option) => option.querySelector('.option__number')?.textContent,
  );
  expect(included).toEqual(['0', '1', '2']);
  expect(screen.getByRole('radiogroup', { name: /Forecasting\s*New/ })).toBeInTheDocument();
});
