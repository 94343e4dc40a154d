// A test-runner command that reads how much of the page's JavaScript heap is in use after a
// full garbage collection, through Chromium's DevTools protocol (HeapProfiler.collectGarbage,
// then Runtime.getHeapUsage), for the memory tests (packages/elements/test/memory.test.ts).
//
//   executeServerCommand('heap-used')  ->  bytes in use after GC, or false without the protocol
//
// Firefox (WebDriver BiDi) and WebKit (WebDriver classic) have no such protocol and get false,
// so a test can skip. The page's own performance.memory is coarse (rounded, updated late) and
// cannot force a collection, so it is no substitute.
export function heapPlugin() {
  return {
    name: 'heap-used',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      // false, not null: the runner reads null as "no plugin knows this command".
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        // Twice: objects freed by the first collection's finalizers and weak callbacks go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
