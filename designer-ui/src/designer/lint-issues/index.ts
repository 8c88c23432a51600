/** The event the lint button fires instead of hiding the markers: the designer lists the issues. */
export const showLintIssuesEvent = 'crm.lintIssues.show';

interface Linting {
  toggle(active?: boolean): boolean;
}

/**
 * bpmn-js-bpmnlint's button toggles its markers off: a new user who clicks "2 Errors" to read
 * them saw them vanish. The button now asks for the list; markers stay on.
 */
class LintButtonOpensList {
  static $inject = ['linting', 'eventBus'];

  constructor(linting: Linting, eventBus: { fire(e: string): void }) {
    const toggle = linting.toggle.bind(linting);
    linting.toggle = (active?: boolean) => {
      if (active !== undefined) return toggle(active);
      eventBus.fire(showLintIssuesEvent);
      return true;
    };
  }
}

export default {
  __init__: ['lintButtonOpensList'],
  lintButtonOpensList: ['type', LintButtonOpensList],
};
