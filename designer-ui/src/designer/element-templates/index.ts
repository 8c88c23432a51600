import document from './document.json';
import http from './http.json';
import mail from './mail.json';
import notify from './notify.json';

/**
 * Element templates of our connectors (Camunda 8 / Zeebe format): a process owner picks
 * "Send e-mail" and fills in a form; the template writes the task type and headers.
 */
export const elementTemplates = [notify, mail, document, http];
