/** Types for build/release.js, which the test runner's config imports as plain JavaScript. */
export declare const DROP_IN_FILES: readonly ['usce-compare.js', 'usce-quiz.js'];
export declare const RELEASE_ELEMENT_ID: string;
export interface ReleaseFile {
  integrity: string;
  bytes: number;
}
export interface ReleaseInfo {
  version: string;
  folder: string;
  files: Partial<Record<(typeof DROP_IN_FILES)[number], ReleaseFile>>;
}
export declare function integrityOf(bytes: Uint8Array): string;
export declare function releaseInfo(root: string, folder: string): ReleaseInfo;
export declare function releaseElement(info: ReleaseInfo): string;
export declare function withRelease(html: string, info: ReleaseInfo): string;
