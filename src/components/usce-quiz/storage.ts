/**
 * Where the quiz keeps answers: the share link's fragment (with `share`)
 * and this browser's storage, the quiz's only use of it, and only when the
 * embedder sets `remember`. Every call is guarded: storage may be missing, disabled by
 * privacy settings (throwing on access), or full (throwing on write). In each
 * case the quiz simply works without remembering.
 */

const KEY = 'usce-quiz:v1';

/** The fragment key a share link uses: `#usce-quiz=<code>`. */
export const SHARE_KEY = 'usce-quiz';

/** The share code in a location hash like `#usce-quiz=v1.abcd.012`, or null when there is none. */
export function readShareCode(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

/** What is kept: the share code of the answers and the step reached. */
export interface Remembered {
  code: string;
  step: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The remembered answers, or null when there are none or they cannot be read. */
export function readRemembered(): Remembered | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { code, step } = value as Record<string, unknown>;
    if (typeof code !== 'string' || typeof step !== 'number' || !Number.isInteger(step)) return null;
    return { code, step };
  } catch {
    return null;
  }
}

/** Keeps the answers; returns false when storage refused them. */
export function remember(value: Remembered): boolean {
  try {
    storage()?.setItem(KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the answers; never throws. */
export function forgetRemembered(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to forget when storage cannot be reached.
  }
}

/** The page's address without its fragment. */
export function pageAddress(): string {
  return location.href.split('#')[0] ?? '';
}

/** A link to this page that opens the result for the answers in `code`. */
export function shareLink(code: string): string {
  return `${pageAddress()}#${SHARE_KEY}=${code}`;
}
