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
