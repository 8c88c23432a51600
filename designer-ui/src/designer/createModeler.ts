import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
// The server parses models with this very schema: one definition of the crm: attributes.
import crmModdle from '../../../domain/processes/model/crm-moddle.json';
import crmPropertiesModule from './crm-properties';
import taskFormModule from './task-form';
import engineSubsetModule from './engine-subset';
import lintIssuesModule from './lint-issues';
import i18n from 'i18next';
import { localizedTemplates } from './element-templates';
import { lintingModule, lintingConfig } from './linting';
import translateModule from './translate';
import './styles';

const moddleExtensions = { zeebe: zeebeModdle, crm: crmModdle };

/** The editing designer: canvas, Zeebe properties panel, our connector templates and the CRM group. */
export function createModeler(canvas: HTMLElement, panel: HTMLElement): Modeler {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      ZeebeBehaviorsModule,
      crmPropertiesModule,
      taskFormModule,
      engineSubsetModule,
      lintingModule,
      lintIssuesModule,
      translateModule,
    ],
    moddleExtensions,
    elementTemplates: localizedTemplates(i18n.t),
    linting: lintingConfig,
  });
}

/** Looks at a deployed version: pan and zoom, no editing. */
export function createViewer(canvas: HTMLElement): NavigatedViewer {
  return new NavigatedViewer({ container: canvas, moddleExtensions });
}
