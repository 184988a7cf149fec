import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('this chart cannot be drawn');
}

test('one failing piece shows its fallback and leaves its neighbours standing', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  render(
    <>
      <ErrorBoundary fallback={<p>Chart unavailable</p>}>
        <Broken />
      </ErrorBoundary>
      <ErrorBoundary fallback={<p>Chart unavailable</p>}>
        <p>Grace’s chart</p>
      </ErrorBoundary>
    </>,
  );
  expect(screen.getByText('Chart unavailable')).toBeInTheDocument();
  expect(screen.getByText('Grace’s chart')).toBeInTheDocument();
});
