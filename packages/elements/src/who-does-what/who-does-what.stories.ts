import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  defaultCycle,
  mergeCycle,
  type Cycle,
  type Responsibility,
  type Role,
  type RoleGroup,
  type Stage,
} from '@engagement-cycle/core';
import '../cycle-wheel.js';
import '../who-does-what.js';
import { story, logTo, type SelectLog, settled, part } from '../stories/helpers.js';
import { expect, userEvent, waitFor } from 'storybook/test';

/**
 * The story args. Attribute names are used as keys so that each control lines up with the
 * row the custom-elements manifest gives that attribute in the docs table.
 */
interface MatrixArgs {
  selected?: string;
  group?: string;
  'active-only': boolean;
  for?: string;
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
  activeOnly?: never;
  strings?: never;
  cycle?: never;
  matrix?: never;
}

const matrix = (args: MatrixArgs, forId = args.for): TemplateResult => html`
  <ec-who-does-what
    selected=${ifDefined(args.selected || undefined)}
    group=${ifDefined(args.group || undefined)}
    for=${ifDefined(forId || undefined)}
    theme=${ifDefined(args.theme)}
    src=${ifDefined(args.src || undefined)}
    ?active-only=${args['active-only']}
    .data=${args.data}
    @ec-stage-select=${logTo(args)}
  ></ec-who-does-what>
`;

/** The matrix in a box of a given width, as on a host page. */
const inBox = (width: string, content: TemplateResult): TemplateResult =>
  html`<div style="width: ${width}; max-width: 100%;">${content}</div>`;

/** Wide enough for the table layout with the default cycle's 6 columns. */
const WIDE = '1100px';

// ---------------------------------------------------------------------------------------------
// A cycle of 30 roles by 8 stages, made from the default one. It is valid: the stage ids are
// unique and numbered 1 to 8 in order, there are no segments (the default ones name stages this
// cycle does not have), every role is in a group, and each responsibility names a role and a
// column that exist, once. The hub, the source and the credit stay those of the default cycle,
// because the stages borrow the rest of their text from it.

const STAGE_WORDS: [title: string, shortTitle: string][] = [
  ['Listening to what people in each neighbourhood need', 'Listen'],
  ['Agreeing our priorities with the public', 'Agree priorities'],
  ['Designing the service with people who will use it', 'Design together'],
  ['Writing the service specification together', 'Specify'],
  ['Choosing a provider, with patients on the panel', 'Choose a provider'],
  ['Starting the new service and telling people about it', 'Start the service'],
  ['Checking quality with the people who use the service', 'Check quality'],
  ['Reporting back on what changed because people spoke up', 'Report back'],
];

const bigStages: Stage[] = STAGE_WORDS.map(([title, shortTitle], i) => ({
  ...defaultCycle.stages[i % defaultCycle.stages.length]!,
  id: `step-${i + 1}`,
  number: i + 1,
  title,
  shortTitle,
}));

const bigGroups: RoleGroup[] = [
  { id: 'leadership', name: 'Board and leadership' },
  { id: 'staff', name: 'Our staff' },
  { id: 'partners', name: 'Partners' },
  { id: 'community', name: 'People and communities' },
];

const ROLE_NAMES: [name: string, group: string][] = [
  ['Chair of the board', 'leadership'],
  ['Chief executive', 'leadership'],
  ['Director of strategy', 'leadership'],
  ['Director of nursing', 'leadership'],
  ['Medical director', 'leadership'],
  ['Lay member for engagement', 'leadership'],
  ['Finance director', 'leadership'],
  ['Head of engagement', 'staff'],
  ['Engagement officers', 'staff'],
  ['Programme managers', 'staff'],
  ['Service designers', 'staff'],
  ['Contract managers', 'staff'],
  ['Procurement team', 'staff'],
  ['Data and insight analysts', 'staff'],
  ['Communications team', 'staff'],
  ['Quality and safety leads', 'staff'],
  ['Local council', 'partners'],
  ['Public health team', 'partners'],
  ['Local Healthwatch', 'partners'],
  ['Health scrutiny committee', 'partners'],
  ['Hospital trusts', 'partners'],
  ['GP practices', 'partners'],
  ['Community and voluntary groups', 'partners'],
  ['Patients', 'community'],
  ['Carers', 'community'],
  ['Young people’s forum', 'community'],
  ['Patient participation groups', 'community'],
  ['Residents of each neighbourhood', 'community'],
  ['People who are seldom heard', 'community'],
  ['Local faith groups', 'community'],
];

const bigRoles: Role[] = ROLE_NAMES.map(([name, group], i) => ({ id: `role-${i + 1}`, name, group }));

const VERBS = ['Leads', 'Takes part in', 'Gives views on', 'Checks', 'Is kept up to date on'];

