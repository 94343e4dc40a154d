/**
 * Registers a custom element unless a tag of that name already exists. A CMS page can easily
 * load the bundle twice (a template and a widget both adding the script); a second
 * `customElements.define` would throw and stop the rest of that script.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
