// Node 20 runs WebAssembly, but neither @types/node 20 nor the ES lib declare it (only lib.dom
// does). These are the few members the schema-engine loader uses.
declare namespace WebAssembly {
  /** Opaque: only ever handed back to Instance. */
  type Module = object;
  const Module: new (bytes: BufferSource) => Module;
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  const Instance: new (module: Module, imports?: Record<string, unknown>) => Instance;
}
