// The docs site's own look, for Storybook's manager (sidebar, toolbar, panels) and its docs
// pages: the project's name and logo, NHS colours (NHS blue #005eb8, dark text #212b32,
// secondary text #4c6272 on white and pale grey #f0f4f5, each at least 4.5:1).
import { create } from 'storybook/theming';

export const NHS = {
  blue: '#005eb8',
  darkBlue: '#003087',
  text: '#212b32',
  secondary: '#4c6272',
  border: '#aeb7bd',
  paleGrey: '#f0f4f5',
  white: '#ffffff',
} as const;

export const theme = create({
  base: 'light',
  brandTitle: 'engagement-cycle: The Engagement Cycle on any website',
  brandUrl: './?path=/docs/introduction--docs',
  brandImage: './logo.svg',
  brandTarget: '_self',

  colorPrimary: NHS.blue,
  colorSecondary: NHS.blue,

  appBg: NHS.paleGrey,
  appContentBg: NHS.white,
  appHoverBg: '#e8edee',
  appPreviewBg: NHS.white,
  appBorderColor: '#d8dde0',
  appBorderRadius: 4,

  fontBase: 'Arial, "Helvetica Neue", Helvetica, sans-serif',
  fontCode: 'ui-monospace, Menlo, Consolas, monospace',

  textColor: NHS.text,
  textInverseColor: NHS.white,
  textMutedColor: NHS.secondary,

  barTextColor: NHS.secondary,
  barHoverColor: NHS.darkBlue,
  barSelectedColor: NHS.blue,
  barBg: NHS.white,

  buttonBg: NHS.white,
  buttonBorder: NHS.border,
  booleanBg: NHS.paleGrey,
  booleanSelectedBg: NHS.white,
  inputBg: NHS.white,
  inputBorder: NHS.border,
  inputTextColor: NHS.text,
  inputBorderRadius: 4,
});
