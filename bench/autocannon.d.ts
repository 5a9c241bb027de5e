// The parts of autocannon's programmatic API the benchmarks use (the package ships no types;
// it is a CommonJS module, hence `export =`).
declare module 'autocannon' {
  interface AutocannonOptions {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    /** Seconds before a request counts as an error (default 10). */
    timeout?: number;
    headers?: Record<string, string>;
    /** Milliseconds between throughput samples (default 1000); a run with `amount` ends at the first sample after its last response. */
    sampleInt?: number;
  }
  interface AutocannonResult {
    non2xx: number;
    errors: number;
  }
  interface AutocannonInstance extends PromiseLike<AutocannonResult> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }
  function autocannon(options: AutocannonOptions): AutocannonInstance;
  export = autocannon;
}
