/** The address and integrity value a snippet's script line loads the drop-in file with, or null. */
export function scriptOf(line: string): { form: 'loader' | 'tag'; src: string; integrity: string } | null;
