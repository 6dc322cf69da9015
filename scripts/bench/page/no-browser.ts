/** Stands in for `wxt/browser` in the bench bundle: the measured code never calls extension APIs. */
export const browser = {} as never;
