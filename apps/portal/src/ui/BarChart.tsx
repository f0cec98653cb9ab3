import { useEffect } from 'react';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useChart } from './use-chart';

echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

/**
 * Bars by category (years, regions, areas…), one colour per series. The chart is a picture for the eye:
 * its figures are in the table the page puts beside it, which is what a screen reader reads.
 */
export default function BarChart({
  categories,
  series,
  label,
  horizontal = false,
}: {
  categories: string[];
  series: BarSeries[];
  label: string;
  horizontal?: boolean;
}) {
  const { element, chart } = useChart();

  useEffect(() => {
    const categoryAxis = { type: 'category' as const, data: categories, axisLabel: { interval: 0, width: 110, overflow: 'truncate' as const } };
    const valueAxis = { type: 'value' as const };
    chart.current?.setOption(
      {
        color: ['#0b4f8a', '#d17a00', '#1e6b2f'],
        tooltip: { trigger: 'axis' },
        legend: { show: series.length > 1, top: 0 },
        grid: { left: horizontal ? 120 : 48, right: 16, top: series.length > 1 ? 32 : 12, bottom: 32, containLabel: false },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
      },
      { notMerge: true },
    );
  }, [categories, series, horizontal]);

  return <div ref={element} className={horizontal ? 'bar-chart horizontal' : 'bar-chart'} role="img" aria-label={label} />;
}
