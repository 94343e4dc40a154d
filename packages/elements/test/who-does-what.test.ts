import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { defaultCycle, whoDoesWhat, type Cycle } from '@engagement-cycle/core';
import '../src/cycle-wheel.js';
import '../src/who-does-what.js';
import type { EcCycleWheel } from '../src/cycle-wheel.js';
import type { EcWhoDoesWhat } from '../src/who-does-what.js';
import { bigCycle } from '../../core/test/helpers.js';
import {
  axTree,
  axTreeWhen,
  captureConsole,
  engine,
  clickCentre,
  countListeners,
  expectEvent,
  lines,
  mountMany,
  settled,
  pressWith,
} from './support.js';

async function matrix(template = html`<ec-who-does-what style="width: 1100px"></ec-who-does-what>`) {
  const el = await fixture<EcWhoDoesWhat>(template);
  await settled(el);
  return el;
}
const q = (el: Element, s: string) => el.shadowRoot!.querySelector(s);
const qa = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const roles = defaultCycle.roles!;

describe('<ec-who-does-what>', () => {
  describe('table semantics', () => {
    it('is a real table with a caption, scoped column and row headers, and a labelled focusable scroll box', async () => {
      const el = await matrix();
      const table = q(el, 'table')!;
      expect(text(table.querySelector('caption'))).to.equal('Who does what at each stage');
      // The matrix has a visible heading of its own, which heading navigation reaches.
      expect(text(q(el, "h2[part='heading']"))).to.equal('Who does what at each stage');
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      // Headings hold only the short label (a screen reader repeats them on every cell); each
      // button is described by the full title.
      const buttons = cols.slice(1).map((th) => th.querySelector('button')!);
      expect(buttons.map(text)).to.deep.equal([
        'Hub: Strategy, culture and systems',
        ...defaultCycle.stages.map((s) => `${s.number}. ${s.shortTitle}`),
      ]);
      const description = (b: Element) =>
        text(el.shadowRoot!.getElementById(b.getAttribute('aria-describedby')!));
      expect(buttons.map(description)).to.deep.equal([
        defaultCycle.hub.title,
        ...defaultCycle.stages.map((s) => s.title),
      ]);
      const rowHeads = [...table.querySelectorAll("tbody th[scope='row']")];
      expect(rowHeads.map((th) => text(th.querySelector('.role-title'))).sort()).to.deep.equal(
        roles.map((r) => r.name + (r.basis === 'suggested' ? ' Suggestion' : '')).sort(),
      );
      // Each role is explained in one line; screen readers repeat only its short name on each cell.
      for (const th of rowHeads) {
        expect(text(th.querySelector('.role-description'))).to.not.equal('');
        expect(th.getAttribute('abbr')).to.equal(
          text(th.querySelector('.role-title')).replace(/ Suggestion.*$/, ''),
        );
      }
      expect(table.querySelectorAll("th[scope='rowgroup']")).to.have.length(defaultCycle.roleGroups!.length);
      const scroll = q(el, '.scroll')!;
      expect(scroll.getAttribute('tabindex')).to.equal('0');
      expect(scroll.getAttribute('aria-labelledby')).to.equal(table.querySelector('caption')!.id);
    });

    it('puts each responsibility under its stage, and says so when a cell is empty', async () => {
      const el = await matrix();
      const columns = whoDoesWhat(defaultCycle).columns.map((c) => c.id);
      for (const r of defaultCycle.responsibilities!) {
        const name = roles.find((x) => x.id === r.role)!.name;
        const row = qa(el, 'tbody tr').find((tr) => tr.querySelector('th')?.getAttribute('abbr') === name)!;
        const cell = row.querySelectorAll('td')[columns.indexOf(r.stage)]!;
        expect(text(cell)).to.contain(r.text);
        if (r.basis === 'suggested') expect(text(cell.querySelector('.suggested'))).to.match(/^Suggestion/);
      }
      const empty = qa(el, 'td').find((td) => !td.querySelector('.suggested') && text(td).startsWith('–'))!;
      expect(text(empty.querySelector('.visually-hidden'))).to.equal('No part given');
    });
  });

  describe('selection', () => {
    it('highlights and announces the selected stage’s column', async () => {
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" selected="stage-3"></ec-who-does-what>`,
      );
      const pressed = qa(el, "thead button[aria-pressed='true']");
      expect(pressed.map(text)).to.deep.equal(['3. Improve quality and safety']);
      const selectedCells = qa(el, 'td.selected');
      expect(selectedCells).to.have.length(roles.length);
      expect(getComputedStyle(selectedCells[0]!).backgroundColor).to.equal('rgb(232, 241, 250)');
    });

    it('selects a stage everywhere when its column heading is pressed', async () => {
      const host = await fixture(
        html`<div style="width:1100px">
          <ec-cycle-wheel id="mw"></ec-cycle-wheel>
          <ec-who-does-what for="mw"></ec-who-does-what>
        </div>`,
      );
      await settled(host);
      const wheel = host.querySelector<EcCycleWheel>('ec-cycle-wheel')!;
      const el = host.querySelector<EcWhoDoesWhat>('ec-who-does-what')!;
      const events = await expectEvent(el, 'ec-stage-select', () => clickCentre(qa(el, 'thead button')[3]!));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { stageId: 'stage-3', previousStageId: 'hub', trigger: 'pointer' },
      ]);
      await wheel.updateComplete;
      expect(wheel.selected).to.equal('stage-3');
      wheel.select('stage-5');
      await el.updateComplete;
      expect(text(q(el, "thead button[aria-pressed='true']"))).to.match(/^5\. Monitor services/);
    });
  });

  describe('what screen readers get (the accessibility tree, Chromium)', () => {
    it('names the column buttons short, describes them in full, and marks the selected one pressed (Chromium)', async function () {
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" selected="stage-2"></ec-who-does-what>`,
      );
      const tree = await axTree(['button', 'table', 'group', 'status']);
      if (!tree) this.skip(); // Firefox, driven through WebDriver BiDi, has no DevTools protocol.
      const columns = tree!.filter((n) => n.role === 'button' && n.pressed !== undefined);
      // The names are short, because a screen reader repeats a column's heading on every cell;
      // the full title is the button's description, read once when the button is reached.
      expect(columns.map((n) => n.name)).to.deep.equal([
        'Hub: Strategy, culture and systems',
        ...defaultCycle.stages.map((s) => `${s.number}. ${s.shortTitle}`),
      ]);
      expect(columns.map((n) => n.description)).to.deep.equal([
        defaultCycle.hub.title,
        ...defaultCycle.stages.map((s) => s.title),
      ]);
      expect(columns.filter((n) => n.pressed).map((n) => n.name)).to.deep.equal([columns[2]!.name]);
      // The scrolling box is a group named by the caption, and the table has the same name.
      expect(
        tree!.filter((n) => n.role === 'group' || n.role === 'table').map((n) => [n.role, n.name]),
      ).to.deep.equal([
        ['group', 'Who does what at each stage'],
        ['table', 'Who does what at each stage'],
      ]);
      el.select('stage-5');
      await axTreeWhen(['button'], (t) =>
        expect(t.filter((n) => n.pressed).map((n) => n.name)).to.deep.equal([columns[5]!.name]),
      );
    });
  });

  describe('filters', () => {
    it('filters by role group and announces how many roles are shown', async () => {
      const el = await matrix();
      const count = q(el, "[role='status']")!;
      expect(text(count)).to.equal(`Showing ${roles.length} of ${roles.length} roles`);
      const select = q(el, 'select') as HTMLSelectElement;
      const group = defaultCycle.roleGroups![1]!;
      select.value = group.id;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const expected = roles.filter((r) => r.group === group.id).length;
      expect(qa(el, "tbody th[scope='row']")).to.have.length(expected);
      expect(text(count)).to.equal(`Showing ${expected} of ${roles.length} roles`);
      expect(el.getAttribute('group')).to.equal(group.id);
    });

    it('warns about a role group the cycle does not have', async () => {
      const { warn } = await captureConsole(async () => {
        const el = await matrix(html`<ec-who-does-what group="no-such-group"></ec-who-does-what>`);
        expect(qa(el, "tbody th[scope='row']")).to.have.length(0);
        expect(text(q(el, "[role='status']"))).to.equal(`Showing 0 of ${roles.length} roles`);
      });
      expect(lines(warn)).to.deep.equal([
        'engagement-cycle: there is no role group "no-such-group"; no roles are shown.',
      ]);
    });

    it('offers no group filter for a cycle whose roles have no groups', async () => {
      const cycle = structuredClone(defaultCycle) as Cycle;
      delete cycle.roleGroups;
      for (const r of cycle.roles!) delete r.group;
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" .data=${cycle}></ec-who-does-what>`,
      );
      expect(q(el, 'select')).to.equal(null);
      expect(q(el, "input[type='checkbox']")).to.not.equal(null);
      expect(qa(el, "th[scope='rowgroup']")).to.have.length(0);
      expect(qa(el, "tbody th[scope='row']")).to.have.length(roles.length);
    });

    it('keeps only roles with a part in the selected stage, never hiding its column', async () => {
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" selected="stage-4"></ec-who-does-what>`,
      );
      const box = q(el, "input[type='checkbox']") as HTMLInputElement;
      box.click();
      await el.updateComplete;
      const active = new Set(
        defaultCycle.responsibilities!.filter((r) => r.stage === 'stage-4').map((r) => r.role),
      );
      expect(qa(el, "tbody th[scope='row']")).to.have.length(active.size);
      expect(qa(el, 'thead th')).to.have.length(7);
      expect(qa(el, 'td.selected').every((td) => !text(td).startsWith('–'))).to.equal(true);
      el.select('stage-1');
      await el.updateComplete;
      const atOne = new Set(
        defaultCycle.responsibilities!.filter((r) => r.stage === 'stage-1').map((r) => r.role),
      );
      expect(qa(el, "tbody th[scope='row']")).to.have.length(atOne.size);
    });
  });

  describe('narrow layout', () => {
    it('shows one block per role at 320 px, with the same content as the table, and no sideways scroll', async () => {
      const wide = await matrix();
      const narrow = await matrix(html`<ec-who-does-what style="width:320px"></ec-who-does-what>`);
      expect(getComputedStyle(q(narrow, '.wide')!).display).to.equal('none');
      expect(getComputedStyle(q(narrow, '.narrow')!).display).to.equal('block');
      // The selected stage is marked in words in the list too, not only by its tint.
      const marked = qa(narrow, '.list .selected dt').map(text);
      expect(marked.every((t) => t.endsWith('(selected)'))).to.equal(true);
      expect(marked).to.have.length(roles.length);
      expect(narrow.scrollWidth).to.be.at.most(320);
      const tableContent = qa(wide, 'tbody tr:not(.group)').map((tr) => [...tr.children].map(text));
      const listContent = qa(narrow, '.list > li').map((li) => [
        `${text(li.querySelector('.role-name')).replace(` ${text(li.querySelector('.group-name'))}`, '')} ${text(
          li.querySelector('.role-description'),
        )}`.trim(),
        ...[...li.querySelectorAll('dd')].map(text),
      ]);
      expect(listContent).to.deep.equal(tableContent);
    });

    it('keeps the header row and role column in view while the table scrolls', async () => {
      const el = await matrix(
        html`<ec-who-does-what style="width:700px; --ec-matrix-max-height: 300px"></ec-who-does-what>`,
      );
      const scroll = q(el, '.scroll') as HTMLElement;
      const head = q(el, 'thead th:nth-child(3)') as HTMLElement;
      const firstRole = q(el, "tbody th[scope='row']") as HTMLElement;
      const roleLeft = firstRole.getBoundingClientRect().left;
      // The table scrolls inside its own box; nothing in it makes the page wider or taller.
      expect(scroll.clientWidth).to.be.at.most(700);
      const page = document.scrollingElement!;
      expect(page.scrollWidth).to.be.at.most(innerWidth);
      // (The body's own bottom margin counts when the element is taller than the window.)
      const margin = parseFloat(getComputedStyle(document.body).marginBottom);
      expect(page.scrollHeight).to.be.at.most(
        Math.max(innerHeight, el.getBoundingClientRect().bottom + scrollY + margin + 1),
      );
      scroll.scrollTo(400, 200);
      await waitUntil(() => scroll.scrollTop > 100 && scroll.scrollLeft > 100, 'the table did not scroll');
      // The caption has scrolled away; the heading row sits at the top of the scrolling box.
      expect(head.getBoundingClientRect().top).to.be.closeTo(scroll.getBoundingClientRect().top + 1, 1);
      expect(firstRole.getBoundingClientRect().left).to.be.closeTo(roleLeft, 1);
    });
  });

  describe('focus and the sticky role column (WCAG 2.4.11)', () => {
    /** Moves focus with Tab (or Shift+Tab) and returns the column buttons it reached, in order. */
    async function tabThroughColumns(el: EcWhoDoesWhat, back: boolean): Promise<string[]> {
      const scroll = q(el, '.scroll') as HTMLElement;
      const corner = q(el, 'th.corner') as HTMLElement;
      const reached: string[] = [];
      for (let i = 0; i < 20; i++) {
        if (back) await pressWith('Shift', 'Tab');
        else await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        if (!active?.matches("[part='column-button']")) {
          if (reached.length) break;
          continue;
        }
        await new Promise(requestAnimationFrame);
        const name = text(active).split(':')[0]!;
        reached.push(name);
        const box = active.getBoundingClientRect();
        const view = scroll.getBoundingClientRect();
        // Wholly inside the scrolling box (its scrollbar aside), and clear of the sticky corner.
        expect(box.left, `${name}: clear of the sticky "Role" column`).to.be.at.least(
          corner.getBoundingClientRect().right - 1,
        );
        expect(box.right, `${name}: right edge in view`).to.be.at.most(
          view.left + scroll.clientLeft + scroll.clientWidth + 1,
        );
      }
      return reached;
    }

    it('scrolls a focused column button out from under the "Role" column, and a partly hidden last one into view, at 900 px', async () => {
      const host = await fixture(
        html`<div>
          <button id="before">before</button>
          <ec-who-does-what style="width: 900px"></ec-who-does-what>
          <button id="after">after</button>
        </div>`,
      );
      await settled(host);
      const el = host.querySelector<EcWhoDoesWhat>('ec-who-does-what')!;
      const scroll = q(el, '.scroll') as HTMLElement;
      expect(scroll.scrollWidth).to.be.above(scroll.clientWidth); // the table does scroll sideways
      const columns = qa(el, "[part='column-button']").map((b) => text(b).split(':')[0]);
      // Forward, from the start: the last column, partly off the right edge, comes into view.
      (q(el, '.scroll') as HTMLElement).focus();
      expect(await tabThroughColumns(el, false)).to.deep.equal(columns);
      // Back from the end, with the table scrolled all the way right.
      scroll.scrollLeft = scroll.scrollWidth;
      host.querySelector<HTMLElement>('#after')!.focus();
      expect(await tabThroughColumns(el, true)).to.deep.equal([...columns].reverse());
    });

    it('does not scroll a column button that is clicked, so it stays under the pointer', async () => {
      const el = await matrix(html`<ec-who-does-what style="width: 700px"></ec-who-does-what>`);
      const scroll = q(el, '.scroll') as HTMLElement;
      scroll.scrollLeft = 200;
      await waitUntil(() => scroll.scrollLeft >= 200, 'the table did not scroll');
      // A button partly under the sticky Role column: pressed where it shows.
      const corner = q(el, 'th.corner')!.getBoundingClientRect().right;
      const button = qa(el, "[part='column-button']").find((b) => {
        const box = b.getBoundingClientRect();
        return box.left < corner && box.right > corner + 30;
      })! as HTMLElement;
      const box = button.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(corner + 15), Math.round(box.top + box.height / 2)],
      });
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(scroll.scrollLeft).to.equal(200);
    });

    it('keeps the title and the role-group names in view while the table scrolls sideways', async () => {
      const el = await matrix(html`<ec-who-does-what style="width: 700px"></ec-who-does-what>`);
      const scroll = q(el, '.scroll') as HTMLElement;
      // The visible title is the heading above the table (the caption names the table for
      // screen readers only).
      const caption = q(el, "[part='heading']")!;
      const group = q(el, "th[scope='rowgroup'] > span") ?? q(el, "th[scope='rowgroup']")!;
      const left = (n: Element) => n.getBoundingClientRect().left;
      const before = [left(caption), left(group)];
      scroll.scrollLeft = scroll.scrollWidth;
      await waitUntil(() => scroll.scrollLeft > 100, 'the table did not scroll');
      await new Promise(requestAnimationFrame);
      expect(text(caption)).to.equal('Who does what at each stage');
      expect(left(caption), 'caption').to.be.closeTo(before[0]!, 1);
      expect(left(group), 'role group').to.be.closeTo(before[1]!, 1);
    });
  });

  describe('forced colours', () => {
    it('draws no underline under every column button, and a real outline round the focused one (Chromium)', async function () {
      if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip(); // Firefox: no DevTools protocol.
      try {
        const host = await fixture(
          html`<div><ec-who-does-what selected="stage-2" style="width: 1100px"></ec-who-does-what></div>`,
        );
        await settled(host);
        const el = host.querySelector<EcWhoDoesWhat>('ec-who-does-what')!;
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const buttons = qa(el, "[part='column-button']") as HTMLElement[];
        const pressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'true');
        expect(pressed).to.have.length(1);
        // Only the pressed button is underlined; the others have no edge to draw.
        for (const b of buttons) {
          const style = getComputedStyle(b);
          const width = b === pressed[0] ? '4px' : '0px';
          expect(style.borderBottomWidth, `${text(b)}: underline`).to.equal(width);
          expect(style.outlineStyle, `${text(b)}: no outline before focus`).to.equal('none');
        }
        // Keyboard focus on a column button draws an outline at least 2 px wide, in a system
        // colour other than the selected column's Highlight.
        (q(el, '.scroll') as HTMLElement).focus();
        for (const target of [buttons[0]!, pressed[0]!]) {
          while (el.shadowRoot!.activeElement !== target) await sendKeys({ press: 'Tab' });
          const style = getComputedStyle(target);
          expect(style.outlineStyle, `${text(target)}: outline`).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          const cell = getComputedStyle(target.closest('th')!);
          if (target === pressed[0]) expect(style.outlineColor).not.to.equal(cell.outlineColor);
        }
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });
  });

  describe('CSV', () => {
    it('exports what is shown, with tricky cells quoted and formulas neutralised', async () => {
      const cycle = structuredClone(defaultCycle) as Cycle;
      cycle.roles = [
        { id: 'a', name: 'Commas, and "quotes"' },
        { id: 'b', name: '=HYPERLINK("http://x")' },
      ];
      cycle.roleGroups = [];
      cycle.responsibilities = [
        { role: 'a', stage: 'stage-1', text: 'Line one\nline two', basis: 'source' },
        { role: 'b', stage: 'stage-2', text: '+1 phone them', basis: 'suggested' },
      ];
      const el = await matrix(html`<ec-who-does-what .data=${cycle}></ec-who-does-what>`);
      const csv = el.toCsv()!;
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      expect(csv).to.contain('"Commas, and ""quotes"""');
      expect(csv).to.contain('"Line one\nline two"');
      expect(csv).to.contain(`"'=HYPERLINK(""http://x"")"`);
      expect(csv).to.contain("'+1 phone them (suggestion)");
      // The credit, then the addresses of the source and of the licence, which CC BY-NC-SA asks for.
      const field = (v: string) => (/[,"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      expect(csv.trim().split('\r\n').slice(-3)).to.deep.equal([
        field(cycle.source.credit),
        field(`Source: ${cycle.source.name}, ${cycle.source.url}`),
        field(`Licence: ${cycle.source.licence.name}, ${cycle.source.licence.url}`),
      ]);
    });

    it('saves what is shown as a CSV file named after the cycle when Download is pressed', async () => {
      const group = defaultCycle.roleGroups![1]!.id;
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" group=${group}></ec-who-does-what>`,
      );
      // Catch the download the button starts: its file name, and the file (read before the
      // element lets go of its address).
      const saved: { name: string; bytes: Promise<ArrayBuffer> }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, bytes: fetch(this.href).then((r) => r.arrayBuffer()) });
      };
      try {
        await clickCentre(q(el, "[part='download-button']")!);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(saved.map((f) => f.name)).to.deep.equal(['the-engagement-cycle-who-does-what.csv']);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.bytes);
      expect(csv).to.equal(el.toCsv());
      // Header, the group's roles, a blank line, the credit and the two addresses under it.
      expect(csv.trim().split('\r\n')).to.have.length(1 + roles.filter((r) => r.group === group).length + 4);
    });

    it('has nothing to export until its cycle has loaded', async () => {
      const el = await matrix(
        html`<ec-who-does-what
          src="/__fixtures__/later?delay=1500&to=/packages/core/src/data/engagement-cycle.en.json"
        ></ec-who-does-what>`,
      );
      expect(el.toCsv()).to.equal(undefined);
      await waitUntil(() => el.cycle, 'never loaded', { timeout: 5000 });
      expect(el.toCsv()!.length).to.be.above(100);
    });

    it('exports only the rows the filters show', async () => {
      const el = await matrix(
        html`<ec-who-does-what group=${defaultCycle.roleGroups![0]!.id}></ec-who-does-what>`,
      );
      const lines = el.toCsv()!.trim().split('\r\n');
      const inGroup = roles.filter((r) => r.group === defaultCycle.roleGroups![0]!.id).length;
      expect(lines).to.have.length(1 + inGroup + 4); // header, rows, blank line, credit and two addresses
    });
  });

  describe('print', () => {
    it('prints text column headings (repeated on every page) and keeps each row whole', async function () {
      const el = await matrix(html`<ec-who-does-what selected="stage-2"></ec-who-does-what>`);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print media.
      }
      try {
        const heads = qa(el, 'thead th:not(.corner)');
        expect(heads).to.have.length(el.matrix!.columns.length);
        for (const th of heads) {
          const button = th.querySelector('button')!;
          const label = th.querySelector('.print-label')!;
          expect(getComputedStyle(button).display, 'button').to.equal('none');
          expect(getComputedStyle(label).display, 'text heading').to.equal('block');
          const hidden = text(button.querySelector('.visually-hidden'));
          expect(text(label)).to.equal(text(button).replace(hidden, '').trim());
        }
        for (const tr of qa(el, 'tbody tr')) expect(getComputedStyle(tr).breakInside).to.equal('avoid');
        for (const tr of qa(el, 'tbody tr.group')) expect(getComputedStyle(tr).breakAfter).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      // On screen the text headings are not shown, nor read: the buttons are the headings.
      for (const label of qa(el, '.print-label')) expect(getComputedStyle(label).display).to.equal('none');
    });

    it('prints on paper every page with its stage headings, and no row split across pages (PDF)', async function () {
      this.timeout(30000);
      const el = await matrix(html`<ec-who-does-what selected="stage-2"></ec-who-does-what>`);
      // Each page as pdftotext reads it from the PDF: its lines, top to bottom.
      const pages = await executeServerCommand<{ text: string; words: string[] }[][] | false, undefined>(
        'print-pdf',
      );
      if (!pages) this.skip(); // only browsers driven by Puppeteer print to PDF here
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
      const onPage = pages!.map((lines) => ` ${flat(lines.map((l) => l.text).join(' '))} `);
      // Each column's visible heading, as on screen (the button's text without its hidden part).
      const labels = qa(el, "[part='column-button']").map(text);
      expect(labels).to.have.length(el.matrix!.columns.length);
      // Every page before the word list, which follows the table and may have a page of its own.
      const terms = onPage.findIndex((page) => page.includes(' Words used here '));
      onPage.slice(0, terms < 0 ? undefined : Math.max(1, terms)).forEach((page, i) => {
        for (const label of ['Role', ...labels])
          expect(page, `page ${i + 1}: "${label}"`).to.include(` ${label} `);
      });
      // A row is whole when one page holds every word of its role and its cells. (Words, not
      // lines: pdftotext runs the lines of cells side by side into each other.)
      const words = pages!.map((lines) => new Set(lines.flatMap((l) => l.words)));
      for (const row of el.matrix!.rows) {
        const wanted = flat([row.role.name, ...row.cells.map((c) => c.text ?? '')].join(' ')).split(' ');
        expect(
          words.some((page) => wanted.every((w) => page.has(w))),
          `${row.role.name}: the whole row on one page`,
        ).to.equal(true);
      }
    });

    it('prints the table without controls or scrolling', async function () {
      const el = await matrix();
      if (engine === 'webkit') this.skip(); // WebKit through WebDriver classic cannot emulate print media.
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print media.
      }
      try {
        expect(getComputedStyle(q(el, '.controls')!).display).to.equal('none');
        expect(getComputedStyle(q(el, '.scroll')!).overflow).to.equal('visible');
        expect(getComputedStyle(q(el, 'thead th')!).position).to.equal('static');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('scale', () => {
    it('draws 60 roles by 24 stages and follows a selection', async () => {
      const el = await matrix(
        html`<ec-who-does-what style="width:1100px" .data=${bigCycle(60, 24)}></ec-who-does-what>`,
      );
      expect(qa(el, "tbody th[scope='row']")).to.have.length(60);
      expect(qa(el, 'thead th')).to.have.length(26);
      el.select('step-12');
      await el.updateComplete;
      expect(qa(el, 'td.selected')).to.have.length(60);
    });
  });

  describe('states and accessibility (axe)', () => {
    const empty = structuredClone(defaultCycle) as Cycle;
    empty.roles = [];
    empty.roleGroups = [];
    empty.responsibilities = [];
    // Each state, and the error it logs if any (the rest log nothing): the page author sees that too.
    for (const [name, template, logged] of [
      ['default', () => html`<ec-who-does-what style="width:1100px"></ec-who-does-what>`],
      [
        'a stage selected',
        () => html`<ec-who-does-what style="width:1100px" selected="stage-2"></ec-who-does-what>`,
      ],
      [
        'filtered',
        () => html`<ec-who-does-what style="width:1100px" active-only selected="stage-5"></ec-who-does-what>`,
      ],
      ['narrow', () => html`<ec-who-does-what style="width:320px" selected="stage-1"></ec-who-does-what>`],
      [
        'dark',
        () =>
          html`<div style="background:#1d2429;width:1100px">
            <ec-who-does-what theme="dark" selected="stage-3"></ec-who-does-what>
          </div>`,
      ],
      ['Welsh', () => html`<div lang="cy" style="width:1100px"><ec-who-does-what></ec-who-does-what></div>`],
      [
        '30 roles by 8 stages',
        () => html`<ec-who-does-what style="width:1100px" .data=${bigCycle(30, 8)}></ec-who-does-what>`,
      ],
      ['empty', () => html`<ec-who-does-what .data=${empty}></ec-who-does-what>`],
      [
        'invalid data',
        () => html`<ec-who-does-what .data=${{ title: 'x' }}></ec-who-does-what>`,
        /^engagement-cycle: The data is not a valid cycle/,
      ],
    ] as [string, () => ReturnType<typeof html>, RegExp?][]) {
      it(`has no violations: ${name}`, async () => {
        const { warn, error } = await captureConsole(async () => {
          const el = await fixture(template());
          await settled(el);
          await expect(el).to.be.accessible();
        });
        expect(lines(warn)).to.deep.equal([]);
        expect(lines(error)).to.have.length(logged ? 1 : 0);
        if (logged) expect(lines(error)[0]).to.match(logged);
      });
    }

    it('says so when the cycle lists no roles', async () => {
      const el = await matrix(html`<ec-who-does-what .data=${empty}></ec-who-does-what>`);
      expect(text(q(el, '.empty'))).to.equal('This cycle does not list any roles yet.');
      expect(q(el, 'table')).to.equal(null);
    });

    it('speaks Welsh inside lang="cy"', async () => {
      const host = await fixture(html`<div lang="cy"><ec-who-does-what></ec-who-does-what></div>`);
      await settled(host);
      const el = host.querySelector('ec-who-does-what')!;
      expect(text(q(el, 'caption'))).to.equal('Pwy sy’n gwneud beth ar bob cam');
      // The content is English: marked so, with the Welsh interface words inside it marked Welsh.
      expect(qa(el, 'tbody').every((b) => b.getAttribute('lang') === 'en-GB')).to.equal(true);
      expect(q(el, 'tbody .none + .visually-hidden')!.getAttribute('lang')).to.equal('cy');
      await waitUntil(() => text(q(el, "[role='status']")).startsWith('Yn dangos'));
    });
  });

  it('leaves no window or document listeners after 200 mounts and unmounts', async function () {
    // 200 full mounts take longer than the default time limit on a busy machine.
    this.timeout(120000);
    const live = await countListeners(() => mountMany('ec-who-does-what', ['active-only']));
    expect([...live].filter(([, n]) => n !== 0)).to.deep.equal([]);
  });
});
