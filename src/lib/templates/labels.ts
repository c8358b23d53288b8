import type { Template } from '../../schemas/templates.ts';

/** How a template's status reads on its page and in the listing. */
export const TEMPLATE_STATUS_LABELS: Record<Template['status'], string> = {
  proposed: 'Proposed: written from public sources, not yet used in a procedure',
  tested: 'Tested: used in at least one joint procurement',
};
