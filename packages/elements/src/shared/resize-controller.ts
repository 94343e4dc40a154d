/**
 * Tells the host its width whenever it changes, from a ResizeObserver that runs only while
 * the host is connected (so nothing of it runs on the server). The first report comes after
 * the first layout and before the first paint, so a host that draws differently when narrow
 * corrects itself before anyone sees it.
 *
 * A host whose height changes with what it draws for a width (the matrix: table or list)
 * names an element of its own to watch instead, one whose size follows the width alone.
 * Watching the host itself would then report a second change in the same frame, which the
 * browser reports as a "ResizeObserver loop" error on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

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
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.resized(width);
    });
    this.hostUpdated();
  }

  hostUpdated(): void {
    const element = this.target ? this.target() : this.host;
    if (!this.observer || !element || element === this.watched) return;
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = element;
    this.observer.observe(element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }
}
