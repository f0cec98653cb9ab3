import { useEffect, useRef, type RefObject } from 'react';
import * as echarts from 'echarts/core';

/** An ECharts chart (SVG) on an element, resized with the window and disposed with the component. */
export function useChart(): { element: RefObject<HTMLDivElement | null>; chart: RefObject<echarts.ECharts | null> } {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(element.current, undefined, { renderer: 'svg' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
    };
  }, []);
  return { element, chart };
}
