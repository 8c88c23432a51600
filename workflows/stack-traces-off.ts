/**
 * Loaded once into the worker's workflow sandbox (`preloadModules`, worker/create-worker.ts),
 * before the SDK freezes the sandbox's globals: errors made inside workflows capture no stack
 * frames. The SDK captures a stack for every promise a workflow creates (for its stack-trace
 * query) and maps each frame through the bundle's source map: about a quarter of the stack's
 * CPU per short instance. Lost with it: stack frames in workflow-task failures and in the
 * Temporal Web UI's "Stack Trace" tab; `WORKFLOW_STACK_TRACES=true` keeps them. Nothing the
 * engine does reads a stack, and replay does not compare them.
 */
Error.stackTraceLimit = 0;

export {};
