/**
 * The structure of a cycle, written once. `parseCycle()` reads input with it and the JSON
 * Schema is generated from it; `test/types.test.ts` proves it matches the interfaces in
 * `types.ts`. Cross-references (unknown ids, duplicates) are checked in `references.ts`.
 */
import { array, integer, object, oneOf, record, string } from './shape.js';
import { SAFE_URL_PATTERN, unsafeUrlMessage, unsafeUrlParams } from './url.js';
import { HUB_ID } from './constants.js';

/** Length and count limits: generous for real content, small enough to keep a page fast. */
export const LIMITS = {
  id: 64,
  shortTitle: 32,
  title: 160,
  name: 120,
  text: 1000,
  item: 400,
  credit: 300,
  url: 2048,
  minStages: 3,
  maxStages: 24,
  listItems: 50,
  roles: 200,
  responsibilities: 5000,
} as const;

export { HUB_ID };

const ID_PATTERN = `^[a-z0-9][a-z0-9-]{0,${LIMITS.id - 1}}$`;
export const id = (description = 'An id: lower-case letters, digits and hyphens.') =>
  string({
    max: LIMITS.id,
    pattern: {
      source: ID_PATTERN,
      message: 'must be lower-case letters, digits and hyphens, starting with a letter or digit',
      rule: 'id',
    },
    description,
  });
const stageId = string({
  max: LIMITS.id,
  pattern: {
    source: ID_PATTERN,
    message: 'must be lower-case letters, digits and hyphens, starting with a letter or digit',
    rule: 'id',
  },
  reserved: { values: [HUB_ID], message: `"${HUB_ID}" is kept for the centre of the wheel` },
  description: 'A stage id, used in links and the selected attribute. "hub" is reserved.',
});
const ref = (what: string) => id(`The id of ${what}.`);
export const text = (max: number, description?: string) => string({ max, description });
/** A web address; `description` says what it points at (the docs' field reference shows it). */
const urlOf = (description: string) =>
  string({
    max: LIMITS.url,
    pattern: { source: SAFE_URL_PATTERN, message: unsafeUrlMessage, code: 'url', rule: unsafeUrlParams },
    description,
  });
export const url = urlOf('An http(s), mailto or relative URL.');
const items = (description?: string) => array(text(LIMITS.item), { max: LIMITS.listItems, description });
const sources = array(ref('a reference'), {
  max: LIMITS.listItems,
  description: 'Ids of the references the content rests on.',
});
const basis = oneOf(['source', 'suggested'] as const, 'Published in a source, or suggested by this project.');

const link = object({ label: text(LIMITS.title), href: url });
const caseStudy = object(
  { title: text(LIMITS.title) },
  { summary: text(LIMITS.text), organisation: text(LIMITS.name), href: url },
);
const contact = object(
  { name: text(LIMITS.name) },
  {
    role: text(LIMITS.name),
    email: string({
      max: 254,
      pattern: {
        source: '^[^\\s@]+@[^\\s@]+$',
        message: 'must be an email address such as name@example.org',
        rule: 'email',
      },
    }),
    phone: string({
      max: 40,
      pattern: {
        source: '^[0-9+() .-]+$',
        message: 'must be a phone number: digits, spaces and + ( ) . -',
        rule: 'phone',
      },
    }),
    href: url,
  },
);
const localContent = {
  links: array(link, {
    max: LIMITS.listItems,
    description: 'Your own links: each with a label and an href.',
  }),
  caseStudies: array(caseStudy, {
    max: LIMITS.listItems,
    description: 'Your own case studies: each with a title, and optional summary, organisation and href.',
  }),
  contacts: array(contact, {
    max: LIMITS.listItems,
    description: 'Who to contact: each with a name, and optional role, email, phone and href.',
  }),
};

const notes = items('Notes on the content, such as gaps in the sources or dated facts.');
const version = id('The id of the entry in versions that this content follows.');

const consideration = object(
  {
    title: text(LIMITS.title),
    points: array(text(LIMITS.item), { min: 1, max: LIMITS.listItems }),
    basis,
  },
  {
    titleBasis: oneOf(
      ['source', 'suggested'] as const,
      'Whether the heading itself is published, when that differs from the points.',
    ),
  },
);

const hub = object(
  {
    title: text(LIMITS.title, 'The full title of the hub.'),
    shortTitle: text(LIMITS.shortTitle, 'A label short enough for the centre of the wheel.'),
    purpose: text(LIMITS.text, 'What the hub is for.'),
    elements: array(
      object({ id: id(), title: text(LIMITS.title), basis }, { text: text(LIMITS.text), notes }),
      {
        max: LIMITS.listItems,
        description:
          'The key elements of the hub: each with an id, a title and a basis, and optional text and notes.',
      },
    ),
  },
  { sources, notes, version, ...localContent },
  'The centre of the wheel: what makes the whole cycle work.',
);

const stage = object(
  {
    id: stageId,
    number: integer({
      min: 1,
      max: LIMITS.maxStages,
      description: 'The stage’s place in the cycle, from 1.',
    }),
    title: text(LIMITS.title, 'The full title of the stage.'),
    shortTitle: text(LIMITS.shortTitle, 'A label short enough for a segment of the wheel.'),
    engages: text(LIMITS.text, 'Who is engaged at this stage, in words.'),
    purpose: text(LIMITS.text, 'What engagement at this stage is for.'),
    considerations: array(consideration, {
      max: LIMITS.listItems,
      description:
        'Things to think about: groups, each with a title, a list of points (at least 1) and a basis.',
    }),
    benefits: items('The benefits of engaging people at this stage. The list can be empty.'),
    methods: items('Ways to engage people at this stage. The list can be empty.'),
  },
  { sources, notes, version, ...localContent },
);

