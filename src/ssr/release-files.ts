/// <reference types="node" />
/**
 * The package's own release, read from the installed package when the
 * command runs (this module is bundled into dist/bin/usce-compare.js, two
 * folders below package.json): its version, and the integrity of the
 * drop-in files beside the command. Read rather than written in at build
 * time, so the snippet always describes the exact bytes that ship with the
 * command that printed it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DropInFile } from '../snippet/release.js';

const packageRoot = new URL('../../', import.meta.url);

/** The version in the package's package.json. */
export function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return version;
}

/** `sha384-<base64>` of dist/<file>; throws, naming the file, when it is missing. */
export function dropInIntegrity(file: DropInFile): string {
  const path = new URL(`dist/${file}`, packageRoot);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`${path.pathname} is missing: run \`npm run build\` to build the drop-in file`);
  }
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