/** Some cells filled, some left empty, some marked as suggestions: enough to see every state. */
const bigResponsibilities: Responsibility[] = bigRoles.flatMap((role, i) =>
  [{ id: 'hub', shortTitle: 'Engagement strategy' }, ...bigStages]
    .filter((_, j) => (i + j) % 3 !== 0)
    .map((column, j) => ({
      role: role.id,
      stage: column.id,
      text: `${VERBS[(i + j) % VERBS.length]} ${column.shortTitle.toLowerCase()}.`,
      basis: (i + j) % 4 === 0 ? ('suggested' as const) : ('source' as const),
    })),
);

const bigCycle: Cycle = (() => {
  const { segments: _segments, ...rest } = defaultCycle;
  return {
    ...rest,
    title: 'Our engagement cycle: 30 roles and 8 stages',
    stages: bigStages,
    roleGroups: bigGroups,
    roles: bigRoles,
    responsibilities: bigResponsibilities,
  };
})();

/** The default cycle with nobody in it: no role groups, roles or responsibilities. */
const noRoles: Cycle = {
  ...defaultCycle,
  title: 'An engagement cycle with no roles yet',
  roleGroups: [],
  roles: [],
  responsibilities: [],
};

/** Wrong where the matrix reads: a role and a responsibility that cannot be shown. */
const invalidCycle = {
  ...defaultCycle,
  roles: [...(defaultCycle.roles ?? []), { id: 'Patient Panel', name: 'Patient panel', group: 'panels' }],
  responsibilities: [
    ...(defaultCycle.responsibilities ?? []),
    { role: 'nobody', stage: 'stage-9', text: '', basis: 'maybe' },
  ],
};

/** The example of the guide page: an organisation adds its own group, role and responsibilities. */
const withOwnRoles = mergeCycle(defaultCycle, {
  roleGroups: [{ id: 'our-organisation', name: 'Our organisation' }],
  roles: [{ id: 'engagement-team', name: 'Our engagement team', group: 'our-organisation' }],
  responsibilities: [
    {
      role: 'engagement-team',
      stage: 'hub',
      text: 'Keeps our engagement strategy up to date and reports on it to the board each year.',
      basis: 'source',
    },
    {
      role: 'engagement-team',
      stage: 'stage-2',
      text: 'Runs our public meetings on plans for local services.',
      basis: 'suggested',
    },
  ],
});

/** Ids of the default cycle's role groups, for the descriptions. */
const GROUP_IDS = (defaultCycle.roleGroups ?? []).map((g) => `\`${g.id}\``).join(', ');

const meta = {
  title: 'Elements/Who does what',
  component: 'ec-who-does-what',
  tags: ['autodocs'],
  render: (args) => inBox(WIDE, matrix(args)),
  args: {
    selected: '',
    group: '',
    'active-only': false,
  },
  argTypes: {
    // Text rather than a list: the stories with cycles of their own have other ids.
    selected: { control: 'text' },
    group: { control: 'text' },
    'active-only': { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
    data: { control: false },
    // Only does something with a wheel on the page: see the "Linked to a wheel" story.
    for: { control: false },
    // The properties behind the attributes above, and read-only ones: documented, not set here.
    activeOnly: { control: false },
    strings: { control: false },
    cycle: { control: false },
    matrix: { control: false },
    onEcStageSelect: { action: 'ec-stage-select', table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Who does what at each stage of The Engagement Cycle, as a table: roles down the side, the hub ' +
          'and the stages across the top. Filter the roles, select a stage from its column heading, and ' +
          'download what is shown as a CSV file. The [Who does what guide](?path=/docs/elements-who-does-what--guide) ' +
          'explains how to add it to a page, how to read it and how to add your own roles.',
      },
    },
  },
} satisfies Meta<MatrixArgs & DocumentedOnly>;

export default meta;
type Story = StoryObj<MatrixArgs & DocumentedOnly>;

export const Default: Story = {
  parameters: story(
    'The default Engagement Cycle with nothing set, in a box 1,100 px wide. The hub is selected, so its ' +
      'column is highlighted. Roles are grouped under their role group. Press a column heading to ' +
      'select that stage.',
  ),
};

export const HubSelected: Story = {
  name: 'Hub selected',
  args: { selected: 'hub' },
  parameters: story(
    '`selected="hub"`. The hub column comes first: what each role does to make engagement work at every stage.',
  ),
};

const stageStory = (number: number): Story => ({
  args: { selected: `stage-${number}` },
  parameters: story(
    `\`selected="stage-${number}"\`. The column of stage ${number} has a tinted background and a line ` +
      'down each side, and its heading is underlined. The heading button is pressed (`aria-pressed="true"`), ' +
      'so screen readers say which stage is selected.',
  ),
});

