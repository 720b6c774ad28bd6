/** ECharts, loaded only by pages that draw charts (a separate chunk, not in the first page's JS). */
export async function loadECharts() {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([
    charts.RadarChart,
    charts.HeatmapChart,
    charts.BarChart,
    charts.LineChart,
    charts.ScatterChart,
    charts.PieChart,
    components.CalendarComponent,
    components.VisualMapComponent,
    components.TooltipComponent,
    components.GridComponent,
    components.RadarComponent,
    components.LegendComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}
