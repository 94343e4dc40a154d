// The test rig drives the Debian browsers (/usr/bin/chromium, /usr/bin/firefox-esr).
// Puppeteer's own browser download cannot work on these machines, so skip it for every
// install, not only for the ones that remember PUPPETEER_SKIP_DOWNLOAD=1.
module.exports = { skipDownload: true };
