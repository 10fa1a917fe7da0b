/** Types for the parts of the "xliff" package (locize/xliff) that the author CLI uses. */
declare module 'xliff' {
  /** One translation unit: its source, its target when translated, and notes for the translator. */
  export interface XliffUnit {
    source?: string;
    target?: string;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  /** A document: units by file id (namespace), then by unit id. */
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export interface XliffOptions {
    indent?: string;
    /** For js2xliff: "2.0" (default), "2.1" or "2.2". */
    targetXliffVersion?: string;
  }
  const xliff: {
    js2xliff(doc: XliffDocument, options?: XliffOptions): Promise<string>;
    jsToXliff12(doc: XliffDocument, options?: XliffOptions): Promise<string>;
    xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffDocument>;
    xliff12ToJs(xml: string, options?: Record<string, unknown>): Promise<XliffDocument>;
  };
  export default xliff;
}
