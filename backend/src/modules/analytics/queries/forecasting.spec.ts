import { daysOfStockLeft, holtLinearForecast, spreadOf } from './forecasting';

describe('forecasting', () => {
  it("follows a level and a trend with Holt's linear smoothing", () => {
    // Starts at level 10, trend 2. 12: level 0.5·12 + 0.5·(10 + 2) = 12, trend 0.2·2 + 0.8·2 = 2.
    // 13: level 6.5 + 0.5·14 = 13.5, trend 0.2·1.5 + 0.8·2 = 1.9. 14: level 7 + 0.5·15.4 = 14.7, trend 0.2·1.2 + 0.8·1.9 = 1.76.
    const forecast = holtLinearForecast([10, 12, 13, 14], 2);
    expect(forecast[0]).toBeCloseTo(16.46, 10);
    expect(forecast[1]).toBeCloseTo(18.22, 10);
  });

  it('never forecasts negative sales and copes with no history', () => {
    expect(holtLinearForecast([10, 5, 0], 3).every((v) => v >= 0)).toBe(true);
    expect(holtLinearForecast([10, 5, 0], 3)[2]).toBe(0);
    expect(holtLinearForecast([], 2)).toEqual([0, 0]);
    expect(holtLinearForecast([7], 2)).toEqual([7, 7]);
  });

  it('counts the days of stock left at the current rate of sale', () => {
    expect(daysOfStockLeft(10, 2)).toBe(5);
    expect(daysOfStockLeft(0, 2)).toBe(0);
    expect(daysOfStockLeft(10, 0)).toBeNull();
  });

  it('measures the spread of recent values', () => {
    expect(spreadOf([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, deviation: 2 });
    expect(spreadOf([])).toEqual({ mean: 0, deviation: 0 });
  });
});
