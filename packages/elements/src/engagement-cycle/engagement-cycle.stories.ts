import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StageSelectDetail } from '../shared/cycle-element.js';
import '../engagement-cycle.js';
import { pageStory, story, settled, part } from '../stories/helpers.js';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * The story args. Attribute names are used as keys so that each control lines up with the
 * row the custom-elements manifest gives that attribute in the docs table.
 */
interface CompositeArgs {
  selected?: string;
  label?: string;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'sync-url': boolean;
  'hide-matrix': boolean;
  src?: string;
  data?: unknown;
  /** Filled in by Storybook: logs each event in the Actions panel. */
  onEcStageSelect?: (detail: StageSelectDetail) => void;
}

/**
 * Rows the manifest adds for properties that the stories set through their attributes (or do
 * not set), and for the slot: they stay in the docs table, without a control that would do nothing.
 */
interface DocumentedOnly {
  syncUrl?: never;
  headingLevel?: never;
  hideMatrix?: never;
  strings?: never;
  cycle?: never;
  after?: never;
}

const composite = (args: CompositeArgs, after?: TemplateResult): TemplateResult => html`
  <ec-engagement-cycle
    selected=${ifDefined(args.selected || undefined)}
    label=${ifDefined(args.label || undefined)}
    theme=${ifDefined(args.theme)}
    src=${ifDefined(args.src || undefined)}
    heading-level=${args['heading-level']}
    ?sync-url=${args['sync-url']}
    ?hide-matrix=${args['hide-matrix']}
    .data=${args.data}
    @ec-stage-select=${(event: CustomEvent<StageSelectDetail>) => args.onEcStageSelect?.(event.detail)}
  >
    ${after ?? nothing}
  </ec-engagement-cycle>
`;

/** Page text in the stories that put the element in a page. The elements bring their own font. */
const PAGE = 'font-family: Arial, sans-serif; line-height: 1.5; color: #212b32;';

/** A dashed edge, so the box the element is given can be seen. */
const BOX = 'box-sizing: border-box; max-width: 100%; padding: 0.5rem; border: 2px dashed #768692;';

/** Wrong in several ways at once, so the error box has a list of problems to show. */
const invalidCycle = {
  schemaVersion: 2,
  title: 'Our engagement cycle',
  hub: { title: 'Making it work' },
  stages: [
    { id: 'stage-1', number: 1, title: '', shortTitle: 'Needs' },
    { id: 'stage-2', number: 4, title: 'Planning together', shortTitle: 'Planning' },
  ],
};

const meta = {
  title: 'Elements/Engagement cycle',
  component: 'ec-engagement-cycle',
  tags: ['autodocs'],
  render: (args) => composite(args),
  args: {
    selected: '',
    label: '',
    'heading-level': 2,
    'sync-url': false,
    'hide-matrix': false,
  },
  argTypes: {
    // Text rather than a list: a cycle of your own has other stage ids.
    selected: { control: 'text' },
    label: { control: 'text' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'sync-url': { control: 'boolean' },
    'hide-matrix': { control: 'boolean' },
    src: { control: 'text' },
    data: { control: false },
    // The properties behind the attributes above: documented, but set through the attributes.
    syncUrl: { control: false },
    headingLevel: { control: false },
    hideMatrix: { control: false },
    strings: { control: false },
    cycle: { control: false },
    after: { control: false },
    onEcStageSelect: { action: 'ec-stage-select', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole Engagement Cycle in 1 tag: the wheel and the stage guide, with the who-does-what ' +
          'matrix under them, all sharing 1 selection. The wheel and the guide sit side by side when the ' +
          'element has room, and stack when it does not. ' +
          '[Putting the pieces together](?path=/docs/putting-the-pieces-together--docs) explains when to ' +
          'use it and when to link a separate wheel and guide instead.',
      },
    },
  },
} satisfies Meta<CompositeArgs & DocumentedOnly>;

export default meta;
type Story = StoryObj<CompositeArgs & DocumentedOnly>;

export const Default: Story = {
  parameters: story(
    'The default Engagement Cycle with nothing set. The hub is selected. Select a stage on the wheel, ' +
      'press Next in the guide, or press a stage’s heading in the matrix: all 3 show the same stage. ' +
      'Each change is logged in the Actions panel.',
  ),
};

const stageStory = (number: number): Story => ({
  // The docs page shows the primary story, whose controls choose any stage; each stage's own
  // story is in the sidebar. (Five more copies on one page repeat the same landmarks.)
  tags: ['!autodocs'],
  args: { selected: `stage-${number}` },
  parameters: story(
    `\`selected="stage-${number}"\` on the composite. The wheel marks the stage and the guide shows it in full.`,
  ),
});

export const Stage1 = stageStory(1);
export const Stage2 = stageStory(2);
export const Stage3 = stageStory(3);
export const Stage4 = stageStory(4);
export const Stage5 = stageStory(5);

