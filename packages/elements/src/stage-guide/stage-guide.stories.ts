import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultCycle, formatCycleError, mergeCycle } from '@engagement-cycle/core';
import '../cycle-wheel.js';
import '../stage-guide.js';
import { pageStory, story, logTo, type SelectLog, settled, part } from '../stories/helpers.js';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * The story args. Attribute names are used as keys so that each control lines up with the
 * row the custom-elements manifest gives that attribute in the docs table.
 */
interface GuideArgs {
  selected?: string;
  for?: string;
  'heading-level': number;
  'print-all': boolean;
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
  data?: unknown;
  /** Filled in by Storybook: logs each event in the Actions panel. */
  onEcStageSelect?: (detail: SelectLog) => void;
}

/**
 * Rows the manifest adds for properties that the stories set through their attributes (or do
 * not set): they stay in the docs table, without a control that would do nothing.
 */
interface DocumentedOnly {
  headingLevel?: never;
  printAll?: never;
  strings?: never;
  cycle?: never;
}

const guide = (args: GuideArgs, forId = args.for): TemplateResult => html`
  <ec-stage-guide
    selected=${ifDefined(args.selected || undefined)}
    for=${ifDefined(forId || undefined)}
    heading-level=${args['heading-level']}
    theme=${ifDefined(args.theme)}
    src=${ifDefined(args.src || undefined)}
    ?print-all=${args['print-all']}
    .data=${args.data}
    @ec-stage-select=${logTo(args)}
  ></ec-stage-guide>
`;

/** Page text in the stories that put the guide in a page. The elements bring their own font. */
const PAGE = 'font-family: Arial, sans-serif; line-height: 1.5; color: #212b32;';

/** Wrong in several ways at once, so the error box has a list of problems to show. */
const invalidCycle = {
  schemaVersion: 1,
  title: 'Our engagement cycle',
  source: { name: 'Our cycle' },
  hub: { title: 'Making it work', shortTitle: 'Making it work', purpose: '' },
  stages: [
    { id: 'needs', number: 1, title: 'Finding out what people need', shortTitle: 'Needs' },
    { id: 'needs', number: 2, title: 'Planning together', shortTitle: 'Planning', purpose: 'To plan.' },
  ],
};

/**
 * The default cycle with an organisation's own content added, as `mergeCycle()` makes it. The
 * additions are checked: if they were wrong, the story shows the problems instead.
 */
const withOurContent: unknown = (() => {
  const result = mergeCycle(defaultCycle, {
    roles: [
      {
        id: 'patient-panel',
        name: 'Our patient and carer panel',
        group: 'patients-public',
        description: '12 local people who meet every month.',
      },
    ],
    responsibilities: [
      {
        role: 'patient-panel',
        stage: 'stage-3',
        text: 'Reviews each quality improvement plan before the board signs it off.',
        basis: 'source',
      },
    ],
    hub: {
      links: [{ label: 'Our engagement strategy 2025 to 2028', href: 'https://example.org/strategy' }],
      contacts: [{ name: 'Engagement team', email: 'engagement@example.org', phone: '01632 960 000' }],
    },
    stages: {
      'stage-3': {
        links: [
          { label: 'Our quality account', href: 'https://example.org/quality-account' },
          { label: 'Join the patient and carer panel', href: 'https://example.org/panel' },
        ],
        caseStudies: [
          {
            title: 'Safer discharge from hospital',
            organisation: 'Example Community Trust',
            summary: 'Carers helped redesign the discharge checklist. Readmissions within 30 days fell.',
            href: 'https://example.org/case-studies/discharge',
          },
        ],
        contacts: [
          {
            name: 'Sam Patel',
            role: 'Patient experience lead',
            email: 'sam.patel@example.org',
            phone: '01632 960 123',
          },
        ],
      },
    },
  });
  if (result.ok) return result.cycle;
  console.error(result.errors.map(formatCycleError).join('\n'));
  return { problems: result.errors };
})();