export const Stage1 = stageStory(1);
export const Stage2 = stageStory(2);
export const Stage3 = stageStory(3);
export const Stage4 = stageStory(4);
export const Stage5 = stageStory(5);

export const RoleGroupFilter: Story = {
  name: 'Role group filter',
  args: { group: 'partners-oversight' },
  parameters: story(
    `\`group="partners-oversight"\` shows only the roles in that role group. The default cycle's groups are ` +
      `${GROUP_IDS}. The line above the table says how many roles are shown, and screen readers announce ` +
      'it when it changes. Filters hide rows. They never hide columns.',
  ),
};

export const ActiveOnly: Story = {
  name: 'Only roles in the selected stage',
  args: { 'active-only': true, selected: 'stage-4' },
  parameters: story(
    '`active-only` with `selected="stage-4"`: only the roles with a part in stage 4 are shown. Every ' +
      'column stays, so you can still see what these roles do at the other stages. Press another column ' +
      'heading and the rows change to match.',
  ),
};

export const ThirtyRolesEightStages: Story = {
  name: '30 roles and 8 stages',
  args: { data: bigCycle, selected: 'step-3' },
  parameters: story(
    'A cycle of your own with 8 stages, 4 role groups and 30 roles, given through the `data` property. ' +
      'The table scrolls inside its own box, up to 70% of the window high. The heading row and the role ' +
      'column stay in view while it scrolls. Some cells are empty and some are suggestions.',
  ),
};

export const Narrow: Story = {
  name: '320 px wide',
  args: { selected: 'stage-1' },
  render: (args) => inBox('320px', matrix(args)),
  parameters: story(
    'The matrix in a box 320 px wide, as on a small phone. Under 40rem of its own width the table ' +
      'becomes a list: 1 block for each role, with what it does at the hub and at each stage. The ' +
      'selected stage is highlighted in each block. It follows the width the matrix is given, not ' +
      'the width of the window.',
  ),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'stage-2' },
  render: (args) => html`<div style="background: #1d2429; padding: 1rem;">${inBox(WIDE, matrix(args))}</div>`,
  parameters: story(
    '`theme="dark"` on a dark page. Use `theme="auto"` to follow the reader’s system setting instead. ' +
      'A light page is never turned dark unless you ask.',
  ),
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { selected: 'stage-2' },
  parameters: story(
    'How the matrix looks when Windows contrast themes (forced colours) are on. Storybook cannot switch ' +
      'this mode on for you. To see it in Chrome or Edge, open DevTools, press Ctrl+Shift+P ' +
      '(Cmd+Shift+P on a Mac), run "Show Rendering", and set "Emulate CSS media feature forced-colors" ' +
      'to "active". The matrix then uses the system colours, and the selected column gets an edge in ' +
      'the highlight colour. In forced colours the accessibility checks here run against the normal ' +
      'colours, because the emulation is not part of the story.',
  ),
};

export const Welsh: Story = {
  args: { selected: 'stage-1' },
  render: (args) => html`<div lang="cy">${inBox(WIDE, matrix(args))}</div>`,
  parameters: story(
    'The matrix inside `lang="cy"`. The words of the interface are in Welsh, such as the caption, the ' +
      'filters, "Awgrym" for "Suggestion" and the download button. The content comes from the cycle, so ' +
      'it stays in English here: give a Welsh cycle through `src` or `data` for a fully Welsh matrix.',
  ),
};

export const PrintPreview: Story = {
  name: 'Print preview',
  args: { selected: 'stage-3' },
  parameters: story(
    'What prints: the whole table, without the filters, the count or the scroll box, in smaller text, ' +
      'and the credit line. The table is printed even when the matrix is narrow on screen. To preview ' +
      'it, open the story in its own tab and print (Ctrl+P, or Cmd+P on a Mac). Or, in Chrome or Edge, ' +
      'open DevTools, press Ctrl+Shift+P (Cmd+Shift+P on a Mac), run "Show Rendering", and set "Emulate ' +
      'CSS media type" to "print". A wide table fits better across the page. An element cannot set the ' +
      'page size from inside its shadow root, so add `@page { size: A4 landscape; }` to your own page’s CSS.',
  ),
};

export const NoRoles: Story = {
  name: 'No roles',
  args: { data: noRoles },
  parameters: story(
    'A cycle that does not list any roles yet. The matrix says so in words, instead of showing an empty ' +
      'table, and still shows the credit line.',
  ),
};

