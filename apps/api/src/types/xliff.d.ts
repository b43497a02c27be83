// The parts of the `xliff` package (locize/xliff, MIT) the API uses; it ships no type declarations.
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: object): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<{
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<
      string,
      Record<string, { source?: unknown; target?: unknown; note?: unknown }>
    >;
  }>;
}