const meta = {
  title: 'Elements/Stage guide',
  component: 'ec-stage-guide',
  tags: ['autodocs'],
  render: (args) => guide(args),
  args: {
    selected: '',
    'heading-level': 2,
    'print-all': false,
  },
  argTypes: {
    // Text rather than a list: a cycle of your own has other stage ids.
    selected: { control: 'text' },
    // Only the stories with a wheel in them have something to follow.
    for: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'print-all': { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
    data: { control: false },
    // The properties behind the attributes above: documented, but set through the attributes.
    headingLevel: { control: false },
    printAll: { control: false },
    strings: { control: false },
    cycle: { control: false },
    onEcStageSelect: { action: 'ec-stage-select', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The selected stage of The Engagement Cycle, or the hub, in full. Previous and Next go round ' +
          'the cycle. The guide can stand alone, or follow a wheel on the same page with `for`. ' +
          '[Putting the pieces together](?path=/docs/putting-the-pieces-together--docs) explains how ' +
          'the guide and the wheel work together.',
      },
    },
  },
} satisfies Meta<GuideArgs & DocumentedOnly>;

export default meta;
type Story = StoryObj<GuideArgs & DocumentedOnly>;

export const Hub: Story = {
  name: 'Hub (default)',
  parameters: story(
    'The guide with nothing set shows the hub: what makes engagement work at every stage. Press ' +
      '"Next" to go to stage 1. Each change is logged in the Actions panel.',
  ),
};

const stageStory = (number: number): Story => ({
  // The docs page shows the primary story, whose controls choose any stage; each stage's own
  // story is in the sidebar. (Five more copies on one page repeat the same landmarks.)
  tags: ['!autodocs'],
  args: { selected: `stage-${number}` },
  parameters: story(
    `\`selected="stage-${number}"\`. The guide shows what the stage is for, who is engaged, things to ` +
      'think about (open each group to read it), benefits, ways to do it, who does what and the sources. ' +
      'Items marked "Suggestion" are ours: no published source states them.',
  ),
});

export const Stage1 = stageStory(1);
export const Stage2 = stageStory(2);
export const Stage3 = stageStory(3);
export const Stage4 = stageStory(4);
export const Stage5 = stageStory(5);

export const Standalone: Story = {
  name: 'Standalone, with its own selection',
  args: { selected: 'stage-4' },
  render: (args) => html`
    <article style=${PAGE} aria-labelledby="standalone-title">
      <h1 id="standalone-title">Buying services with local people</h1>
      <p>This page is about stage 4. The guide on it has no wheel to follow.</p>
      ${guide(args)}
    </article>
  `,
  parameters: pageStory(
    'A guide on its own, as on a page about 1 stage. `selected="stage-4"` chooses what it shows first. ' +
      'It keeps its own selection: Previous, Next and "Back to the hub" change only this guide. Each ' +
      'change fires `ec-stage-select` with `trigger: "pointer"`, logged in the Actions panel.',
    '900px',
  ),
};

export const LinkedToAWheel: Story = {
  name: 'Linked to a wheel (for)',
  args: { selected: 'stage-2' },
  render: (args) => html`
    <div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 2rem; align-items: start;"
      @ec-stage-select=${logTo(args)}
    >
      <ec-cycle-wheel id="stage-guide-story-linked-wheel" theme=${ifDefined(args.theme)}></ec-cycle-wheel>
      ${guide({ ...args, onEcStageSelect: undefined }, 'stage-guide-story-linked-wheel')}
    </div>
  `,
  parameters: story(
    'A wheel and a guide, linked by `for="stage-guide-story-linked-wheel"` (the wheel’s id). They share ' +
      'one selection: select a stage on the wheel and the guide shows it; press Next in the guide and ' +
      'the wheel follows. The guide is now the wheel’s tab panel for screen readers. The Actions panel ' +
      'shows 1 event for each change, from the element where it was made.',
  ),
};

