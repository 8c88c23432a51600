declare module 'bpmn-moddle' {
  /** bpmn-moddle ships no usable types; the compiler reads its elements dynamically. */
  export interface Moddle {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fromXML(xml: string, type?: string): Promise<{ rootElement: any; warnings: { message: string }[] }>;
  }
  export function BpmnModdle(packages?: Record<string, unknown>): Moddle;
}
