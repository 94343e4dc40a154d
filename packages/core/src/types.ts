/**
 * The Engagement Cycle as data.
 *
 * These interfaces are the reading of a cycle that the rest of the project relies on. The
 * validator in `shape.ts` checks the same structure at run time and generates the JSON Schema;
 * a type-level test proves the two agree, so a field added here and not there fails the build.
 */

/** Whether an item rests on a published source, or is this project's suggestion. */
export type Basis = 'source' | 'suggested';

/** The id of a stage, or `hub` for the centre of the wheel. */
export type StageRef = string;

/** A link an organisation adds: to a policy, a form, a local page. */
export interface Link {
  /** The visible text of the link. */
  label: string;
  /** An http(s), mailto or relative URL. Other schemes (such as `javascript:`) are refused. */
  href: string;
}

/** A local example of engagement at a stage. */
export interface CaseStudy {
  title: string;
  summary?: string;
  organisation?: string;
  href?: string;
}

/** Someone to ask about engagement at a stage. */
export interface Contact {
  name: string;
  /** Their job or team, in words. */
  role?: string;
  email?: string;
  phone?: string;
  href?: string;
}

/** Material an organisation can add to a stage or to the hub without copying the dataset. */
export interface LocalContent {
  links?: Link[];
  caseStudies?: CaseStudy[];
  contacts?: Contact[];
}

/** A published page or document that the dataset's wording is based on. */
export interface Reference {
  /** Short id used by `sources` fields, e.g. `s6`. */
  id: string;
  title: string;
  url?: string;
}

/** A group of points under one heading ("things to think about"). */
export interface Consideration {
  title: string;
  points: string[];
  basis: Basis;
  /**
   * Whether the heading itself is published. Leave it out when the heading has the same basis
   * as the points; set it to `suggested` when the points are published but the grouping under
   * this heading is this project's.
   */
  titleBasis?: Basis;
}

/** The centre of the wheel: what makes the whole cycle work. */
export interface Hub extends LocalContent {
  /** The hub's title, e.g. "Engagement strategy, culture and systems". */
  title: string;
  /** A short label that fits inside the wheel's centre. */
  shortTitle: string;
  /** What the hub is for, in a sentence or two. */
  purpose: string;
  /** The hub's key elements. */
  elements: HubElement[];
  /** Ids of the references this content rests on. */
  sources?: string[];
  /** Notes on the content, e.g. that the sources list more key elements than are shown. */
  notes?: string[];
  /** Id of the version of the model this content follows (see `Cycle.versions`). */
  version?: string;
}

export interface HubElement {
  id: string;
  title: string;
  text?: string;
  basis: Basis;
  /** Notes on the element, e.g. a published title kept as it is although it looks like a slip. */
  notes?: string[];
}

/** One of the stages at which people are engaged. */
export interface Stage extends LocalContent {
  /** Stable id used in links, events and the `selected` attribute, e.g. `stage-2`. */
  id: string;
  /** Position in the cycle, 1 for the first stage; must match the stage's place in the list. */
  number: number;
  /** The full title. */
  title: string;
  /** A short label that fits on a segment of the wheel. */
  shortTitle: string;
  /** Who is engaged at this stage, in words (never only a colour). */
  engages: string;
  /** What engagement at this stage is for. */
  purpose: string;
  /** Groups of things to think about. */
  considerations: Consideration[];
  benefits: string[];
  methods: string[];
  /** Ids of the references this content rests on. */
  sources?: string[];
  /** Notes on the content, e.g. where the sources disagree or run out. */
  notes?: string[];
  /** Id of the version of the model this content follows (see `Cycle.versions`). */
  version?: string;
}

/** A segment of the outer ring: a step of the commissioning cycle spanning some stages. */
export interface Segment {
  id: string;
  title: string;
  /** Ids of the stages it spans: next to each other in the cycle's order. */
  stages: string[];
  /** Whether the mapping of stages to this segment is published or suggested. */
  basis: Basis;
}

export interface RoleGroup {
  id: string;
  name: string;
}

/** Someone with a part in engagement: a board, a job, a partner, the public. */
export interface Role {
  id: string;
  name: string;
  /** Id of the role's group (for filters). */
  group?: string;
  /** What the role is, in one plain sentence. */
  description?: string;
  /**
   * Whether a source names this role. Leave it out for roles the sources name; `suggested`
   * marks a role this project added.
   */
  basis?: Basis;
}

/** What one role does at one stage (or at the hub). */
export interface Responsibility {
  role: string;
  /** A stage id or `hub`. */
  stage: StageRef;
  text: string;
  basis: Basis;
  sources?: string[];
}

