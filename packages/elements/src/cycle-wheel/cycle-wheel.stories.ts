import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultCycle, type Cycle, type Segment, type Stage } from '@engagement-cycle/core';
import type { StageSelectDetail } from '../shared/cycle-element.js';
import '../cycle-wheel.js';
import { story, settled, part } from '../stories/helpers.js';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * The story args. Attribute names are used as keys so that each control lines up with the
 * row the custom-elements manifest gives that attribute in the docs table.
 */
interface WheelArgs {
  selected?: string;
  label?: string;
  theme?: 'light' | 'dark' | 'auto';
  rotate: boolean;
  'show-segments': boolean;
  'hide-list': boolean;
  'sync-url': boolean;
  src?: string;
  data?: unknown;
  /** Filled in by Storybook: logs each event in the Actions panel. */
  onEcStageSelect?: (detail: StageSelectDetail) => void;
}

/**
 * Rows the manifest adds for properties that the stories set through their attributes (or do
 * not set): they stay in the docs table, without a control that would do nothing.
 */
interface DocumentedOnly {
  syncUrl?: never;
  showSegments?: never;
  hideList?: never;
  strings?: never;
  cycle?: never;
}

const wheel = (args: WheelArgs): TemplateResult => html`
  <ec-cycle-wheel
    selected=${ifDefined(args.selected || undefined)}
    label=${ifDefined(args.label || undefined)}
    theme=${ifDefined(args.theme)}
    src=${ifDefined(args.src || undefined)}
    show-segments=${args['show-segments'] === false ? 'false' : nothing}
    ?rotate=${args.rotate}
    ?hide-list=${args['hide-list']}
    ?sync-url=${args['sync-url']}
    .data=${args.data}
    @ec-stage-select=${(event: CustomEvent<StageSelectDetail>) => args.onEcStageSelect?.(event.detail)}
  ></ec-cycle-wheel>
`;

// Cycles made from the default one. Each is valid: stage ids are unique, numbers run 1..n in
// order, and every segment spans stages that follow one another. The hub, the source and the
// credit stay those of the default cycle, because the text still comes from it.

/** Who does what only where the stage (or the hub) still exists in the new cycle. */
function withStages(title: string, stages: Stage[], segments: Segment[] | undefined): Cycle {
  const ids = new Set(['hub', ...stages.map((s) => s.id)]);
  const { segments: _segments, ...rest } = defaultCycle;
  return {
    ...rest,
    title,
    stages,
    ...(segments ? { segments } : {}),
    responsibilities: defaultCycle.responsibilities?.filter((r) => ids.has(r.stage)),
  };
}

/** A stage with new words, borrowing the rest of its text from a default stage. */
function stage(number: number, title: string, shortTitle: string, id = `step-${number}`): Stage {
  const model = defaultCycle.stages[(number - 1) % defaultCycle.stages.length]!;
  return { ...model, id, number, title, shortTitle };
}

const segment = (id: string, title: string, stages: Stage[]): Segment => ({
  id,
  title,
  stages: stages.map((s) => s.id),
  basis: 'suggested',
});

/** The fewest stages allowed: the first 3 default stages, and the default segments that fit. */
const threeStages: Cycle = (() => {
  const stages = defaultCycle.stages.slice(0, 3);
  const ids = new Set(stages.map((s) => s.id));
  const segments = defaultCycle.segments?.filter((s) => s.stages.every((id) => ids.has(id)));
  return withStages('An engagement cycle with 3 stages', stages, segments);
})();

const eightStages: Cycle = (() => {
  const stages = [
    stage(1, 'Finding out what local people need', 'Local needs'),
    stage(2, 'Agreeing priorities with the public', 'Priorities'),
    stage(3, 'Designing services with patients and carers', 'Design'),
    stage(4, 'Writing the service specification together', 'Specification'),
    stage(5, 'Choosing who provides the service', 'Procurement'),
    stage(6, 'Starting the new service', 'Go live'),
    stage(7, 'Checking quality with people who use it', 'Quality'),
    stage(8, 'Reporting back on what changed', 'Report back'),
  ];
  const segments = [
    segment('analyse', 'Analyse', stages.slice(0, 2)),
    segment('plan', 'Plan', stages.slice(2, 4)),
    segment('do', 'Do', stages.slice(4, 6)),
    segment('review', 'Review', stages.slice(6, 8)),
  ];
  return withStages('An engagement cycle with 8 stages', stages, segments);
})();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The most stages allowed: a two-year plan, one stage a month. */
const twentyFourStages: Cycle = (() => {
  const stages = Array.from({ length: 24 }, (_, i) =>
    stage(
      i + 1,
      `Month ${i + 1} of the two-year engagement plan`,
      `${MONTHS[i % 12]} year ${i < 12 ? 1 : 2}`,
    ),
  );
  const segments = [0, 1, 2, 3].map((half) =>
    segment(
      `half-${half + 1}`,
      `Year ${Math.floor(half / 2) + 1}, ${half % 2 ? 'second' : 'first'} half`,
      stages.slice(half * 6, half * 6 + 6),
    ),
  );
  return withStages('A two-year engagement plan in 24 stages', stages, segments);
})();

