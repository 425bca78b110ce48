import { createRequire } from 'node:module';

// The chart font ships through npm (dejavu-fonts-ttf) instead of coming from the machine: resvg draws no text at all,
// silently, when it finds no font, and system fonts differ between laptops, CI and the server. One font everywhere
// means the same PNG bytes everywhere.

export type ChartFontFiles = { regular: string; bold: string };

const require = createRequire(import.meta.url);

/** Absolute paths of DejaVu Sans and DejaVu Sans Bold inside node_modules. */
export function resolveChartFontFiles(): ChartFontFiles {
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}