const segment = object({
  id: id(),
  title: text(LIMITS.title),
  stages: array(ref('a stage'), { min: 1, max: LIMITS.maxStages }),
  basis,
});

const roleGroup = object({ id: id(), name: text(LIMITS.name) });
const reference = object({ id: id(), title: text(LIMITS.title) }, { url });

const role = object(
  { id: id(), name: text(LIMITS.name) },
  {
    group: ref('a role group'),
    description: text(LIMITS.text, 'What the role is, in one plain sentence.'),
    basis: oneOf(['source', 'suggested'] as const, 'Leave out for roles a source names.'),
  },
);

const responsibility = object(
  {
    role: ref('a role'),
    stage: id('The id of a stage, or "hub".'),
    text: text(LIMITS.text),
    basis,
  },
  { sources },
);

const framework = object(
  {
    title: text(LIMITS.title),
    levels: array(object({ id: id(), name: text(LIMITS.name), description: text(LIMITS.text) }), {
      min: 1,
      max: 10,
    }),
    kinds: array(object({ id: id(), name: text(LIMITS.name) }), { min: 1, max: 10 }),
    cells: array(object({ level: ref('a level'), kind: ref('a kind'), text: text(LIMITS.text) }), {
      max: 100,
    }),
  },
  { outcome: text(LIMITS.text), sources },
  'A grid of levels and kinds of engagement, with the text for each cell.',
);

const source = object(
  {
    name: text(LIMITS.name, 'The name of the model.'),
    author: text(LIMITS.name, 'Who made the model.'),
    licence: object(
      { name: text(LIMITS.name) },
      { url },
      'The licence of the content: a name, and an optional url.',
    ),
    credit: text(LIMITS.credit, 'The credit line shown with the content.'),
  },
  { url: urlOf('Where to find out more about the model.') },
  'Where the content comes from, its licence and the credit line to show.',
);

export const cycleShape = object(
  {
    schemaVersion: oneOf([1] as const, 'Version of the data format.'),
    title: text(LIMITS.title, 'The name of the cycle.'),
    source,
    hub,
    stages: array(stage, {
      min: LIMITS.minStages,
      max: LIMITS.maxStages,
      description: 'The stages, in the order they go round the wheel.',
    }),
  },
  {
    $schema: string({
      max: LIMITS.url,
      description: 'The address of the JSON Schema, so your editor can check the file as you type.',
    }),
    summary: text(LIMITS.text, 'A sentence or two about the cycle.'),
    lang: string({
      max: 35,
      description: 'The language of the content, as a language tag such as en-GB or cy.',
      pattern: {
        source: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$',
        message: 'must be a language tag such as en-GB or cy',
        rule: 'lang',
      },
    }),
    segments: array(segment, {
      max: LIMITS.maxStages,
      description:
        'The outer ring: steps of the commissioning cycle, each spanning stages that follow one another.',
    }),
    roleGroups: array(roleGroup, {
      max: LIMITS.listItems,
      description: 'Groups of roles, used to filter the who-does-what table.',
    }),
    roles: array(role, {
      max: LIMITS.roles,
      description: 'The people and bodies with a part to play, such as a board or a team.',
    }),
    responsibilities: array(responsibility, {
      max: LIMITS.responsibilities,
      description: 'What each role does at each stage or at the hub: 1 for each role at each stage.',
    }),
    framework,
    reasons: array(object({ id: id(), title: text(LIMITS.title), text: text(LIMITS.text) }, { notes }), {
      max: LIMITS.listItems,
      description: 'Reasons to engage people.',
    }),
    purposes: array(object({ id: id(), text: text(LIMITS.text) }), {
      max: LIMITS.listItems,
      description: 'What the model is for.',
    }),
    principles: array(
      object(
        { id: id(), title: text(LIMITS.title), text: text(LIMITS.text) },
        { credit: text(LIMITS.credit, 'Who developed it.'), sources },
      ),
      { max: LIMITS.listItems, description: 'Beliefs the model rests on.' },
    ),
    versions: array(
      object(
        { id: id(), title: text(LIMITS.title), text: text(LIMITS.text) },
        { period: text(LIMITS.name, 'When it was made, in words.'), sources },
      ),
      { max: LIMITS.listItems, description: 'Published versions of the model.' },
    ),
    glossary: array(
      object(
        { id: id(), term: text(LIMITS.name), definition: text(LIMITS.text) },
        {
          matches: array(text(LIMITS.name), {
            max: 10,
            description: 'Other ways the content writes the term.',
          }),
        },
      ),
      { max: 200, description: 'Terms the content uses, explained in plain English.' },
    ),
    references: array(reference, {
      max: 100,
      description: 'The published pages or documents the content rests on; sources lists point at their ids.',
    }),
  },
  'An engagement cycle: hub, stages, commissioning segments, roles and who does what.',
);

/**
 * What an organisation may add to a cycle with `mergeCycle()`: its own roles, who does what,
 * references, and links, case studies and contacts for the hub and for stages (keyed by id).
 */
export const additionsShape = object(
  {},
  {
    roleGroups: array(roleGroup, { max: LIMITS.listItems }),
    roles: array(role, { max: LIMITS.roles }),
    responsibilities: array(responsibility, { max: LIMITS.responsibilities }),
    references: array(reference, { max: 100 }),
    hub: object({}, localContent),
    stages: record(stageId, object({}, localContent), { max: LIMITS.maxStages }),
  },
  'Content an organisation adds to a cycle without copying it.',
);
