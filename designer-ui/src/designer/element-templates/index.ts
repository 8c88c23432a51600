import type { TFunction } from 'i18next';
import document from './document.json';
import http from './http.json';
import mail from './mail.json';
import notify from './notify.json';
import updateRecord from './update-record.json';

/**
 * Element templates of our connectors (Camunda 8 / Zeebe format): a process owner picks
 * "Send e-mail" and fills in a form; the template writes the task type and headers.
 */
export const elementTemplates = [notify, mail, document, updateRecord, http];

export type ElementTemplate = (typeof elementTemplates)[number];

interface Texts {
  label?: string;
  description?: string;
  choices?: { name: string; value: string }[];
}

/** The templates with their names, groups, labels and choices in the user's language. */
export function localizedTemplates(t: TFunction): ElementTemplate[] {
  return elementTemplates.map((template) => {
    const short = template.id.replace('crm.', '');
    const text = (path: string, english: string) => t(`designer.templateFields.${short}.${path}`, { defaultValue: english });
    return {
      ...template,
      name: t(`designer.templates.${short}.name`, { defaultValue: template.name }),
      description: t(`designer.templates.${short}.description`, { defaultValue: template.description }),
      groups: template.groups.map((g) => ({ ...g, label: text(`groups.${g.id}`, g.label) })),
      properties: template.properties.map((p) => {
        const id = 'id' in p ? p.id : undefined;
        if (!id) return p;
        const source = p as Texts;
        return {
          ...p,
          ...(source.label ? { label: text(`${id}.label`, source.label) } : {}),
          ...(source.description ? { description: text(`${id}.description`, source.description) } : {}),
          ...(source.choices ? { choices: source.choices.map((c) => ({ ...c, name: text(`${id}.choices.${c.value}`, c.name) })) } : {}),
        };
      }),
    } as ElementTemplate;
  });
}
