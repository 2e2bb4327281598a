namespace Dashboard.Core.Forecasting;

/// <summary>
/// Additive damped-trend exponential smoothing with a weekly season (ETS(A,Ad,A) in Hyndman's terms).
/// Factory series are short and noisy and stop at weekends: the season carries the weekday pattern, and
/// the damped trend lets a ramp-up or wind-down bend the forecast without extrapolating it for ever.
/// </summary>
/// <remarks>
/// The smoothing parameters are chosen on a grid by the smallest sum of squared one-step errors; the
/// interval comes from the variance of those in-sample errors and the model's own error propagation,
/// summed over the horizon because what runs a key out is the consumption added up day after day.
/// </remarks>
public static class DampedSeasonalModel
{
    public const int Season = 7;

    /// <summary>The shortest history the model is fitted to: one week to set the season, one for the trend.</summary>
    public const int MinimumHistory = 2 * Season;

    private static readonly double[] s_alphas = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7];
    private static readonly double[] s_betas = [0, 0.01, 0.03, 0.1];
    private static readonly double[] s_gammas = [0, 0.05, 0.1, 0.2, 0.3];
    private static readonly double[] s_phis = [0.8, 0.9, 0.95, 0.98];

    public static DailyModelForecast Forecast(IReadOnlyList<double> history, int horizon)
    {
        if (history.Count < MinimumHistory)
        {
            throw new ArgumentException($"At least {MinimumHistory} days of history are needed.", nameof(history));
        }

        var best = Fit(history);

        return Project(best, history.Count, horizon);
    }

    internal static SmoothingFit Fit(IReadOnlyList<double> history)
    {
        SmoothingFit? best = null;
        foreach (var alpha in s_alphas)
        {
            foreach (var beta in s_betas.Where(beta => beta <= alpha))
            {
                foreach (var gamma in s_gammas.Where(gamma => gamma <= 1 - alpha))
                {
                    foreach (var phi in s_phis)
                    {
                        var fit = Run(history, new SmoothingParameters(alpha, beta, gamma, phi));
                        if (best is null || fit.SumSquaredErrors < best.SumSquaredErrors - 1e-12)
                        {
                            best = fit;
                        }
                    }
                }
            }
        }

        return best!;
    }

    private static SmoothingFit Run(IReadOnlyList<double> y, SmoothingParameters p)
    {
        var firstWeek = Mean(y, 0);
        var level = firstWeek;
        var trend = (Mean(y, Season) - firstWeek) / Season;
        var seasons = new double[Season];
        for (var i = 0; i < Season; i++)
        {
            seasons[i] = y[i] - firstWeek;
        }

        var sse = 0.0;
        for (var t = 0; t < y.Count; t++)
        {
            var error = y[t] - (level + (p.Phi * trend) + seasons[t % Season]);
            sse += error * error;

            level += (p.Phi * trend) + (p.Alpha * error);
            trend = (p.Phi * trend) + (p.Beta * error);
            seasons[t % Season] += p.Gamma * error;
        }

        return new SmoothingFit(p, level, trend, seasons, sse);
    }

    private static DailyModelForecast Project(SmoothingFit fit, int historyLength, int horizon)
    {
        var p = fit.Parameters;
        var sigma2 = fit.SumSquaredErrors / Math.Max(1, historyLength - 4);
        var means = new double[horizon];
        var sd = new double[horizon];
        var dampedSum = 0.0;
        var phiPower = 1.0;
        var propagated = 0.0;
        var weights = 0.0;

        for (var h = 1; h <= horizon; h++)
        {
            phiPower *= p.Phi;
            dampedSum += phiPower;
            var season = fit.Seasons[(historyLength - 1 + h) % Season];
            means[h - 1] = Math.Max(0, fit.Level + (dampedSum * fit.Trend) + season);

            // The day-h shock reaches every later day; summed, day k's shock weighs 1 + c_1 + ... + c_(H-k).
            weights += (1 + propagated) * (1 + propagated);
            sd[h - 1] = Math.Sqrt(sigma2 * weights);
            propagated += p.Alpha + (p.Beta * dampedSum) + (h % Season == 0 ? p.Gamma : 0);
        }

        return new DailyModelForecast(means, sd);
    }

    private static double Mean(IReadOnlyList<double> y, int start)
    {
        var sum = 0.0;
        for (var i = start; i < start + Season; i++)
        {
            sum += y[i];
        }

        return sum / Season;
    }

    internal sealed record SmoothingParameters(double Alpha, double Beta, double Gamma, double Phi);

    internal sealed record SmoothingFit(
        SmoothingParameters Parameters, double Level, double Trend, double[] Seasons, double SumSquaredErrors);
}
