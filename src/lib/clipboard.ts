export type CopyOutcome = 'copied' | 'selected';

/**
 * Copies text with the Clipboard API. Where that is missing or refused (an
 * insecure origin, a denied permission), the text's read-only field is selected
 * instead so the person can copy it themselves.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}

/** Said when a link could not be copied and its field was selected instead. */
const LINK_SELECTED =
  'Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.';

/**
 * Copies a link shown in a read-only field, and returns what to tell the person:
 * `copied` when it was copied, else that the field is selected for them to copy.
 */
export async function copyLink(
  url: string,
  field: HTMLInputElement | null,
  copied: string,
): Promise<string> {
  return (await copyText(url, field)) === 'copied' ? copied : LINK_SELECTED;
}
