import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cycleFingerprint, defaultCycle, ratedParts, type Scale } from '@engagement-cycle/core';
import '../src/self-assessment.js';
import type { AssessmentChangeDetail, EcSelfAssessment } from '../src/self-assessment.js';
import { captureConsole, expectEvent, settled } from './support.js';

async function form(template = html`<ec-self-assessment></ec-self-assessment>`): Promise<EcSelfAssessment> {
  const el = await fixture<EcSelfAssessment>(template);
  await settled(el);
  return el;
}

const q = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const qa = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parts = ratedParts(defaultCycle);
const stage2 = defaultCycle.stages[1]!;

/** Checks a radio and tells the element, as a click would. */
async function rate(el: EcSelfAssessment, partId: string, level: string) {
  const radio = q<HTMLInputElement>(el, `#sa-${partId}-level-${level}`)!;
  radio.click();
  await el.updateComplete;
}

async function type(el: EcSelfAssessment, selector: string, value: string) {
  const field = q<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function addLink(el: EcSelfAssessment, partId: string, label: string, href: string) {
  const count = qa(el, `#sa-${partId} .link`).length;
  q(el, `#sa-${partId}-add`)!.click();
  await el.updateComplete;
  await type(el, `#sa-${partId}-link-${count}-label`, label);
  await type(el, `#sa-${partId}-link-${count}-url`, href);
}

/** A valid file with XSS attempts in every free-text field. */
const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

const fileOf = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

const validFile = () => ({
  schemaVersion: 1,
  cycle: { title: defaultCycle.title, fingerprint: cycleFingerprint(defaultCycle) },
  date: '2026-11-30',
  items: parts.map((p) => ({ id: p.id })),
});

describe('<ec-self-assessment>', () => {
  describe('the form', () => {
    it('has a fieldset for every part, hub group then stages, each with a legend and the levels', async () => {
      const el = await form();
      const items = qa(el, 'fieldset.item');
      expect(items.map((f) => f.id)).to.deep.equal(parts.map((p) => `sa-${p.id}`));
      const groups = qa(el, 'section.group');
      expect(groups).to.have.length(2);
      expect(groups[0]!.querySelectorAll('fieldset.item')).to.have.length(
        parts.length - defaultCycle.stages.length,
      );
      expect(groups[1]!.querySelectorAll('fieldset.item')).to.have.length(defaultCycle.stages.length);
      const legend = text(q(el, `#sa-${stage2.id} > legend`));
      expect(legend).to.equal(`Stage 2: ${stage2.title}`);
      // Each stage's "things to think about" headings are its prompts.
      expect(qa(el, `#sa-${stage2.id} .prompts li`).map(text)).to.deep.equal(
        stage2.considerations.map((c) => c.title),
      );
      // Four levels and "Not rated yet", each with its meaning.
      const radios = qa(el, `#sa-${stage2.id} input[type=radio]`);
      expect(radios).to.have.length(5);
      expect(text(q(el, `label[for=sa-${stage2.id}-level-developing]`))).to.contain('Some work has begun');
      const select = q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!;
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'No target',
        'Not started',
        'Developing',
        'Established',
        'Leading',
      ]);
      expect(text(q(el, '[part=progress]'))).to.equal(`0 of ${parts.length} rated`);
      expect(q(el, '[part=progress]')!.getAttribute('role')).to.equal('status');
      expect(text(q(el, '.credit'))).to.contain('InHealth Associates');
    });

    it('rates a stage by keyboard alone and says so in ec-assessment-change', async () => {
      const el = await form();
      const first = q<HTMLInputElement>(el, `#sa-${stage2.id}-level-not-started`)!;
      first.focus();
      const events = await expectEvent<AssessmentChangeDetail>(el, 'ec-assessment-change', async () => {
        // Arrow keys on a radio group move and check: "Not started" → "Developing".
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      });
      const detail = events.at(-1)!.detail;
      expect(detail).to.deep.equal({
        itemId: stage2.id,
        field: 'level',
        value: 'developing',
        previousValue: undefined,
        trigger: 'keyboard',
      });
      expect(events.at(-1)!.bubbles && events.at(-1)!.composed).to.equal(true);
      expect(text(q(el, '[part=progress]'))).to.equal(`1 of ${parts.length} rated`);
      // Tab leaves the group for the target, which the keyboard sets too.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal(`sa-${stage2.id}-target`);
    });

    it('fills the summary table and the action list', async () => {
      const el = await form();
      await rate(el, stage2.id, 'developing');
      const select = q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!;
      select.value = 'leading';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const row = qa(el, '[part=summary] tbody tr')[parts.findIndex((p) => p.id === stage2.id)]!;
      expect([...row.children].map(text)).to.deep.equal([
        `Stage 2: ${stage2.title}`,
        'Developing',
        'Leading',
        '2',
      ]);
      expect(qa(el, '[part=actions] li').map(text)).to.deep.equal([
        `Stage 2: ${stage2.title}: Developing, target Leading`,
      ]);
    });

    it('takes a custom scale of three levels', async () => {
      const scale: Scale = {
        levels: [
          { id: 'no', label: 'Not yet', description: 'Not in place.' },
          { id: 'partly', label: 'Partly', description: 'In place in parts.' },
          { id: 'yes', label: 'Yes', description: 'In place everywhere.' },
        ],
      };
      const el = await form(html`<ec-self-assessment .scale=${scale}></ec-self-assessment>`);
      expect(qa(el, `#sa-${stage2.id} input[type=radio]`)).to.have.length(4);
      await rate(el, stage2.id, 'partly');
      const file = JSON.parse(el.exportJson());
      expect(file.scale).to.deep.equal(scale);
      expect(file.items.find((i: { id: string }) => i.id === stage2.id).level).to.equal('partly');
    });
  });

  describe('files', () => {
    it('round-trips: rate, export, clear, import gives the same file', async () => {
      const el = await form();
      await rate(el, 'hub', 'established');
      await rate(el, stage2.id, 'developing');
      const select = q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!;
      select.value = 'leading';
      select.dispatchEvent(new Event('change'));
      await addLink(el, stage2.id, 'Board minutes, March', 'https://example.org/minutes.pdf');
      await type(el, `#sa-${stage2.id}-note`, 'Patient leaders rated this with us.');
      const json = el.exportJson();
      const file = JSON.parse(json);
      expect(file.schemaVersion).to.equal(1);
      expect(file.cycle).to.deep.equal({
        title: defaultCycle.title,
        fingerprint: cycleFingerprint(defaultCycle),
      });
      expect(file.date).to.match(/^\d{4}-\d\d-\d\d$/);

      el.clear();
      await el.updateComplete;
      expect(text(q(el, '[part=progress]'))).to.equal(`0 of ${parts.length} rated`);
      expect(el.exportJson()).not.to.equal(json);

      const events = await expectEvent<AssessmentChangeDetail>(el, 'ec-assessment-change', () =>
        el.importFile(new Blob([json])),
      );
      expect(events.every((e) => e.detail.trigger === 'import')).to.equal(true);
      await el.updateComplete;
      expect(el.exportJson()).to.equal(json);
      expect(text(q(el, '.notice'))).to.equal('The file was opened.');
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-link-0-url`)!.value).to.equal(
        'https://example.org/minutes.pdf',
      );
      expect(q<HTMLTextAreaElement>(el, `#sa-${stage2.id}-note`)!.value).to.equal(
        'Patient leaders rated this with us.',
      );
    });

    it('opens a file chosen with the labelled file input', async () => {
      const el = await form();
      const input = q<HTMLInputElement>(el, '#sa-import')!;
      expect(text(q(el, 'label[for=sa-import]'))).to.equal('Open a file');
      expect(input.accept).to.equal('.json,application/json');
      const file = { ...validFile(), items: [{ id: stage2.id, level: 'leading' }] };
      const chosen = new DataTransfer();
      chosen.items.add(new File([JSON.stringify(file)], 'ours-2026.json', { type: 'application/json' }));
      input.files = chosen.files;
      const events = await expectEvent<AssessmentChangeDetail>(el, 'ec-assessment-change', () =>
        input.dispatchEvent(new Event('change')),
      );
      expect(events.map((e) => e.detail)).to.deep.equal([
        { itemId: stage2.id, field: 'level', value: 'leading', previousValue: undefined, trigger: 'import' },
      ]);
      await el.updateComplete;
      expect(text(q(el, '.notice'))).to.equal('Opened ours-2026.json.');
      // The same file can be chosen again.
      expect(input.value).to.equal('');
    });

    it('writes the CSV with every part, its level, target, gap, evidence and note', async () => {
      const el = await form();
      await rate(el, stage2.id, 'developing');
      await addLink(el, stage2.id, 'Report', 'https://example.org/r');
      const csv = el.exportCsv();
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(csv).to.contain('\r\n');
      expect(csv).to.contain(`Stage 2: ${stage2.title},Developing,,,Report: https://example.org/r,`);
      expect(csv).to.contain('Part of the cycle,Level,Target level,Levels below target,Evidence,Note');
      expect(csv.split('Not rated yet').length - 1).to.equal(parts.length - 1);
      expect(csv).to.contain('InHealth Associates');
    });

    it('shows a hostile file’s text as text, never as markup', async () => {
      const el = await form();
      const file = validFile();
      file.items = parts.map((p) => ({
        id: p.id,
        note: HOSTILE,
        evidence: [{ label: HOSTILE, href: 'https://example.org/?q=%3Cscript%3E' }],
      })) as typeof file.items;
      (file as Record<string, unknown>).raters = [{ role: HOSTILE, name: HOSTILE }];
      expect(await el.importFile(fileOf(file))).to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(q<HTMLTextAreaElement>(el, `#sa-${stage2.id}-note`)!.value).to.equal(HOSTILE);
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-link-0-label`)!.value).to.equal(HOSTILE);
      await expect(el).to.be.accessible();
    });

    for (const [name, blob, said] of [
      [
        'javascript: evidence',
        () => {
          const f = validFile();
          f.items[0] = { id: 'hub', evidence: [{ label: 'x', href: 'javascript:alert(1)' }] } as never;
          return fileOf(f);
        },
        'items[0].evidence[0].href',
      ],
      ['a wrong schema version', () => fileOf({ ...validFile(), schemaVersion: 2 }), 'schemaVersion'],
      ['a file that is not JSON', () => new Blob(['{ "schemaVersion": 1, ']), 'not a JSON file'],
      ['a file over 1 MB', () => new Blob([' '.repeat(10 * 1024 * 1024)]), 'larger than 1 MB'],
    ] as const) {
      it(`refuses ${name}, says why, and changes nothing`, async () => {
        const el = await form();
        await rate(el, stage2.id, 'established');
        const before = el.exportJson();
        const { result: opened } = await captureConsole(() =>
          expectNoChange(el, () => el.importFile((blob as () => Blob)())),
        );
        expect(opened).to.equal(false);
        await el.updateComplete;
        const problem = q(el, '[part=problem]')!;
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(text(problem)).to.contain('Nothing was changed');
        expect(text(problem)).to.contain(said);
        expect(el.exportJson()).to.equal(before);
        expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-established`)!.checked).to.equal(true);
      });
    }

    it('keeps the previous state when the assessment property is invalid', async () => {
      const el = await form();
      el.assessment = { ...validFile(), items: [{ id: stage2.id, level: 'developing' }] };
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-developing`)!.checked).to.equal(true);
      await captureConsole(async () => {
        el.assessment = { ...validFile(), items: [{ id: stage2.id, level: 'brilliant' }] };
        await el.updateComplete;
      });
      expect(text(q(el, '[part=problem]'))).to.contain('items[0].level: unknown level "brilliant"');
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-developing`)!.checked).to.equal(true);
    });

    it('opens a file made against another cycle and lists its warnings', async () => {
      const el = await form();
      const file = {
        ...validFile(),
        cycle: { title: 'Another cycle', fingerprint: 'c1-0000' },
        items: [
          { id: stage2.id, level: 'leading' },
          { id: 'stage-9', level: 'leading' },
        ],
      };
      expect(await el.importFile(fileOf(file))).to.equal(true);
      await el.updateComplete;
      const warnings = text(q(el, '[part=warnings]'));
      expect(warnings).to.contain('the file was made against another cycle, "Another cycle"');
      expect(warnings).to.contain('items[1].id');
      expect(warnings).to.contain('this cycle has no stage or hub element "stage-9"');
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-leading`)!.checked).to.equal(true);
    });
  });

  describe('evidence links', () => {
    it('refuses a javascript: address as it is typed, and "Check answers" moves focus to the summary', async () => {
      const el = await form();
      await addLink(el, stage2.id, 'Our page', 'javascript:alert(1)');
      const id = `sa-${stage2.id}-link-0-url`;
      const field = q<HTMLInputElement>(el, `#${id}`)!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const error = q(el, `#${id}-error`)!;
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(`${id}-error`);
      expect(text(error)).to.contain('Enter an address that starts with https://');
      // No summary until the reader asks for a check.
      expect(q(el, '[part=error-summary]')).to.equal(null);
      qa(el, '.check button')[0]!.click();
      await el.updateComplete;
      const summary = q(el, '[part=error-summary]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const link = summary.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(`#${id}`);
      expect(text(link)).to.contain(`Stage 2: ${stage2.title}, link 1: address`);
      link.click();
      expect(el.shadowRoot!.activeElement).to.equal(field);
      // The unsafe link never reaches the file.
      expect(
        JSON.parse(el.exportJson()).items.find((i: { id: string }) => i.id === stage2.id).evidence,
      ).to.equal(undefined);
      await expect(el).to.be.accessible();
      await type(el, `#${id}`, 'https://example.org/ok');
      expect(q(el, '[part=error-summary]')).to.equal(null);
    });

    it('asks for a missing label on checking, and allows five links at most', async () => {
      const el = await form();
      await addLink(el, 'hub', '', 'https://example.org/1');
      qa(el, '.check button')[0]!.click();
      await el.updateComplete;
      expect(text(q(el, '[part=error-summary]'))).to.contain('Enter what the link is');
      for (let i = 2; i <= 5; i++) await addLink(el, 'hub', `Link ${i}`, `https://example.org/${i}`);
      expect(q(el, '#sa-hub-add')).to.equal(null);
      const remove = qa(el, '#sa-hub .link button').at(-1)!;
      expect(text(remove)).to.equal('Remove link 5');
      remove.click();
      await el.updateComplete;
      expect(qa(el, '#sa-hub .link')).to.have.length(4);
      expect(el.shadowRoot!.activeElement?.id).to.equal('sa-hub-link-3-label');
    });
  });

  describe('clearing', () => {
    it('asks first with a second, real button', async () => {
      const el = await form();
      await rate(el, 'hub', 'leading');
      const select = q<HTMLSelectElement>(el, '#sa-hub-target')!;
      select.value = 'leading';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      q(el, '#sa-clear')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('sa-clear-question');
      await expect(el).to.be.accessible();
      q(el, '#sa-clear-yes')!.click();
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#sa-hub-level-leading')!.checked).to.equal(false);
      expect(q<HTMLInputElement>(el, '#sa-hub-level-none')!.checked).to.equal(true);
      expect(select.value).to.equal('');
      expect(text(q(el, '.notice'))).to.equal('Everything was cleared.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('sa-clear');
    });
  });

  describe('accessibility', () => {
    it('is axe clean empty, partly rated, and in Welsh', async () => {
      const el = await form();
      await expect(el).to.be.accessible();
      await rate(el, stage2.id, 'developing');
      await addLink(el, stage2.id, 'Report', 'https://example.org/r');
      await expect(el).to.be.accessible();
      const host = await fixture(html`<div lang="cy"><ec-self-assessment></ec-self-assessment></div>`);
      await settled(host);
      const cy = host.querySelector('ec-self-assessment')!;
      expect(text(cy.shadowRoot!.querySelector('[part=heading]'))).to.equal('Asesu eich ymgysylltu');
      expect(text(cy.shadowRoot!.querySelector('[part=progress]'))).to.equal(
        `0 o ${parts.length} wedi cael sgôr`,
      );
      await expect(cy).to.be.accessible();
    });

    it('reflows at 320 px without scrolling sideways', async () => {
      const host = await fixture(
        html`<div style="width: 320px"><ec-self-assessment></ec-self-assessment></div>`,
      );
      await settled(host);
      const el = host.querySelector('ec-self-assessment')!;
      await addLink(el as EcSelfAssessment, stage2.id, 'Report', 'https://example.org/r');
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });

  describe('saving in the browser', () => {
    const key = `engagement-cycle.assessment.${cycleFingerprint(defaultCycle)}`;
    afterEach(() => localStorage.removeItem(key));

    it('is off by default: nothing is written anywhere', async () => {
      const el = await form();
      await rate(el, stage2.id, 'developing');
      expect(localStorage.getItem(key)).to.equal(null);
      expect(q(el, '[part=saved]')).to.equal(null);
    });

    it('with save="local", keeps each change under the cycle’s key, says so, and restores it', async () => {
      const el = await form(html`<ec-self-assessment save="local"></ec-self-assessment>`);
      expect(text(q(el, '[part=saved]'))).to.contain('Saving in this browser only is on');
      await rate(el, stage2.id, 'developing');
      await el.updateComplete;
      const saved = JSON.parse(localStorage.getItem(key)!);
      expect(saved.assessment.items.find((i: { id: string }) => i.id === stage2.id).level).to.equal(
        'developing',
      );
      expect(text(q(el, '[part=saved]'))).to.match(/^Saved in this browser only, .*2\d{3}/);
      el.remove();

      const again = await form(html`<ec-self-assessment save="local"></ec-self-assessment>`);
      await again.updateComplete;
      expect(q<HTMLInputElement>(again, `#sa-${stage2.id}-level-developing`)!.checked).to.equal(true);
      expect(text(q(again, '[part=saved]'))).to.contain('Saved in this browser only');
      await expect(again).to.be.accessible();
      // "Remove the copy" forgets it, and leaves the form as it is.
      q(again, '[part=saved] button')!.click();
      await again.updateComplete;
      expect(localStorage.getItem(key)).to.equal(null);
      expect(q<HTMLInputElement>(again, `#sa-${stage2.id}-level-developing`)!.checked).to.equal(true);
    });

    it('says so when the storage is full, and keeps the form', async () => {
      const el = await form(html`<ec-self-assessment save="local"></ec-self-assessment>`);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await rate(el, stage2.id, 'leading');
        await el.updateComplete;
      } finally {
        Storage.prototype.setItem = setItem;
      }
      const error = q(el, '[part=saved] [role=alert]')!;
      expect(text(error)).to.contain('did not save your last change');
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-leading`)!.checked).to.equal(true);
    });
  });

  describe('print', () => {
    it('prints the report instead of the form: no controls, every part, the evidence address in full', async function () {
      const el = await form();
      await rate(el, stage2.id, 'established');
      await addLink(el, stage2.id, 'Report', 'https://example.org/a-long-address/report-2026.pdf');
      await type(el, `#sa-${stage2.id}-note`, 'Agreed at the board in May.');
      expect(q(el, '.report')!.checkVisibility(), 'no report on screen').to.equal(false);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print media.
      }
      try {
        const shown = (selector: string) => q(el, selector)!.checkVisibility();
        expect(shown('.report')).to.equal(true);
        expect(shown(`#sa-${stage2.id}`), 'the form').to.equal(false);
        expect(shown('.check')).to.equal(false);
        expect(shown('[part=credit]')).to.equal(true);
        expect(qa(el, '.report-item')).to.have.length(parts.length);
        const item = text(qa(el, '.report-item')[parts.findIndex((p) => p.id === stage2.id)]!);
        expect(item).to.contain('Level Established');
        expect(item).to.contain('Report: https://example.org/a-long-address/report-2026.pdf');
        expect(item).to.contain('Note Agreed at the board in May.');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints on A4 in black on white: title, date, scale, every part, the actions and the credit (PDF)', async function () {
      this.timeout(30000);
      const el = await form();
      await rate(el, stage2.id, 'developing');
      const select = q<HTMLSelectElement>(el, `#sa-${stage2.id}-target`)!;
      select.value = 'leading';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await addLink(
        el,
        stage2.id,
        'Engagement report',
        'https://www.example.nhs.uk/about-us/how-we-involve-people/engagement-report-2026-final-version.pdf',
      );
      await el.updateComplete;
      const pages = await executeServerCommand<{ text: string }[][] | false, undefined>('print-pdf');
      if (!pages) this.skip(); // only browsers driven by Puppeteer print to PDF here
      const all = pages!
        .flat()
        .map((l) => l.text)
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(all).to.contain(`Self-assessment report: ${defaultCycle.title}`);
      expect(all).to.contain(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
      expect(all).to.contain('The levels');
      for (const p of parts) expect(all, p.title).to.contain(p.title);
      // The address is written out in full, broken across lines at most.
      expect(all.replace(/ /g, '')).to.contain(
        'https://www.example.nhs.uk/about-us/how-we-involve-people/engagement-report-2026-final-version.pdf',
      );
      expect(all).to.contain(`Stage 2: ${stage2.title}: Developing, target Leading`);
      expect(all).to.contain('InHealth Associates');
      // No control of the form is printed.
      expect(all).not.to.contain('Check answers');
      expect(all).not.to.contain('Add a link');
      // The report's text is black on white (nothing lost in greyscale), where print media can
      // be emulated (not in Firefox through WebDriver BiDi).
      const emulated = await emulateMedia({ media: 'print' }).then(
        () => true,
        () => false,
      );
      if (!emulated) return;
      try {
        const style = getComputedStyle(q(el, '.report')!);
        expect(style.color).to.equal('rgb(0, 0, 0)');
        expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('assessment-src', () => {
    it('starts from a file at a URL, saying it is loading meanwhile', async () => {
      const file = { ...validFile(), items: [{ id: stage2.id, level: 'leading' }] };
      const url = `/__fixtures__/echo?delay=300&body=${encodeURIComponent(JSON.stringify(file))}`;
      // Not fixture(): it would wait until the file has loaded.
      const el = document.createElement('ec-self-assessment');
      el.setAttribute('assessment-src', url);
      (await fixture(html`<div></div>`)).append(el);
      await waitUntil(() => q(el, '.loading-file'), 'the loading line is shown');
      expect(q(el, '.loading-file')!.getAttribute('role')).to.equal('status');
      await captureConsole(() => el.updateComplete);
      expect(q(el, '.loading-file')).to.equal(null);
      expect(q<HTMLInputElement>(el, `#sa-${stage2.id}-level-leading`)!.checked).to.equal(true);
      // The file's missing parts are told, not hidden.
      expect(text(q(el, '[part=warnings]'))).to.contain('the file does not rate the hub');
    });

    it('says when the file cannot be loaded, and keeps the form', async () => {
      const { result: el } = await captureConsole(async () => {
        const el = await form(
          html`<ec-self-assessment
            assessment-src="/__fixtures__/echo?status=404&type=text/plain&body=gone"
          ></ec-self-assessment>`,
        );
        await waitUntil(() => q(el, '[part=problem]'), 'the problem is shown');
        return el;
      });
      expect(text(q(el, '[part=problem]'))).to.contain('404');
      expect(qa(el, 'fieldset.item')).to.have.length(parts.length);
    });
  });
});

/** Runs `body` and fails if an ec-assessment-change event came meanwhile. */
async function expectNoChange<T>(el: Element, body: () => Promise<T>): Promise<T> {
  let fired = 0;
  const count = () => fired++;
  el.addEventListener('ec-assessment-change', count);
  try {
    return await body();
  } finally {
    el.removeEventListener('ec-assessment-change', count);
    expect(fired, 'change events').to.equal(0);
  }
}
