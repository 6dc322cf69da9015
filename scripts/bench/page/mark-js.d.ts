/** The slice of mark.js's API the bench uses (the package ships no types). */
declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element);
    mark(
      keywords: string[],
      options: { separateWordSearch: boolean; accuracy: string; done?: (count: number) => void },
    ): void;
  }
}
