import { useEffect } from 'react';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { useChart } from './use-chart';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** The world's borders (Natural Earth via world-atlas), each country named by its ISO alpha-2 code. */
function registerWorld(): void {
  if (echarts.getMap('world')) return;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  for (const f of countries.features) {
    const alpha2 = f.id === undefined ? undefined : countryCodes.numericToAlpha2(String(f.id));
    f.properties = { name: alpha2 ?? `#${f.id}` };
  }
  echarts.registerMap('world', countries as never);
}

export interface CountryFigure {
  value: string;
  label: string;
  actions: number;
}

/** A world map coloured by Actions per country (regional organisations are in the table beside it). */
export default function WorldMap({ countries, label, actionsLabel }: { countries: CountryFigure[]; label: string; actionsLabel: string }) {
  const { element, chart } = useChart();
  useEffect(() => {
    registerWorld();
    const byCode = new Map(countries.map((c) => [c.value, c]));
    const max = Math.max(1, ...countries.map((c) => c.actions));
    chart.current?.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p: { name: string }) => {
            const c = byCode.get(p.name);
            return c ? `${c.label}: ${c.actions} ${actionsLabel}` : '';
          },
        },
        visualMap: { min: 0, max, left: 'left', bottom: 0, calculable: false, inRange: { color: ['#d6e6f5', '#0b4f8a'] }, text: [String(max), '0'] },
        series: [
          {
            type: 'map',
            map: 'world',
            roam: false,
            emphasis: { label: { show: false } },
            itemStyle: { areaColor: '#eeeeee', borderColor: '#999999', borderWidth: 0.5 },
            data: countries.map((c) => ({ name: c.value, value: c.actions })),
          },
        ],
      },
      { replaceMerge: ['series'] },
    );
  }, [countries, actionsLabel]);

  return <div ref={element} className="world-map" role="img" aria-label={label} />;
}
