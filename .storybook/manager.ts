// The manager (the frame round the pages): the project's theme and name in the browser tab.
import { addons } from 'storybook/manager-api';
import { theme } from './theme';

addons.setConfig({ theme });