/** Short titles at the 32-character limit and full titles far longer than any label. */
const longTitles: Cycle = (() => {
  const words: [string, string][] = [
    [
      'Community engagement to identify the health and wellbeing needs and aspirations of every neighbourhood, including people who are seldom heard',
      'Needs, hopes and local ambitions',
    ],
    [
      'Working with the public, voluntary groups and local councillors to plan, prioritise and transform services across the whole integrated care system',
      'Planning and transforming care',
    ],
    [
      'Working with patients, carers and families to improve the quality, safety and experience of care in hospitals, in general practice and at home',
      'Improving quality and safety',
    ],
    [
      'Working with patients and the public to write service specifications, evaluate bids from providers and award contracts that reflect what matters',
      'Specifying and procuring care',
    ],
    [
      'Working with patients and carers to monitor how services perform over time, act on feedback and complaints, and report back on what has changed',
      'Monitoring and reporting back',
    ],
  ];
  const stages = defaultCycle.stages.map((s, i) => ({ ...s, title: words[i]![0], shortTitle: words[i]![1] }));
  return withStages('The Engagement Cycle, with long titles', stages, defaultCycle.segments);
})();

/** Wrong in several ways at once, so the error box has a list of problems to show. */
const invalidCycle = {
  schemaVersion: 2,
  title: '',
  source: { name: 'Our cycle' },
  hub: { title: 'Making it work' },
  stages: [
    { id: 'Stage One', number: 1, title: 'Finding out what people need', shortTitle: 'Needs' },
    { id: 'plan', number: 3, title: 'Planning together' },
  ],
};

/**
 * Address the Loading story gives as `src`. Storybook has no server to make wait, so the
 * story answers requests for this one address with a fetch that never settles.
 */
const NEVER_ANSWERS = '/storybook/never-answers/cycle.json';

/** Makes fetches of NEVER_ANSWERS hang for as long as the story is shown; others go through. */
function holdFetch(): () => void {
  const original = window.fetch;
  const held: typeof window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url, location.href).pathname === NEVER_ANSWERS) return new Promise<Response>(() => {});
    return original.call(window, input, init);
  };
  window.fetch = held;
  return () => {
    if (window.fetch === held) window.fetch = original;
  };
}

const meta = {
  title: 'Elements/Cycle wheel',
  component: 'ec-cycle-wheel',
  tags: ['autodocs'],
  render: (args) => wheel(args),
  args: {
    selected: '',
    label: '',
    rotate: false,
    'show-segments': true,
    'hide-list': false,
    'sync-url': false,
  },
  argTypes: {
    // Text rather than a list: the stories with cycles of their own have other stage ids.
    selected: { control: 'text' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    label: { control: 'text' },
    rotate: { control: 'boolean' },
    'show-segments': { control: 'boolean' },
    'hide-list': { control: 'boolean' },
    'sync-url': { control: 'boolean' },
    src: { control: 'text' },
    data: { control: false },
    // The properties behind the attributes above: documented, but set through the attributes.
    syncUrl: { control: false },
    showSegments: { control: false },
    hideList: { control: false },
    strings: { control: false },
    cycle: { control: false },
    onEcStageSelect: { action: 'ec-stage-select', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Engagement Cycle as an interactive wheel. Select a stage or the hub with a pointer or the ' +
          'keyboard. The [Cycle wheel guide](?path=/docs/elements-cycle-wheel--guide) explains how to ' +
          'add it to a page, the keyboard keys, theming and the static SVG export.',
      },
    },
  },
} satisfies Meta<WheelArgs & DocumentedOnly>;

export default meta;
type Story = StoryObj<WheelArgs & DocumentedOnly>;

export const Default: Story = {
  parameters: story(
    'The default Engagement Cycle with nothing set. The hub is selected. Click a stage, or press Tab ' +
      'to reach the wheel and use the arrow keys, then Enter or Space to select.',
  ),
};

