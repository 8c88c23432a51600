type Group = { id: string };

/**
 * Panel groups for Zeebe features this engine does not run: execution and task listeners call
 * job workers at element or task events, and no worker of ours answers them. Offered, they
 * would be filled in and silently do nothing; the compiler refuses models that carry them.
 */
export const unsupportedGroups = ['Zeebe__ExecutionListeners', 'Zeebe__TaskListeners'];

/** Takes those groups out of the properties panel. */
export class UnsupportedGroupsFilter {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider: (priority: number, provider: UnsupportedGroupsFilter) => void }) {
    // Below the Zeebe provider's priority: its groups exist when this one runs.
    propertiesPanel.registerProvider(200, this);
  }

  getGroups() {
    return (groups: Group[]) => groups.filter((g) => !unsupportedGroups.includes(g.id));
  }
}
