// ECharts for Node (command line, tests): the package's CommonJS build, every chart type registered.
// The pane's bundle swaps this module for echarts-lib.browser.ts (webpack.config.js).
export { init } from "echarts";
export type { EChartsOption } from "echarts";
