import { beforeEach, expect, test, vi } from 'vitest';
import type { RegisterServiceWorker } from '../lib/service-worker';
import { INITIAL_APP_UPDATE, postponeUpdate, useAppUpdate, watchForUpdates } from './app-update';

beforeEach(() => {
  useAppUpdate.setState(INITIAL_APP_UPDATE);
});

function fakeRegister() {
  const update = vi.fn();
  let options: Parameters<RegisterServiceWorker>[0] = {};
  const register: RegisterServiceWorker = (given) => {
    options = given;
    return update;
  };
  return { register, update, options: () => options };
}

test('registers, and offers nothing until the service worker has news', () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  expect(useAppUpdate.getState()).toEqual(INITIAL_APP_UPDATE);
});

test('once registered, it looks for a new version every hour', () => {
  vi.useFakeTimers();
  try {
    const fake = fakeRegister();
    watchForUpdates(fake.register);
    const update = vi.fn(async () => undefined);
    fake.options().onRegistered?.({ update } as unknown as ServiceWorkerRegistration);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(update).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
  }
});

test('a waiting version is offered, and applying it hands over to it', () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  fake.options().onNeedRefresh?.();
  expect(useAppUpdate.getState().waiting).toBe(true);
  useAppUpdate.getState().apply?.();
  expect(fake.update).toHaveBeenCalledTimes(1);
});

test('"offline ready" is recorded, and "Later" puts the offer away', () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  fake.options().onOfflineReady?.();
  fake.options().onNeedRefresh?.();
  postponeUpdate();
  expect(useAppUpdate.getState()).toMatchObject({ offlineReady: true, waiting: false });
});

test('a service worker that cannot register leaves the app as it is', () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  expect(() => fake.options().onRegisterError?.(new Error('blocked'))).not.toThrow();
  expect(useAppUpdate.getState()).toEqual(INITIAL_APP_UPDATE);
});
