/**
 * Tells the host its width whenever it changes, from a ResizeObserver that runs only while
 * the host is connected (so nothing of it runs on the server). The first width is read just
 * after the first render, so a host that draws differently when narrow corrects itself
 * before anyone sees it.
 *
 * A host whose height changes with what it draws for a width (the matrix: table or list)
 * names an element of its own to watch instead, one whose size follows the width alone.
 * Watching the host itself would then report a second change in the same frame, which the
 * browser reports as a "ResizeObserver loop" error on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { readonly hasUpdated: boolean };

export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;

  private watched?: Element;

  constructor(
    private readonly host: Host,
    private readonly resized: (width: number) => void,
    /** The element to watch, once rendered; the host itself by default. */
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Without ResizeObserver (jsdom, happy-dom in some setups) the host keeps its first
    // width, the one the server assumes too.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.resized(width);
    });
    // Back on the page after being drawn: watch again, and the observer reports the width
    // before the next paint. (Before the first render nothing is measured: that would force
    // a layout of the page for an element not yet drawn.)
    if (this.host.hasUpdated) this.watch(false);
  }

  hostUpdated(): void {
    this.watch(true);
  }

  /** Watches the element, if it is new; `measure` reads its first width at once. */
  private watch(measure: boolean): void {
    const element = this.target ? this.target() : this.host;
    if (!this.observer || !element || element === this.watched) return;
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = element;
    this.observer.observe(element);
    if (!measure) return;
    // The first width is read at once, after the first render (the layout it forces is the
    // one the browser would do before painting anyway), rather than in the observer's first
    // report: the host's follow-up update then belongs to this one, so its `updateComplete`
    // means the element is drawn for its real width.
    const width = element.getBoundingClientRect().width;
    if (width > 0) this.resized(width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }
}
