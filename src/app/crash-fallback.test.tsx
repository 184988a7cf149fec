import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../components/error-boundary';
import { renderWithStore } from '../testing/render-app';
import { CrashFallback } from './crash-fallback';

function Broken(): never {
  throw new Error('boom');
}

test('a page that fails to render offers the data and a way home, not a blank page', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  renderWithStore(
    <ErrorBoundary fallback={<CrashFallback />}>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent(/still saved/);
  expect(screen.getByRole('button', { name: 'Download my data' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '#/');
});
