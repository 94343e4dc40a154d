/**
 * The default colours of the wheel: the NHS.UK palette. The element exposes each as a
 * `--ec-*` custom property with these values as fallbacks; the static SVG writes them as
 * presentation attributes. Pairs are chosen for contrast: white text on the blues and grey is
 * at least 4.5:1, and each fill is at least 3:1 against the white gaps between segments.
 */
export const WHEEL_COLOURS = {
  stageFill: '#005eb8',
  stageText: '#ffffff',
  selectedFill: '#003087',
  selectedText: '#ffffff',
  selectedOutline: '#212b32',
  hubFill: '#ffffff',
  hubStroke: '#005eb8',
  hubText: '#212b32',
  segmentFill: '#425563',
  segmentText: '#ffffff',
  background: '#ffffff',
  text: '#212b32',
  /** Links in the credit band: NHS link blue, 7:1 on white, and underlined (never colour alone). */
  link: '#005eb8',
  focus: '#ffeb3b',
  focusText: '#212b32',
} as const;

export const WHEEL_FONT = "Frutiger W01, Arial, 'Helvetica Neue', Helvetica, sans-serif";
