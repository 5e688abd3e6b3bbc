import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  CanvasRenderer]);

// Colours told apart by people with the common colour-vision deficiencies, dark enough on white.
export const PARTNER_COLOUR = '#1f5f9e';
export const ITU_COLOUR = '#c05600';
export const LINE_COLOUR = '#2d6a4f';

const TEXT = { color: '#1b1b1b', fontSize: 14 };

/**
 * Draws a chart into a [data-chart] element, again in place when the data change. The element carries
 * data-rendered="true" once ECharts has finished drawing, and a text description for screen readers (the same
 * figures are in the table beside it).
 */
export function draw(element, option, description) {
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, null, { renderer: 'canvas' });
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', description);
  chart.off('finished');
  chart.on('finished', () => element.setAttribute('data-rendered', 'true'));
  chart.setOption({ aria: { enabled: true }, textStyle: TEXT, animation: false, ...option }, true);
}

export function resizeAll() {
  document.querySelectorAll('[data-chart]').forEach((element) => echarts.getInstanceByDom(element)?.resize());
}

export function stackedBars({ categories, series, valueName }) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { ...TEXT, interval: 0, rotate: categories.length > 7 ? 30 : 0 } },
    yAxis: { type: 'value', name: valueName, nameTextStyle: TEXT, axisLabel: TEXT },
    series: series.map((s) => ({ type: 'bar', stack: s.stack, name: s.name, data: s.data, itemStyle: { color: s.colour } })),
  };
}

export function barsAndLine({ categories, bars, line }) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 8, right: 24, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: TEXT },
    yAxis: [
      { type: 'value', name: bars.name, nameTextStyle: TEXT, axisLabel: TEXT },
      { type: 'value', name: line.name, nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: bars.name, data: bars.data, itemStyle: { color: PARTNER_COLOUR } },
      { type: 'line', name: line.name, yAxisIndex: 1, data: line.data, itemStyle: { color: ITU_COLOUR },
        lineStyle: { width: 3 } },
    ],
  };
}

/** Slices: { name, value, share (the percentage the report prints, whole), colour }. */
export function doughnut(slices) {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: TEXT },
    series: [{
      type: 'pie', radius: ['40%', '65%'], center: ['50%', '45%'],
      label: { ...TEXT, formatter: (slice) => `${slice.data.share} %` },
      data: slices.map((s) => ({ name: s.name, value: s.value, share: s.share, itemStyle: { color: s.colour } })),
    }],
  };
}

export function steps({ dates, values, name }) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, bottom: 8, top: 24, containLabel: true },
    xAxis: { type: 'time', axisLabel: TEXT },
    yAxis: { type: 'value', name, nameTextStyle: TEXT, axisLabel: TEXT },
    series: [{ type: 'line', step: 'end', name, data: dates.map((d, i) => [d, values[i]]),
      itemStyle: { color: LINE_COLOUR }, areaStyle: { opacity: 0.15 } }],
  };
}