const stageStory = (number: number): Story => ({
  args: { selected: `stage-${number}` },
  parameters: story(
    `\`selected="stage-${number}"\`. The selected stage is darker, has an edge and stands out from the ring. ` +
      'It is also shown in bold in the list under the wheel.',
  ),
});

export const Stage1 = stageStory(1);
export const Stage2 = stageStory(2);
export const Stage3 = stageStory(3);
export const Stage4 = stageStory(4);
export const Stage5 = stageStory(5);

export const HubSelected: Story = {
  name: 'Hub selected',
  args: { selected: 'hub' },
  parameters: story(
    '`selected="hub"`. The hub is the centre of the wheel: what makes engagement work at every stage.',
  ),
};

export const ThreeStages: Story = {
  name: '3 stages',
  args: { data: threeStages, selected: 'stage-2' },
  parameters: story(
    'The fewest stages a cycle can have. This cycle is the first 3 default stages, given through the ' +
      '`data` property. Only the segments whose stages are all in the cycle are kept.',
  ),
};

export const EightStages: Story = {
  name: '8 stages',
  args: { data: eightStages, selected: 'step-3' },
  parameters: story(
    'A cycle of your own with 8 stages and 4 segments of 2 stages each, given through the `data` property.',
  ),
};

export const TwentyFourStages: Story = {
  name: '24 stages',
  args: { data: twentyFourStages, selected: 'step-7' },
  parameters: story(
    'The most stages a cycle can have. Labels that would be too small to read are left off, and the ' +
      'numbers stay. Each stage still has its full name for screen readers, and the list under the ' +
      'wheel gives every title in text.',
  ),
};

export const LongTitles: Story = {
  name: 'Long titles',
  args: { data: longTitles, selected: 'stage-3' },
  parameters: story(
    'Short titles at the 32-character limit and full titles of about 150 characters. Labels on the ' +
      'wheel use the short titles and wrap. The full titles are in the accessible names and the list.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'stage-2' },
  render: (args) => html`<div style="background: #1d2429; padding: 1rem;">${wheel(args)}</div>`,
  parameters: story(
    '`theme="dark"` on a dark page. Use `theme="auto"` to follow the reader’s system setting instead. ' +
      'A light page is never turned dark unless you ask.',
  ),
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { selected: 'stage-2' },
  parameters: story(
    'How the wheel looks when Windows contrast themes (forced colours) are on. Storybook cannot switch ' +
      'this mode on for you. To see it in Chrome or Edge, open DevTools, press Ctrl+Shift+P ' +
      '(Cmd+Shift+P on a Mac), run "Show Rendering", and set "Emulate CSS media feature forced-colors" ' +
      'to "active". The wheel then uses the system colours: stages take the page colours with an ' +
      'edge, and the selected stage takes the highlight colour. In forced colours the accessibility ' +
      'checks here run against the normal colours, because the emulation is not part of the story.',
  ),
};

export const Narrow: Story = {
  name: '240 px wide',
  args: { selected: 'stage-4' },
  render: (args) => html`<div style="width: 240px; max-width: 100%;">${wheel(args)}</div>`,
  parameters: story(
    'The wheel in a 240 px wide box, as in a narrow sidebar or on a small phone. Labels that would be ' +
      'smaller than 12 px are left off and the numbers stay. The list under the wheel has every title.',
  ),
};

export const Loading: Story = {
  args: { src: NEVER_ANSWERS },
  beforeEach: () => holdFetch(),
  parameters: story(
    'The wheel while its `src` loads: it keeps its space so the page does not jump, and tells screen ' +
      'readers it is loading. There is no server behind Storybook to make slow, and the built docs ' +
      'site is only static files, so this story answers requests for its own `src` with one that ' +
      'never ends. On a real page the wheel gives up after 10 seconds and shows an error with a ' +
      '"Try again" button.',
  ),
};

export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: invalidCycle },
  parameters: story(
    'A `data` object that is not a valid cycle. The wheel does not break the page: it says what is ' +
      'wrong and where, lists the first problems, and logs all of them in the browser console.',
  ),
};

export const UnreachableSrc: Story = {
  name: 'Unreachable src',
  args: { src: 'http://127.0.0.1:9/cycle.json' },
  parameters: story(
    'A `src` that cannot be reached. Browsers refuse port 9 at once, so the request fails straight away. ' +
      'The wheel shows the network error and a "Try again" button, because the problem may pass.',
  ),
};

