/**
 * Calls `onWidth` with the element's content width now and whenever it changes by 2 px or more.
 * Updates are delivered in a later task: a change made while resize observers run would be reported
 * again in the same frame (a "ResizeObserver loop"), and a background tab may get no frames at all.
 */
export function observeWidth(element: HTMLElement, onWidth: (width: number) => void): () => void {
  let last = 0;
  const deliver = (width: number) => {
    if (width > 0 && Math.abs(width - last) >= 2) {
      last = width;
      onWidth(width);
    }
  };
  const observer = new ResizeObserver((entries) => {
    const width = Math.round(entries[0]!.contentRect.width);
    setTimeout(() => deliver(width));
  });
  observer.observe(element);
  const first = setTimeout(() => deliver(Math.round(element.clientWidth)));
  return () => {
    clearTimeout(first);
    observer.disconnect();
  };
}