export const AcrossAPageLayout: Story = {
  name: 'Linked across a page layout',
  render: (args) => html`
    <article style=${PAGE} aria-labelledby="page-layout-title">
      <h1 id="page-layout-title">How we involve people in commissioning</h1>
      <p>
        We use The Engagement Cycle to plan when and how we involve patients, carers and the public. Choose a
        stage to read about it.
      </p>
      <div
        style="display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start;"
        @ec-stage-select=${logTo(args)}
      >
        <section aria-labelledby="page-layout-sidebar" style="flex: 1 1 14rem; max-width: 22rem;">
          <h2 id="page-layout-sidebar">The cycle at a glance</h2>
          <ec-cycle-wheel
            id="stage-guide-story-page-wheel"
            hide-list
            show-segments="false"
            theme=${ifDefined(args.theme)}
          ></ec-cycle-wheel>
        </section>
        <div style="flex: 3 1 20rem; min-width: 0;">
          ${guide({ ...args, onEcStageSelect: undefined }, 'stage-guide-story-page-wheel')}
          <h2>Tell us what you think</h2>
          <p>
            Email <a href="mailto:engagement@example.org">engagement@example.org</a> to join our patient and
            carer panel.
          </p>
        </div>
      </div>
    </article>
  `,
  parameters: pageStory(
    'The wheel in a narrow column of the page and the guide in the main column, with page text round ' +
      'them. They are apart in the page, but `for` links them all the same: it finds the wheel by its ' +
      'id anywhere in the same document. The wheel has `hide-list`, because the guide next to it gives ' +
      'the stages in text.',
    '900px',
  ),
};

export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { selected: 'stage-1', 'heading-level': 3 },
  render: (args) => html`
    <article style=${PAGE} aria-labelledby="heading-3-title">
      <h1 id="heading-3-title">Engagement in our area</h1>
      <h2>Stage of the month</h2>
      ${guide(args)}
    </article>
  `,
  parameters: pageStory(
    'The page already has a heading 1 and a heading 2, so `heading-level="3"` puts the guide under them. ' +
      'The stage’s title is a heading 3 and its sections are heading 4.',
    '900px',
  ),
};

export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  args: { selected: 'stage-5', 'heading-level': 4 },
  render: (args) => html`
    <article style=${PAGE} aria-labelledby="heading-4-title">
      <h1 id="heading-4-title">Our commissioning handbook</h1>
      <h2>Part 3: Working with people</h2>
      <h3>Monitoring the services we buy</h3>
      ${guide(args)}
    </article>
  `,
  parameters: pageStory(
    '`heading-level="4"` for a guide under a heading 3. The stage’s title is a heading 4, its sections ' +
      'are heading 5, and the role groups under "Who does what at this stage" are heading 6.',
    '900px',
  ),
};

