// setViewport() from @web/test-runner-commands only knows Puppeteer and
// Playwright pages. For WebDriver browsers (WebKit here) this plugin resizes
// the browser window until the page's viewport has the requested size, so a
// test that sets the viewport behaves the same in every engine.
//
// The runner always puts its own set-viewport plugin first, so this one
// extends that plugin when the server starts instead of competing with it.

async function setWebdriverViewport(driver, { width, height }) {
  let target = { width, height };
  const readInner = async () => {
    const inner = await driver.execute('return [window.innerWidth, window.innerHeight];');
    return Array.isArray(inner) ? inner.map(Number) : [NaN, NaN];
  };
  for (let attempt = 0; attempt < 6; attempt++) {
    await driver.setWindowSize(target.width, target.height);
    const [w, h] = await readInner();
    if (w === width && h === height) return true;
    if (!(w > 0 && h > 0)) {
      // Read mid-resize: the window has not settled yet. Ask again shortly.
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    // The window includes the browser's toolbar; grow it by the difference
    // (never below the requested size, which a reading mid-resize can suggest).
    target = { width: Math.max(width, target.width + width - w), height: Math.max(height, target.height + height - h) };
  }
  const [w, h] = await readInner();
  throw new Error(`Could not set the viewport to ${width}x${height}; it is ${w}x${h}.`);
}

export function webdriverViewportPlugin() {
  return {
    name: 'webdriver-viewport',
    serverStart({ config }) {
      const builtIn = config.plugins.find((p) => p.name === 'set-viewport-command');
      if (!builtIn || builtIn.webdriverAware) return;
      const original = builtIn.executeCommand.bind(builtIn);
      builtIn.webdriverAware = true;
      builtIn.executeCommand = async (args) => {
        const { command, payload, session } = args;
        if (command === 'set-viewport' && session.browser.type === 'webdriver') {
          const driver = session.browser.driver;
          if (!driver) throw new Error('The WebDriver session is not running.');
          if (typeof payload?.width !== 'number' || typeof payload?.height !== 'number') {
            throw new Error('You must provide a viewport object with a numeric width and height');
          }
          return setWebdriverViewport(driver, payload);
        }
        return original(args);
      };
    },
  };
}
