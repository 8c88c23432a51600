export { compileProcess, type CompileResult } from './compile.ts';
export type * from './graph.ts';