export const Wide: Story = {
  name: 'Wide (1100 px)',
  args: { selected: 'stage-2' },
  render: (args) => html`<div style="${BOX} width: 1100px;">${composite(args)}</div>`,
  parameters: story(
    'The element in a box 1100 px wide. With room to spare, the wheel and the guide sit side by side, ' +
      'and the wheel stays in view as you scroll through the guide. The layout follows the width of ' +
      'the box, not the window (a container query). If the window is narrower than 1100 px, the box ' +
      'shrinks to fit and the layout follows.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  args: { selected: 'stage-2' },
  render: (args) => html`<div style="${BOX} width: 360px;">${composite(args)}</div>`,
  parameters: pageStory(
    'The same element in a box 360 px wide, as in a sidebar or on a phone. The guide goes under the ' +
      'wheel, and the matrix under the guide shows each role as a list. This happens even in a wide ' +
      'window, because the element follows the space it is given.',
    '1400px',
  ),
};

export const WithoutMatrix: Story = {
  name: 'Without the matrix',
  args: { selected: 'stage-3', 'hide-matrix': true },
  parameters: story(
    '`hide-matrix` leaves out the who-does-what matrix, for a page that shows it elsewhere or does not ' +
      'need it. The wheel and the guide work as before.',
  ),
};

export const Welsh: Story = {
  args: { selected: 'stage-1' },
  render: (args) => html`<div lang="cy">${composite(args)}</div>`,
  parameters: story(
    'The composite inside `lang="cy"`. The wheel and the guide both use Welsh words for the interface, ' +
      'such as "Cam 1 o 5" for "Stage 1 of 5". The content comes from the cycle, so it stays in English ' +
      'here: give a Welsh cycle through `src` or `data` for a fully Welsh page.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'stage-4' },
  render: (args) => html`<div style="background: #1d2429; padding: 1rem;">${composite(args)}</div>`,
  parameters: story(
    '`theme="dark"` on a dark page. The composite passes the theme to the wheel and the guide. Use ' +
      '`theme="auto"` to follow the reader’s system setting instead.',
  ),
};

export const DeepLinks: Story = {
  name: 'Deep links',
  args: { 'sync-url': true },
  render: (args) => html`
    <nav aria-label="Links to stages of the cycle" style=${PAGE}>
      <ul style="display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1rem; padding: 0; list-style: none;">
        <li><a href="#ec-hub">Hub</a></li>
        <li><a href="#ec-stage-1">Stage 1</a></li>
        <li><a href="#ec-stage-2">Stage 2</a></li>
        <li><a href="#ec-stage-3">Stage 3</a></li>
        <li><a href="#ec-stage-4">Stage 4</a></li>
        <li><a href="#ec-stage-5">Stage 5</a></li>
      </ul>
    </nav>
    ${composite(args)}
  `,
  parameters: pageStory(
    'With `sync-url`, the address follows the selection: `#ec-stage-3` for stage 3 and `#ec-hub` for ' +
      'the hub. The links above change the address, and the wheel and guide follow, with `trigger: "url"` ' +
      'in the event. Select a stage and the address changes without adding to the browser history. ' +
      'Open the story in a new tab to see the address.',
    '1600px',
  ),
};

export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { selected: 'stage-3', 'heading-level': 3 },
  render: (args) => html`
    <article style=${PAGE} aria-labelledby="composite-heading-3-title">
      <h1 id="composite-heading-3-title">Involving people in our work</h1>
      <h2>The Engagement Cycle</h2>
      <p>Choose a stage on the wheel to read about it.</p>
      ${composite(args)}
    </article>
  `,
  parameters: pageStory(
    'The page has a heading 1 and a heading 2, so `heading-level="3"` makes the stage’s title a heading ' +
      '3 and its sections heading 4. The composite passes `heading-level` to its guide.',
    '1600px',
  ),
};

export const WithContentAfter: Story = {
  name: 'Content after (slot)',
  args: { selected: 'stage-1' },
  render: (args) =>
    composite(
      args,
      html`<div slot="after" style=${PAGE}>
        <h2>Tell us what you think</h2>
        <p>
          This is content in the <code>after</code> slot. It goes under the wheel and the guide, across the
          full width. Email <a href="mailto:engagement@example.org">engagement@example.org</a> to join our
          patient and carer panel.
        </p>
      </div>`,
    ),
  parameters: story(
    'Put your own content in the `after` slot (`slot="after"`). It spans the full width under the ' +
      'wheel and the guide, in both layouts.',
  ),
};

export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: invalidCycle },
  parameters: story(
    'A `data` object that is not a valid cycle. The composite shows 1 error box in place of the wheel ' +
      'and the guide. It says what is wrong and where, and logs every problem in the browser console.',
  ),
};

export const UnreachableSrc: Story = {
  name: 'Unreachable src',
  args: { src: 'http://127.0.0.1:9/cycle.json' },
  parameters: story(
    'A `src` that cannot be reached. Browsers refuse port 9 at once, so the request fails straight away. ' +
      'The composite shows the network error and a "Try again" button, because the problem may pass.',
  ),
};

export const DeepLinkToAStage: Story = {
  name: 'Deep link to a stage',
  args: { 'sync-url': true },
  parameters: pageStory(
    'With `sync-url`, an address such as `#ec-stage-4` opens the composite at stage 4, and choosing ' +
      'a stage writes its address. This story changes the address for you (its play function), checks ' +
      'the wheel and the guide follow, chooses stage 2 on the wheel, and puts the address back.',
    '1600px',
  ),
  play: async ({ canvasElement, step }) => {
    const cycle = await settled(canvasElement.querySelector<HTMLElement>('ec-engagement-cycle'));
    const wheel = await settled(part<HTMLElement>(cycle, 'ec-cycle-wheel'));
    const guide = await settled(part<HTMLElement>(cycle, 'ec-stage-guide'));
    const selected = () => part(wheel, '[role="tab"][aria-selected="true"]').getAttribute('data-id');
    const before = location.hash;
    try {
      await step('#ec-stage-4 in the address selects stage 4', async () => {
        location.hash = '#ec-stage-4';
        await waitFor(() => expect(selected()).toBe('stage-4'));
        await waitFor(() => expect(part(guide, '.screen .eyebrow').textContent).toMatch(/^Stage 4 of 5/));
      });
      await step('Choosing stage 2 on the wheel writes #ec-stage-2', async () => {
        await userEvent.click(part(wheel, '[role="tab"][data-id="stage-2"]'));
        await waitFor(() => expect(location.hash).toBe('#ec-stage-2'));
      });
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
    }
  },
};
