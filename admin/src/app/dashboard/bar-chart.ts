import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { niceCeiling } from './chart-scale';

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

export interface ChartBar {
  readonly label: string;
  /** Value per series key; stacked in the order of `series`. */
  readonly values: Readonly<Record<string, number>>;
}

const WIDTH = 720;
const HEIGHT = 180;
const AXIS = 28;
/** Room left of the bars for the scale's numbers. */
const GUTTER = 60;
/** Share of a bar's slot the bar fills. */
const FILL = 0.7;

/** Stacked bars drawn as SVG: one bar per period, a legend, and each value in the bar's tooltip. */
@Component({
  selector: 'sd-bar-chart',
  template: `
    <div class="legend">
      @for (s of series(); track s.key) {
        <span class="key"><span class="swatch" [style.background]="s.color"></span>{{ s.label }}</span>
      }
    </div>
    <svg [attr.viewBox]="-gutter + ' -12 ' + (width + gutter + 16) + ' ' + (height + axis + 12)" role="img" [attr.aria-label]="summary()">
      @for (tick of ticks(); track tick.y) {
        <line class="grid" x1="0" [attr.x2]="width" [attr.y1]="tick.y" [attr.y2]="tick.y" />
        <text class="label" x="-6" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.value }}</text>
      }
      @for (bar of layout(); track bar.index) {
        <g>
          <title>{{ bar.title }}</title>
          @for (part of bar.parts; track part.key) {
            <rect [attr.x]="bar.x" [attr.y]="part.y" [attr.width]="bar.width" [attr.height]="part.height" [attr.fill]="part.color" rx="2" />
          }
          @if (bar.showLabel) {
            <text class="label" [attr.x]="bar.x + bar.width / 2" [attr.y]="height + 18" text-anchor="middle">{{ bar.label }}</text>
          }
        </g>
      }
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .key {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 12px;
      height: 12px;
      border-radius: 3px;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .label {
      /* In chart units: the chart is scaled down to its column, so this reads as about 10 px. */
      font-size: 17px;
      fill: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly series = input.required<readonly ChartSeries[]>();
  readonly bars = input.required<readonly ChartBar[]>();
  /** What the chart shows, for screen readers. */
  readonly description = input('');

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly axis = AXIS;
  protected readonly gutter = GUTTER;

  protected readonly max = computed(() => {
    const totals = this.bars().map((bar) => this.series().reduce((sum, s) => sum + (bar.values[s.key] ?? 0), 0));
    return niceCeiling(Math.max(0, ...totals));
  });
  protected readonly ticks = computed(() => [0, 0.5, 1].map((f) => ({ value: Math.round(this.max() * f), y: HEIGHT - f * HEIGHT })));
  protected readonly summary = computed(() => {
    const total = (bar: ChartBar) => this.series().reduce((sum, s) => sum + (bar.values[s.key] ?? 0), 0);
    return `${this.description()} ${this.bars().map((bar) => `${bar.label}: ${total(bar)}`).join(', ')}`.trim();
  });
  protected readonly layout = computed(() => {
    const bars = this.bars();
    const max = this.max() || 1;
    const slot = WIDTH / Math.max(1, bars.length);
    const every = Math.max(1, Math.ceil(bars.length / 12));
    return bars.map((bar, index) => {
      let top = HEIGHT;
      const parts = this.series().map((s) => {
        const value = bar.values[s.key] ?? 0;
        const height = (value / max) * HEIGHT;
        top -= height;
        return { key: s.key, color: s.color, y: top, height };
      });
      const title = `${bar.label}: ${this.series()
        .map((s) => `${s.label} ${bar.values[s.key] ?? 0}`)
        .join(', ')}`;
      return { index, x: index * slot + (slot * (1 - FILL)) / 2, width: slot * FILL, parts, label: bar.label, showLabel: index % every === 0, title };
    });
  });
}
