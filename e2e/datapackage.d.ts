// The Frictionless reference library ships no types; these are the parts the tests use.
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
    tabular: boolean;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
