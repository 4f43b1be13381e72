/**
 * Registers `tag` unless some script on the page already did. The drop-in
 * file loaded twice, or beside an npm build, must not throw: the first
 * definition wins and later ones are no-ops.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // Another script defined the tag between our check and our call, or the
    // constructor was registered under another name: either way, a working
    // definition exists and there is nothing to report to the page.
  }
}