/** A level of engagement in the PPE framework: individual or collective. */
export interface FrameworkLevel {
  id: string;
  name: string;
  description: string;
}

/** A kind of engagement in the PPE framework: information, feedback, influence. */
export interface FrameworkKind {
  id: string;
  name: string;
}

export interface FrameworkCell {
  level: string;
  kind: string;
  text: string;
}

/** The patient and public engagement framework: levels x kinds of engagement. */
export interface Framework {
  title: string;
  levels: FrameworkLevel[];
  kinds: FrameworkKind[];
  cells: FrameworkCell[];
  /** What the grid leads to. */
  outcome?: string;
  sources?: string[];
}

/** A reason to engage people (moral, business, legal ...). */
export interface Reason {
  id: string;
  title: string;
  text: string;
  /** Notes on the reason, e.g. a dated note where the law has changed since the source. */
  notes?: string[];
}

/** Something the model is for, e.g. setting out who does what. */
export interface Purpose {
  id: string;
  text: string;
}

/** A belief the model rests on, with who developed it. */
export interface Principle {
  id: string;
  title: string;
  text: string;
  /** Who developed it, in words. */
  credit?: string;
  sources?: string[];
}

/** A published version of the model. Stages and the hub name the version they follow. */
export interface Version {
  id: string;
  title: string;
  /** When it was made, in words, e.g. "2008 to 2009". */
  period?: string;
  text: string;
  sources?: string[];
}

/** A word or phrase the content uses, explained in plain English. */
export interface GlossaryTerm {
  id: string;
  /** The term as a reader sees it first, e.g. "Service level agreement (SLA)". */
  term: string;
  definition: string;
  /**
   * Other ways the text writes the term, e.g. `["SLA", "service level agreements"]`. The
   * term itself (without a bracketed short form) is always looked for.
   */
  matches?: string[];
}

/** Where the content comes from, whose it is and under what licence. */
export interface Source {
  /** The name of the model, e.g. "The Engagement Cycle". */
  name: string;
  /** Who made the model. */
  author: string;
  url?: string;
  licence: {
    name: string;
    url?: string;
  };
  /** The credit line every element shows with this content. */
  credit: string;
}

/** A whole engagement cycle: the default one or an organisation's own. */
export interface Cycle {
  /** Optional address of the JSON Schema, for editors that check JSON as you type. */
  $schema?: string;
  /** Version of this data format. */
  schemaVersion: 1;
  title: string;
  summary?: string;
  /** Language of the content, as a BCP 47 tag (e.g. `en-GB`, `cy`). */
  lang?: string;
  source: Source;
  hub: Hub;
  /** Between 3 and 24 stages, in the order they go round the wheel. */
  stages: Stage[];
  segments?: Segment[];
  roleGroups?: RoleGroup[];
  roles?: Role[];
  responsibilities?: Responsibility[];
  framework?: Framework;
  reasons?: Reason[];
  /** What the model is for. */
  purposes?: Purpose[];
  /** Beliefs the model rests on. */
  principles?: Principle[];
  /** The published versions of the model, and which parts of this cycle follow which. */
  versions?: Version[];
  /** Terms the content uses, explained. The guide and the matrix show those they use. */
  glossary?: GlossaryTerm[];
  references?: Reference[];
}

/**
 * What an organisation adds to a cycle with `mergeCycle()`, without copying the cycle: its own
 * roles and who does what, references, and links, case studies and contacts for the hub and for
 * stages (keyed by stage id). Added items go after the cycle's own.
 */
export interface CycleAdditions {
  roleGroups?: RoleGroup[];
  roles?: Role[];
  responsibilities?: Responsibility[];
  references?: Reference[];
  hub?: LocalContent;
  stages?: Record<string, LocalContent>;
}

/** One problem found in a cycle: where it is and what is wrong. */
export interface CycleError {
  /** A JSON path such as `stages[2].title`, or `` for the whole value. */
  path: string;
  /** A short code for the kind of problem, for translation and tests. */
  code: CycleErrorCode;
  /** What is wrong, in plain English. */
  message: string;
  /**
   * The values `message` was made from (a limit, a count, the kind of value found), so an
   * interface can word the problem in its own language from `code` and these.
   */
  params?: MessageParams;
}

/** The values a message is made from, e.g. `{ max: 200, length: 240 }`. */
export type MessageParams = Readonly<Record<string, string | number>>;

export type CycleErrorCode =
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'empty'
  | 'too-long'
  | 'count'
  | 'value'
  | 'url'
  | 'duplicate'
  | 'reference'
  | 'order';

export type ParseResult =
  | { ok: true; cycle: Cycle }
  /** `errors` lists the first 100 problems; `more` counts any found beyond them. */
  | { ok: false; errors: CycleError[]; more?: number };
