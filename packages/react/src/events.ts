import type { EventName } from '@lit/react';
import type { StageSelectDetail } from '@engagement-cycle/elements';

/**
 * The events every wrapper maps to a React prop. React 19 passes `on<name>` props of a custom
 * element through as listeners only in the element's own spelling (`onec-stage-select`); the
 * wrappers give the camel-case prop React users expect, typed with the event's `detail`.
 */
export const events = {
  onStageSelect: 'ec-stage-select' as EventName<CustomEvent<StageSelectDetail>>,
};
