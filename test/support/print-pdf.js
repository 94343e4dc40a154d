// A test-runner command that prints the page under test to PDF as the browser prints it (print
// media styles, the heading row repeated on each page) and reads back what each page shows,
// with poppler's pdftotext: `executeServerCommand('print-pdf')` answers with one entry per
// page, each a list of lines ({ text, words }) from top to bottom, where `words` are the
// words of that line. emulateMedia('print') shows the styles; only a real print shows where
// the pages break and what is repeated on each. Browsers not driven by Puppeteer get false.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Words of the `-bbox-layout` XHTML, grouped by page and line. */
function pagesOf(xhtml) {
  const decode = (s) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xhtml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      page
        .split(/<line\b/)
        .slice(1)
        .map((line) => {
          const words = [...line.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((m) => decode(m[1]));
          return { text: words.join(' '), words };
        }),
    );
}

export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      // An emulated media type (emulateMedia({ media: 'screen' }) in an earlier test) would print
      // with screen styles: back to none, so the print styles apply as on paper.
      await page.emulateMediaType(null).catch(() => undefined); // Firefox (BiDi) has none to undo
      const dir = await mkdtemp(join(tmpdir(), 'ec-print-'));
      try {
        const pdf = join(dir, 'page.pdf');
        await writeFile(
          pdf,
          await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } }),
        );
        await run('pdftotext', ['-bbox-layout', pdf, join(dir, 'page.html')]);
        return pagesOf(await readFile(join(dir, 'page.html'), 'utf8'));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
