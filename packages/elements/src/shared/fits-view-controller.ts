/**
 * Tells the host whether one of its elements, plus a margin above and below, fits the height
 * of the window: the composite keeps its wheel sticky only then, so a wheel taller than the
 * window never holds its text list stuck below the bottom edge. It watches the element's size
 * (a ResizeObserver: the wheel grows with the width it is given and with its data) and the
 * window's (a `resize` listener), only while the host is connected, so nothing of it runs on
 * the server and nothing is left behind on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element & { readonly hasUpdated: boolean };

export class FitsViewController implements ReactiveController {
  /** Whether the element fits; false until it has been measured. */
  fits = false;

  private observer?: ResizeObserver;
  private watched?: Element;
  private readonly check = () => this.measure();

  constructor(
    private readonly host: Host,
    /** The element to measure, once rendered. */
    private readonly target: () => Element | null | undefined,
    /** The room (in CSS px) wanted above and below it. */
    private readonly margin: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Without ResizeObserver (jsdom, some happy-dom setups) nothing is measured: not sticky.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(this.check);
    window.addEventListener('resize', this.check);
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
    window.removeEventListener('resize', this.check);
  }

  /**
   * Watches the element, if it is new. The observer reports its first size before the next
   * paint, so it is not measured here (that would force a layout in the middle of an update).
   */
  private watch(): void {
    const element = this.target() ?? undefined;
    if (!this.observer || element === this.watched) return;
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = element;
    if (element) this.observer.observe(element);
    else this.measure();
  }

  private measure(): void {
    const height = this.watched?.getBoundingClientRect().height ?? 0;
    const fits = height > 0 && height + 2 * this.margin() <= window.innerHeight;
    if (fits === this.fits) return;
    this.fits = fits;
    this.host.requestUpdate();
  }
}
