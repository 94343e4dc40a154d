import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { cycleFingerprint, defaultCycle, ratedParts, type Scale } from '@engagement-cycle/core';
import '../self-assessment.js';
import '../engagement-cycle.js';
import type { AssessmentChangeDetail, EcSelfAssessment } from '../self-assessment.js';
import { story } from '../stories/helpers.js';

/**
 * The story args. Attribute names are used as keys so that each control lines up with the
 * row the custom-elements manifest gives that attribute in the docs table.
 */
interface AssessmentArgs {
  'heading-level': number;
  theme?: 'light' | 'dark' | 'auto';
  'assessment-src'?: string;
  assessment?: unknown;
  scale?: Scale;
  /** Filled in by Storybook: logs each event in the Actions panel. */
  onEcAssessmentChange?: (detail: AssessmentChangeDetail) => void;
}

/** Rows the manifest adds for properties set through their attributes (or not at all). */
interface DocumentedOnly {
  headingLevel?: never;
  assessmentSrc?: never;
  strings?: never;
  cycle?: never;
  src?: never;
  data?: never;
  selected?: never;
}

const form = (args: AssessmentArgs): TemplateResult => html`
  <ec-self-assessment
    heading-level=${args['heading-level']}
    theme=${ifDefined(args.theme)}
    assessment-src=${ifDefined(args['assessment-src'] || undefined)}
    .assessment=${args.assessment}
    .scale=${args.scale}
    @ec-assessment-change=${(e: CustomEvent<AssessmentChangeDetail>) => args.onEcAssessmentChange?.(e.detail)}
  ></ec-self-assessment>
`;

const cycle = { title: defaultCycle.title, fingerprint: cycleFingerprint(defaultCycle) };

/** A team half way through its first session. */
const partlyRated = {
  schemaVersion: 1,
  cycle,
  date: '2026-11-30',
  raters: [{ role: 'Engagement lead' }, { role: 'Patient leader' }, { role: 'Healthwatch' }],
  items: [
    { id: 'hub', level: 'developing', target: 'established' },
    {
      id: 'stage-1',
      level: 'established',
      target: 'leading',
      evidence: [
        {
          label: 'Joint strategic needs assessment: what local people told us',
          href: 'https://example.org/jsna',
        },
      ],
      note: 'Healthwatch ran the listening events with us; their report is the evidence.',
    },
    { id: 'stage-2', level: 'not-started', target: 'developing' },
  ],
};

const LEVELS = ['not-started', 'developing', 'established', 'leading'];

/** Every part rated, with a target, and evidence for the stages. */
const fullyRated = {
  schemaVersion: 1,
  cycle,
  date: '2026-11-30',
  raters: [
    { role: 'Engagement lead' },
    { role: 'Patient leader', name: 'Sam Okafor' },
    { role: 'Healthwatch' },
  ],
  items: ratedParts(defaultCycle).map((part, i) => ({
    id: part.id,
    level: LEVELS[(i * 3) % 4],
    target: LEVELS[Math.min(3, ((i * 3) % 4) + 1)],
    ...(part.kind === 'stage'
      ? {
          evidence: [
            {
              label: `Stage ${part.number}: what we did and what changed`,
              href: `https://www.example.nhs.uk/engagement/stage-${part.number}-report`,
            },
          ],
        }
      : {}),
  })),
};

/** The same organisation's file from a year before. */
const lastYear = {
  ...fullyRated,
  date: '2025-11-28',
  items: fullyRated.items.map((item, i) => ({
    id: item.id,
    ...(i % 5 === 4
      ? {}
      : { level: LEVELS[Math.max(0, LEVELS.indexOf(item.level!) - (i % 3 === 0 ? 1 : 0))] }),
  })),
};

/** Compares the element with `earlier` once it is on the page. */
const comparing = (earlier: unknown) =>
  ref((el) => void (el as EcSelfAssessment | undefined)?.compareWith(earlier as object));

const threeLevels: Scale = {
  levels: [
    { id: 'not-yet', label: 'Not yet', description: 'We do not do this yet.' },
    { id: 'sometimes', label: 'Sometimes', description: 'We do this on some projects.' },
    { id: 'always', label: 'Always', description: 'We do this on every project, and can show it.' },
  ],
};

const meta = {
  title: 'Elements/Self-assessment',
  component: 'ec-self-assessment',
  tags: ['autodocs'],
  render: (args) => form(args),
  args: { 'heading-level': 2 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'assessment-src': { control: 'text' },
    assessment: { control: false },
    scale: { control: false },
    headingLevel: { control: false },
    assessmentSrc: { control: false },
    strings: { control: false },
    cycle: { control: false },
    src: { control: false },
    data: { control: false },
    selected: { control: false },
    onEcAssessmentChange: { action: 'ec-assessment-change', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'An organisation rates itself against each part of the cycle, with links to published ' +
          'evidence. Nothing entered leaves the browser: the downloaded file is the record. ' +
          '[Assess your engagement](?path=/docs/assess-your-engagement--docs) explains how a team uses it.',
      },
    },
  },
} satisfies Meta<AssessmentArgs & DocumentedOnly>;

export default meta;
type Story = StoryObj<AssessmentArgs & DocumentedOnly>;

