// WebKit for the test runner: Debian's WebKitGTK (its MiniBrowser), driven through WebDriver
// by @web/test-runner-webdriver. The launcher starts what that needs and stops it again, so
// `web-test-runner` alone runs all three engines:
//
//   - WebKitWebDriver, on a free port (not a fixed 4444, so two runs on one machine do not
//     meet), which starts MiniBrowser --automation for the session;
//   - a virtual X display (xvfb-run) around it when there is no DISPLAY, since WebKitGTK has
//     no headless mode of its own.
//
// The driver packages that webdriverio pulls in (geckodriver, edgedriver) are never used here:
// their install scripts, which download binaries, are denied in package.json's allowScripts.
//
// The plugin below adds the two things the runner's own commands cannot do over WebDriver
// classic: a viewport of a given size (setViewport only knows Puppeteer and Playwright) and a
// key pressed with a modifier held (sendKeys' down/up are Puppeteer and Playwright only).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A TCP port that nothing listens on just now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the driver answers on `port`, or fails after `timeout` ms. */
async function driverReady(port, child, timeout = 20000) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeout) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver runs
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
    this.driverProcess = undefined;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    this.options.port = port;
    const driver = [WEBKIT_DRIVER, `--port=${port}`];
    // A screen larger than the largest viewport a test asks for, in colour.
    const command = process.env.DISPLAY
      ? driver
      : ['xvfb-run', '--auto-servernum', '--server-args=-screen 0 1920x1200x24 -nolisten tcp', ...driver];
    // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and MiniBrowser together.
    const child = spawn(command[0], command.slice(1), {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
    child.on('error', (error) => (errors += `\n${error.message}`));
    this.driverProcess = child;
    this.killOnExit = () => this.killDriver();
    process.once('exit', this.killOnExit);
    try {
      await driverReady(port, child);
    } catch (error) {
      this.killDriver();
      throw new Error(`${error.message}; is webkit2gtk-driver (and xvfb) installed? ${errors.trim()}`);
    }
  }

  killDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    if (!child || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }

  async stop() {
    await super.stop();
    this.killDriver();
    if (this.killOnExit) process.removeListener('exit', this.killOnExit);
  }
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (see the top of this file). */
export function webkitLauncher() {
  return new WebKitLauncher();
}

/** The names of a key that WebDriver's key actions take (the W3C spec's code points). */
const KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', Tab: '\uE004' };

/**
 * Server commands for WebDriver browsers (WebKit here); the others answer `false`, and the
 * helpers in packages/elements/test/support.ts use the runner's own commands for them.
 *
 *   executeServerCommand('webdriver-viewport', { width, height })  sizes the window so that the
 *                                                                  page's viewport is width x height
 *   executeServerCommand('webdriver-chord', { modifier: 'Shift', key: 'Tab' })
 */
export function webdriverPlugin() {
  return {
    name: 'webdriver-extras',
    async executeCommand({ command, payload, session }) {
      if (command !== 'webdriver-viewport' && command !== 'webdriver-chord') return undefined;
      if (session.browser.type !== 'webdriver') return false;
      const driver = session.browser.driver;
      if (command === 'webdriver-chord') {
        const modifier = KEYS[payload.modifier] ?? payload.modifier;
        const key = KEYS[payload.key] ?? payload.key;
        await driver.performActions([
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: modifier },
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
              { type: 'keyUp', value: modifier },
            ],
          },
        ]);
        return true;
      }
      // The window's frame and toolbar take some room: size it, measure the viewport, correct.
      const { width, height } = payload;
      let size = { width, height };
      // Under load the window manager can lag behind, so measure after a moment, a few times.
      for (let attempt = 0; attempt < 6; attempt++) {
        await driver.setWindowRect(null, null, size.width, size.height);
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
        const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (innerWidth === width && innerHeight === height) return true;
        size = { width: size.width + width - innerWidth, height: size.height + height - innerHeight };
      }
      // MiniBrowser's toolbar keeps its window at least 447 px wide.
      throw new Error(`could not give the WebKit window a ${width} x ${height} viewport`);
    },
  };
}