export const Welsh: Story = {
  args: { selected: 'stage-2' },
  render: (args) => html`<div lang="cy">${guide(args)}</div>`,
  parameters: story(
    'The guide inside `lang="cy"`. The words of the interface are in Welsh, such as "Cam 2 o 5" for ' +
      '"Stage 2 of 5" and "Nesaf" for "Next". The content comes from the cycle, so it stays in English ' +
      'here: give a Welsh cycle through `src` or `data` for a fully Welsh guide.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'stage-4' },
  render: (args) => html`<div style="background: #1d2429; padding: 1rem;">${guide(args)}</div>`,
  parameters: story(
    '`theme="dark"` on a dark page. Use `theme="auto"` to follow the reader’s system setting instead. ' +
      'A light page is never turned dark unless you ask.',
  ),
};

export const PrintPreview: Story = {
  name: 'Print preview',
  args: { selected: 'stage-3' },
  parameters: pageStory(
    'On paper, the guide prints the stage it shows with every group of "things to think about" open, ' +
      'and without the buttons. Web links are printed with their address. To see this, open the story ' +
      'on its own (the "Open canvas in new tab" button at the top right) and use your browser’s print ' +
      'preview (Ctrl+P, or Cmd+P on a Mac). Or, in Chrome or Edge, open DevTools, press Ctrl+Shift+P ' +
      '(Cmd+Shift+P on a Mac), run "Show Rendering", and set "Emulate CSS media type" to "print".',
    '900px',
  ),
};

export const PrintAll: Story = {
  name: 'Print all',
  args: { 'print-all': true },
  parameters: pageStory(
    'With `print-all`, printing the page prints the hub and every stage, each on a new page, for a ' +
      'meeting pack. On screen nothing changes. Preview it as the Print preview story says.',
    '900px',
  ),
};

export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: invalidCycle },
  parameters: story(
    'A `data` object that is not a valid cycle. The guide does not break the page: it says what is ' +
      'wrong and where, lists the first problems, and logs all of them in the browser console.',
  ),
};

export const UnreachableSrc: Story = {
  name: 'Unreachable src',
  args: { src: 'http://127.0.0.1:9/cycle.json' },
  parameters: story(
    'A `src` that cannot be reached. Browsers refuse port 9 at once, so the request fails straight away. ' +
      'The guide shows the network error and a "Try again" button, because the problem may pass.',
  ),
};

export const WithYourOwnContent: Story = {
  name: 'With your own content',
  args: { data: withOurContent, selected: 'stage-3' },
  parameters: story(
    'The default cycle with an organisation’s own content added by `mergeCycle(defaultCycle, {...})` ' +
      'from `@engagement-cycle/core`. Stage 3 gets links, a case study and a contact, and a local role ' +
      '("Our patient and carer panel") with what it does at this stage. The guide shows them in the ' +
      'Links, Case studies and Contacts sections and under "Who does what at this stage". Press "Back to ' +
      'the hub" to see the hub’s link and contact.',
  ),
};

export const NextAndPrevious: Story = {
  name: 'Next and Previous',
  args: { selected: 'stage-5' },
  parameters: story(
    'Next and Previous go round the cycle, and "Back to the hub" returns to the centre. This story ' +
      'presses them for you (its play function): Next from stage 5 goes round to stage 1, Previous ' +
      'back to stage 5, then "Back to the hub". The navigation is named after what the guide shows.',
  ),
  play: async ({ canvasElement, step }) => {
    const guide = await settled(canvasElement.querySelector<HTMLElement>('ec-stage-guide'));
    const eyebrow = () => part(guide, '.screen .eyebrow').textContent ?? '';
    const navName = () => part(guide, 'nav[part="nav"]').getAttribute('aria-label');
    await expect(navName()).toMatch(/^Move round the cycle: 5\. /);
    await step('Next from the last stage goes round to stage 1', async () => {
      await userEvent.click(part(guide, '[part="next-button"]'));
      await waitFor(() => expect(eyebrow()).toMatch(/^Stage 1 of 5/));
      await expect(navName()).toMatch(/^Move round the cycle: 1\. /);
      await waitFor(() => expect(part(guide, '.live').textContent).toMatch(/^Now showing /));
    });
    await step('Previous goes back to stage 5', async () => {
      await userEvent.click(part(guide, '[part="previous-button"]'));
      await waitFor(() => expect(eyebrow()).toMatch(/^Stage 5 of 5/));
    });
    await step('"Back to the hub" shows the hub, and is then unavailable', async () => {
      await userEvent.click(part(guide, '[part="hub-button"]'));
      await waitFor(() =>
        expect(part(guide, '[part="hub-button"]').getAttribute('aria-disabled')).toBe('true'),
      );
      await expect(navName()).toBe(`Move round the cycle: ${defaultCycle.hub.shortTitle}`);
    });
  },
};
