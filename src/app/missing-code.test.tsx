import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ErrorBoundary } from '../components/error-boundary';
import { isMissingCode, MissingCodePage } from './missing-code';

test('the messages browsers give for code they could not fetch are recognised', () => {
  for (const message of [
    'Failed to fetch dynamically imported module: https://example.org/assets/team-page-x1.js',
    'error loading dynamically imported module: https://example.org/assets/team-page-x1.js',
    'Importing a module script failed.',
    'Unable to preload CSS for /assets/team-page-x1.css',
  ]) {
    expect(isMissingCode(new TypeError(message)), message).toBe(true);
  }
  expect(isMissingCode(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
    false,
  );
  expect(isMissingCode('Failed to fetch dynamically imported module')).toBe(false);
});

function Broken({ error }: { error: Error }): never {
  throw error;
}

test('a boundary shows the reload page for missing code and its own fallback otherwise', () => {
  const fallback = (error: unknown) =>
    isMissingCode(error) ? <MissingCodePage /> : <p>Something went wrong</p>;
  const missing = new TypeError('Failed to fetch dynamically imported module: x.js');
  const { unmount } = render(
    <ErrorBoundary fallback={fallback}>
      <Broken error={missing} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { name: 'This page needs a reload' })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Reload tshape' })).toBeVisible();
  unmount();

  render(
    <ErrorBoundary fallback={fallback}>
      <Broken error={new Error('a bug')} />
    </ErrorBoundary>,
  );
  expect(screen.getByText('Something went wrong')).toBeVisible();
});
