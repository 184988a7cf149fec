import { afterEach, expect, test, vi } from 'vitest';
import { copyLink } from './clipboard';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function linkField(url: string): HTMLInputElement {
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = url;
  document.body.append(field);
  return field;
}

test('a link copied says what the caller says', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  const said = await copyLink(
    'https://x.test/#/r/AQ',
    linkField('https://x.test/#/r/AQ'),
    'Copied.',
  );
  expect(writeText).toHaveBeenCalledWith('https://x.test/#/r/AQ');
  expect(said).toBe('Copied.');
});

test('where copying is refused, the link is selected and the person told to copy it', async () => {
  vi.stubGlobal('navigator', {
    clipboard: { writeText: vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError')) },
  });
  const field = linkField('https://x.test/#/r/AQ');
  const said = await copyLink('https://x.test/#/r/AQ', field, 'Copied.');
  expect(said).toBe(
    'Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
  );
  expect(document.activeElement).toBe(field);
  expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
});

test('with no Clipboard API at all, the same', async () => {
  vi.stubGlobal('navigator', {});
  const field = linkField('https://x.test/#/t/T1');
  expect(await copyLink('https://x.test/#/t/T1', field, 'Copied.')).toMatch(/^Copying is blocked/);
  expect(document.activeElement).toBe(field);
});
