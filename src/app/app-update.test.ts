import { beforeEach, expect, test, vi } from 'vitest';
import {
  INITIAL_APP_UPDATE,
  postponeUpdate,
  useAppUpdate,
  watchForUpdates,
  type RegisterServiceWorker,
} from './app-update';

beforeEach(() => {
  useAppUpdate.setState(INITIAL_APP_UPDATE);
});

function fakeRegister() {
  const update = vi.fn(async () => undefined);
  let options: Parameters<RegisterServiceWorker>[0] = {};
  const register: RegisterServiceWorker = (given) => {
    options = given;
    return update;
  };
  return { register, update, options: () => options };
}

test('registers at once, since the page has already loaded', () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  expect(fake.options().immediate).toBe(true);
  expect(useAppUpdate.getState()).toEqual(INITIAL_APP_UPDATE);
});

test('a waiting version is offered, and applying it hands over and reloads', async () => {
  const fake = fakeRegister();
  watchForUpdates(fake.register);
  fake.options().onNeedRefresh?.();
  expect(useAppUpdate.getState().waiting).toBe(true);
  await useAppUpdate.getState().apply?.();
  expect(fake.update).toHaveBeenCalledWith(true);
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
