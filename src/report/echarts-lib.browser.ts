// ECharts for the pane's on-demand chunk: only what the report's two charts use (bars, grid, legend, SVG
// renderer), a third of the full package. Same exports as echarts-lib.ts.
import { init, use } from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export { init };
export type { EChartsOption } from "echarts";
