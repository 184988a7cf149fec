import { expect, test, vi } from 'vitest';
import { registerServiceWorker, type ServiceWorkerEvents } from './service-worker';

/** A worker as the browser moves it through its states. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  /** The browser has found a version to install, as on a first visit or a new build. */
  findVersion(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }
  /** Installed: it waits if a worker is already active, else it becomes the active one. */
  install(worker: FakeWorker) {
    this.installing = null;
    if (this.active) this.waiting = worker;
    else this.active = worker;
    worker.moveTo('installed');
  }
}

/** The browser: a page controlled by a worker (`controlled`) or not, and its registration. */
function fakeBrowser({
  controlled = false,
  refuse,
}: { controlled?: boolean; refuse?: Error } = {}) {
  const registration = new FakeRegistration();
  if (controlled) registration.active = new FakeWorker();
  const container = Object.assign(new EventTarget(), {
    controller: registration.active,
    register: vi.fn(async () => {
      if (refuse) throw refuse;
      return registration;
    }),
  });
  const reload = vi.fn();
  const events = {
    onRegistered: vi.fn(),
    onNeedRefresh: vi.fn(),
    onOfflineReady: vi.fn(),
    onRegisterError: vi.fn(),
  } satisfies ServiceWorkerEvents;
  const start = async () => {
    const host = { container: container as unknown as ServiceWorkerContainer, reload };
    const apply = registerServiceWorker(events, host);
    await vi.waitFor(() =>
      expect(events.onRegistered.mock.calls.length + events.onRegisterError.mock.calls.length).toBe(
        1,
      ),
    );
    return apply;
  };
  return { registration, container, reload, events, start };
}

test('registers sw.js beside the page, for the whole app', async () => {
  const browser = fakeBrowser();
  await browser.start();
  expect(browser.container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  expect(browser.events.onRegistered).toHaveBeenCalledWith(browser.registration);
});

test('a first visit: once the worker is installed, the app is offline ready', async () => {
  const browser = fakeBrowser();
  await browser.start();
  browser.registration.install(browser.registration.findVersion());
  expect(browser.events.onOfflineReady).toHaveBeenCalledTimes(1);
  expect(browser.events.onNeedRefresh).not.toHaveBeenCalled();
});

test('a worker already installing when registration settles is followed too', async () => {
  const browser = fakeBrowser();
  const worker = new FakeWorker();
  browser.registration.installing = worker;
  await browser.start();
  browser.registration.install(worker);
  expect(browser.events.onOfflineReady).toHaveBeenCalledTimes(1);
});

test('a new version waits and is offered; applying it hands over, then the page reloads', async () => {
  const browser = fakeBrowser({ controlled: true });
  const apply = await browser.start();
  const worker = browser.registration.findVersion();
  browser.registration.install(worker);
  expect(browser.events.onNeedRefresh).toHaveBeenCalledTimes(1);
  expect(browser.events.onOfflineReady).not.toHaveBeenCalled();
  expect(browser.reload).not.toHaveBeenCalled();

  apply();
  expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  browser.container.dispatchEvent(new Event('controllerchange'));
  expect(browser.reload).toHaveBeenCalledTimes(1);
});

test('a version left waiting by an earlier visit is offered at once', async () => {
  const browser = fakeBrowser({ controlled: true });
  browser.registration.waiting = new FakeWorker();
  await browser.start();
  expect(browser.events.onNeedRefresh).toHaveBeenCalledTimes(1);
});

test('nothing waiting: applying does nothing', async () => {
  const browser = fakeBrowser({ controlled: true });
  const apply = await browser.start();
  expect(() => apply()).not.toThrow();
  expect(browser.reload).not.toHaveBeenCalled();
});

test('a worker that cannot be registered is reported, not thrown', async () => {
  const refuse = new Error('blocked');
  const browser = fakeBrowser({ refuse });
  await browser.start();
  expect(browser.events.onRegisterError).toHaveBeenCalledWith(refuse);
  expect(browser.events.onRegistered).not.toHaveBeenCalled();
});