export const InvalidData: Story = {
  name: 'Invalid data',
  args: { data: invalidCycle },
  parameters: story(
    'A `data` object that is not a valid cycle: a role with a badly formed id and an unknown group, and a ' +
      'responsibility for a role and a stage that do not exist. The matrix does not break the page: it ' +
      'says what is wrong and where, lists the first problems, and logs all of them in the browser console.',
  ),
};

export const YourOwnRoles: Story = {
  name: 'Your own roles',
  // mergeCycle() checks the result. Should the additions ever be wrong, the matrix shows why.
  args: { data: withOwnRoles.ok ? withOwnRoles.cycle : withOwnRoles, group: 'our-organisation' },
  parameters: story(
    'The default cycle with a role group, a role and 2 responsibilities added with `mergeCycle()` from ' +
      '`@engagement-cycle/core`. `group="our-organisation"` shows only the new group. Clear the `group` ' +
      'control to see the new role after the others.',
  ),
};

const WHEEL_ID = 'who-does-what-story-wheel';

export const LinkedToWheel: Story = {
  name: 'Linked to a wheel',
  args: { selected: 'stage-2' },
  render: (args) => html`
    <div style="display: grid; gap: 1.5rem; width: ${WIDE}; max-width: 100%;">
      <div style="width: 24rem; max-width: 100%;">
        <ec-cycle-wheel
          id=${WHEEL_ID}
          selected=${ifDefined(args.selected || undefined)}
          theme=${ifDefined(args.theme)}
          @ec-stage-select=${logTo(args)}
        ></ec-cycle-wheel>
      </div>
      ${matrix({ ...args, selected: undefined }, WHEEL_ID)}
    </div>
  `,
  parameters: story(
    `A wheel with \`id="${WHEEL_ID}"\` and a matrix with \`for="${WHEEL_ID}"\` share one selection. ` +
      'Select a stage on the wheel and the matrix highlights its column. Press a column heading in the ' +
      'matrix and the wheel selects that stage. The `selected` control sets the wheel here. The matrix ' +
      'follows the wheel’s data too.',
  ),
};

export const Filtering: Story = {
  args: { selected: 'stage-2' },
  parameters: story(
    'Choose a role group to show only its roles, and tick "only roles with a part" to hide the roles ' +
      'with nothing to do at the selected stage. This story does both for you (its play function) and ' +
      'checks the rows that are left. The columns never change.',
  ),
  play: async ({ canvasElement, step }) => {
    const matrix = await settled(canvasElement.querySelector<HTMLElement>('ec-who-does-what'));
    const rows = () => [...matrix.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].length;
    const columns = () => matrix.shadowRoot!.querySelectorAll('thead th').length;
    const all = rows();
    const cols = columns();
    await step('A role group leaves only its roles', async () => {
      const select = part<HTMLSelectElement>(matrix, '.controls select');
      await userEvent.selectOptions(select, select.options[1]!.value);
      await waitFor(() => expect(rows()).toBeLessThan(all));
      await expect(rows()).toBeGreaterThan(0);
      await expect(columns()).toBe(cols);
    });
    await step('"All" brings every role back', async () => {
      await userEvent.selectOptions(part<HTMLSelectElement>(matrix, '.controls select'), '');
      await waitFor(() => expect(rows()).toBe(all));
    });
    await step('The active-only box hides roles with no part at stage 2', async () => {
      await userEvent.click(part(matrix, '.controls input[type="checkbox"]'));
      await waitFor(() => expect(rows()).toBeLessThan(all));
      const empty = matrix.shadowRoot!.querySelectorAll('tbody td.selected .none');
      await expect(empty.length).toBe(0);
    });
  },
};

export const CsvDownload: Story = {
  name: 'CSV download',
  parameters: story(
    'The download button saves what the table shows as a CSV file, named after the cycle. This ' +
      'story presses it (its play function), catches the file before the browser saves it, and checks ' +
      'its first line and that no cell can run as a spreadsheet formula.',
  ),
  play: async ({ canvasElement }) => {
    const matrix = await settled(canvasElement.querySelector<HTMLElement>('ec-who-does-what'));
    // Catch the file: the element clicks a link with a blob: address; keep the address alive.
    const caught: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      caught.push({ name: this.download, href: this.href });
    };
    URL.revokeObjectURL = () => {};
    try {
      await userEvent.click(part(matrix, '[part="download-button"]'));
      await waitFor(() => expect(caught).toHaveLength(1));
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    }
    const file = caught[0]!;
    await expect(file.name).toMatch(/-who-does-what\.csv$/);
    const text = await (await fetch(file.href)).text();
    revoke(file.href);
    await expect(text).toMatch(/^"?Role"?,/m);
    await expect(text.trim().split(/\r?\n/).length).toBeGreaterThan(5);
    await expect(text).not.toMatch(/(^|,)"?[=+@-]/m);
  },
};
