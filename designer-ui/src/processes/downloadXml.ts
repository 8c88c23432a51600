/** Saves the model as `<key>.bpmn` (for Camunda Modeler, review, or version control). */
export function downloadXml(xml: string, key: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${key || 'process'}.bpmn`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