export const Empty: Story = {
  name: 'Empty (default)',
  parameters: story(
    'A new assessment: every part listed, none rated. Each change is logged in the Actions panel as ' +
      '`ec-assessment-change`.',
  ),
};

export const PartlyRated: Story = {
  name: 'Partly rated',
  args: { assessment: partlyRated },
  parameters: story(
    'Started from a file with `.assessment`: three parts rated, one with evidence and a note. The ' +
      'summary shows the gaps and "What to work on first" lists the parts below their target. The file ' +
      'does not rate every part, so the element says which, in "Check these before you go on".',
  ),
};

export const CustomScale: Story = {
  name: 'Custom 3-level scale',
  args: { scale: threeLevels },
  parameters: story('`.scale` with three levels of your own. The downloaded file carries the scale.'),
};

export const InvalidImport: Story = {
  name: 'Invalid import',
  args: {
    assessment: {
      schemaVersion: 1,
      cycle,
      items: [
        { id: 'hub', level: 'brilliant' },
        { id: 'stage-1', evidence: [{ label: 'Our page', href: 'javascript:alert(1)' }] },
      ],
    },
  },
  parameters: story(
    'A file that is not valid: a level the scale does not have, and a `javascript:` link. The element ' +
      'says what is wrong and where, and changes nothing.',
  ),
};

export const Welsh: Story = {
  args: { assessment: partlyRated },
  render: (args) => html`<div lang="cy">${form(args)}</div>`,
  parameters: story(
    'Inside `lang="cy"` the interface speaks Welsh, and so do the default scale and the messages about ' +
      'a file. The content stays in English and is marked `lang="en"`; so does a scale of your own.',
  ),
};

export const Dark: Story = {
  args: { theme: 'dark', assessment: partlyRated },
  parameters: { ...story('`theme="dark"`.'), backgrounds: { default: 'dark' } },
};

export const FullyRated: Story = {
  name: 'Fully rated with targets',
  args: { assessment: fullyRated },
  parameters: story(
    'Every part rated, each with a target one level up, and evidence for every stage. The file names ' +
      'who rated: an engagement lead, a patient leader and Healthwatch.',
  ),
};

export const Comparison: Story = {
  args: { assessment: fullyRated },
  render: (args) =>
    html`<ec-self-assessment
      heading-level=${args['heading-level']}
      .assessment=${args.assessment}
      ${comparing(lastYear)}
    ></ec-self-assessment>`,
  parameters: story(
    '`compareWith(lastYearsFile)`: each part says how its level moved since the earlier file ("Up 1 ' +
      'level (was Developing)"), and the summary gets a column for it. "Stop comparing" takes it away.',
  ),
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { assessment: partlyRated },
  parameters: story(
    'How the form looks when Windows contrast themes (forced colours) are on. Storybook cannot switch ' +
      'this mode on for you. To see it in Chrome or Edge, open DevTools, press Ctrl+Shift+P ' +
      '(Cmd+Shift+P on a Mac), run "Show Rendering", and set "Emulate CSS media feature forced-colors" ' +
      'to "active". The fields, the boxes and the bar beside the part chosen on a linked wheel take the ' +
      'system colours.',
  ),
};

export const PrintPreview: Story = {
  name: 'Print preview',
  args: { assessment: fullyRated },
  parameters: story(
    'On paper the form prints a report instead: what was assessed, when and by whom, the levels, each ' +
      'part with its level, target, evidence (addresses written out) and note, what to work on first ' +
      'and the credit, in black on white. To see it, open the story on its own (the "Open canvas in new ' +
      'tab" button at the top right) and use your browser’s print preview (Ctrl+P, or Cmd+P on a Mac). ' +
      'Or, in Chrome or Edge, open DevTools, press Ctrl+Shift+P (Cmd+Shift+P on a Mac), run "Show ' +
      'Rendering", and set "Emulate CSS media type" to "print".',
  ),
};

export const LinkedToAWheel: Story = {
  name: 'Linked to a wheel',
  args: { assessment: fullyRated },
  render: (args) =>
    html`<div style="display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr)">
      <ec-cycle-wheel id="assessed-wheel" style="max-width: 32rem"></ec-cycle-wheel>
      <ec-self-assessment
        for="assessed-wheel"
        heading-level=${args['heading-level']}
        .assessment=${args.assessment}
        ${comparing(lastYear)}
      ></ec-self-assessment>
    </div>`,
  parameters: story(
    '`for="assessed-wheel"`: the wheel draws each level as a row of dots, one per level of the scale, ' +
      'filled up to the level, with a ring round the target and an arrow for a change since the earlier ' +
      'file. Its tab names and its list say the same in words ("Stage 3: …, Developing, target ' +
      'Established"). Choose a stage on the wheel and its part of the form comes into view; move into a ' +
      'part of the form and the wheel selects it.',
  ),
};

export const InsideTheComposite: Story = {
  name: 'Inside the composite',
  render: () => html`<ec-engagement-cycle assessment></ec-engagement-cycle>`,
  parameters: story(
    '`<ec-engagement-cycle assessment>` adds the form under the guide, sharing the wheel. Its code is ' +
      'loaded only when the attribute is there.',
  ),
};