export const RotateOn: Story = {
  name: 'Rotate on',
  args: { rotate: true, selected: 'stage-3' },
  parameters: story(
    'With `rotate`, the selected stage turns to the top. Click a stage, or select one with the ' +
      'keyboard, to see the wheel turn. It turns without animation when the reader asks for reduced motion.',
  ),
};

export const RotateOff: Story = {
  name: 'Rotate off',
  args: { rotate: false, selected: 'stage-3' },
  parameters: story(
    'Without `rotate` (the default), the wheel stays still. Click a stage: it is selected where it is.',
  ),
};

export const WithoutSegments: Story = {
  name: 'Without segments',
  args: { 'show-segments': false },
  parameters: story(
    '`show-segments="false"` leaves out the outer ring of commissioning segments. The stages then ' +
      'use the space, and the list under the wheel no longer names a segment for each stage.',
  ),
};

export const ListHidden: Story = {
  name: 'List hidden',
  args: { 'hide-list': true },
  parameters: story(
    '`hide-list` hides the text list of stages from sight, for pages that give the stages in text ' +
      'nearby. Screen readers still read the list.',
  ),
};

export const Welsh: Story = {
  args: { selected: 'stage-1' },
  render: (args) => html`<div lang="cy">${wheel(args)}</div>`,
  parameters: story(
    'The wheel inside `lang="cy"`. The words of the interface are in Welsh, such as "Cam 1 o 5" for ' +
      '"Stage 1 of 5". The content comes from the cycle, so it stays in English here: give a Welsh ' +
      'cycle through `src` or `data` for a fully Welsh wheel.',
  ),
};

export const DeepLinks: Story = {
  name: 'Deep links',
  args: { 'sync-url': true },
  render: (args) => html`
    <nav aria-label="Links to stages of the wheel" style="font-family: Arial, sans-serif;">
      <ul style="display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1rem; padding: 0; list-style: none;">
        <li><a href="#ec-hub">Hub</a></li>
        <li><a href="#ec-stage-1">Stage 1</a></li>
        <li><a href="#ec-stage-3">Stage 3</a></li>
        <li><a href="#ec-stage-5">Stage 5</a></li>
      </ul>
    </nav>
    ${wheel(args)}
  `,
  parameters: story(
    'With `sync-url`, the address follows the selection: `#ec-stage-3` for stage 3 and `#ec-hub` for ' +
      'the hub. The links above change the address, and the wheel follows. Select a stage and the ' +
      'address changes without adding to the browser history. Open the story in a new tab to see ' +
      'the address.',
  ),
};

export const KeyboardRoundTheWheel: Story = {
  name: 'Keyboard: round the wheel',
  parameters: story(
    'Tab to the wheel (one tab stop, the selected tab), then use the arrow keys to move round the hub and the stages, Home and End to ' +
      'jump to the first and last, and Enter or Space to choose. This story does that for you ' +
      '(its play function) and checks each step; the Interactions panel shows the steps.',
  ),
  play: async ({ canvasElement, step }) => {
    const wheel = await settled(canvasElement.querySelector<HTMLElement>('ec-cycle-wheel'));
    const focused = () => wheel.shadowRoot!.activeElement?.getAttribute('data-id');
    const selected = () => part(wheel, '[role="tab"][aria-selected="true"]').getAttribute('data-id');
    await step('The wheel has one tab stop: the selected tab, the hub', async () => {
      const stops = wheel.shadowRoot!.querySelectorAll<SVGGElement>('[role="tab"][tabindex="0"]');
      await expect(stops).toHaveLength(1);
      stops[0]!.focus();
      await expect(focused()).toBe('hub');
    });
    await step('The arrow keys move focus round the wheel, and wrap', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(focused()).toBe('stage-1');
      await userEvent.keyboard('{ArrowDown}');
      await expect(focused()).toBe('stage-2');
      await userEvent.keyboard('{End}');
      await expect(focused()).toBe('stage-5');
      await userEvent.keyboard('{ArrowRight}');
      await expect(focused()).toBe('hub');
      await userEvent.keyboard('{ArrowLeft}');
      await expect(focused()).toBe('stage-5');
      await expect(selected()).toBe('hub');
    });
    await step('Enter chooses the focused stage, and the event says it was the keyboard', async () => {
      const heard: string[] = [];
      wheel.addEventListener('ec-stage-select', (e) => heard.push((e as CustomEvent).detail.trigger), {
        once: true,
      });
      await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
      await waitFor(() => expect(selected()).toBe('stage-3'));
      await expect(heard).toEqual(['keyboard']);
    });
  },
};
