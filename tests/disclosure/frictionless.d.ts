/** The parts of the Frictionless JS libraries (no published types) the data package tests use. */
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly tabular: boolean;
    readonly headers: readonly string[];
    read(options?: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, basePath?: string, strict?: boolean): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
    readonly resourceNames: readonly string[];
    getResource(name: string): Resource | null;
    readonly descriptor: Record<string, unknown>;
  }
  export function validate(descriptor: string | object): Promise<true | Error[]>;
}

declare module 'tableschema' {
  export class Schema {
    static load(descriptor: string | object, options?: { strict?: boolean }): Promise<Schema>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly fieldNames: readonly string[];
  }
  export class Table {
    static load(source: string | unknown[][], options?: { schema?: object | Schema; headers?: number | string[] }): Promise<Table>;
    readonly headers: readonly string[];
    read(options?: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
}
