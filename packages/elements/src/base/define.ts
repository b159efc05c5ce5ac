/**
 * Registers a custom element once. When another copy of Floke already registered the tag (two widgets on one
 * CMS page may each load their own bundle), it warns instead of throwing, and the first copy stays in use.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side rendering or a Worker: nothing to register
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, constructor);
  else if (existing !== constructor) console.warn(`[floke] <${tag}> is already defined by another copy of Floke; keeping the first one.`);
}
