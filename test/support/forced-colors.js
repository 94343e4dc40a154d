// A test-runner command that turns Chromium's forced-colours emulation on or off for the
// page under test (the same switch as DevTools' Rendering panel). wtr's own emulateMedia
// command covers colour scheme and reduced motion but not forced colours, and Puppeteer's
// emulateMediaFeatures refuses the feature, so this talks to the DevTools protocol directly.
// The protocol session stays open while the emulation is on: closing it would undo it.
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      const active = Boolean(payload?.active);
      await cdp.send('Emulation.setEmulatedMedia', {
        media: '',
        features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
      });
      if (!active) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
