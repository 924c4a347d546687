// d3-org-chart ships no types; the page uses its fluent API through `any`.
declare module 'd3-org-chart' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const OrgChart: new () => any;
}
