// The story tests (vitest.config.ts) use the same settings as the docs site: the a11y addon's
// check, and this project's preview (manifest, lang, a11y.test: 'error').
import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from './preview';

setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
