/**
 * The drop-in files' stand-in for src/context/validator.ts: the validator is
 * loaded on first use from its own file, dist/usce-validate-<version>.js,
 * which must be hosted next to the drop-in file. A page that never overrides
 * the content never requests it.
 *
 * The file is found relative to the drop-in script's own URL, not the page's:
 * a blog usually serves the script from somewhere else than the article. On
 * an npm CDN, a range in that URL is replaced by this file's exact version
 * (see validatorUrl), so both files come from the same release.
 * That URL is read while the script runs (`document.currentScript` is only
 * set then), which is when this module's top level runs: the drop-in file is
 * one IIFE with no lazily run parts.
 */
import type { ApplyOverride } from '../context/validator.js';
import { validatorUrl } from '../snippet/release.js';

/** The validator's file name, e.g. `usce-validate-0.1.0.js`; set by the build. */
declare const __USCE_VALIDATOR_FILE__: string;
/** This drop-in's own file name, e.g. `usce-compare.js`; set by the build. */
declare const __USCE_DROP_IN_FILE__: string;
/** The package's version, e.g. `0.1.0`; set by the build. */
declare const __USCE_VERSION__: string;

const scriptUrl = ownUrl();
let validator: ApplyOverride | Promise<ApplyOverride> | undefined;

/**
 * The validator, once loaded, or a promise of it. A failed load is not
 * retried: every widget on the page would repeat a request that just failed.
 */
export function loadValidator(): ApplyOverride | Promise<ApplyOverride> {
  validator ??= load().then((applyOverride) => (validator = applyOverride));
  return validator;
}

async function load(): Promise<ApplyOverride> {
  let url = __USCE_VALIDATOR_FILE__;
  try {
    url = validatorUrl(scriptUrl, __USCE_VALIDATOR_FILE__, __USCE_VERSION__);
    const module = (await import(/* @vite-ignore */ url)) as { applyOverride?: unknown };
    if (typeof module.applyOverride !== 'function') throw new Error('it is not the validator');
    return module.applyOverride as ApplyOverride;
  } catch (error) {
    throw new Error(
      `the validator ${url} could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * The URL this script was loaded from: `document.currentScript` for a
 * classic script. A `<script type="module">` has none, so the last script
 * element that names this file stands in; failing that, the page's URL.
 */
function ownUrl(): string {
  try {
    const current = document.currentScript;
    if (current instanceof HTMLScriptElement && current.src) return current.src;
    const scripts = Array.from(document.scripts).filter((script) => {
      const path = script.src.split(/[?#]/)[0] ?? '';
      return path.endsWith(`/${__USCE_DROP_IN_FILE__}`);
    });
    return scripts[scripts.length - 1]?.src ?? document.baseURI;
  } catch {
    return document.baseURI;
  }
}
