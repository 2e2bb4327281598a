namespace Dashboard.Core.Forecasting;

/// <summary>What a key's forecast starts from.</summary>
/// <param name="FirstDay">The date of <paramref name="DailyConsumption"/>'s first entry.</param>
/// <param name="DailyConsumption">Activations spent per complete day, oldest first, ending the day before
/// <paramref name="Today"/>.</param>
/// <param name="Remaining">Activations left on the key now.</param>
/// <param name="Today">The first day forecast; today's consumption is forecast in full.</param>
/// <param name="HorizonDays">How far ahead to look for the depletion date.</param>
public sealed record ForecastRequest(
    DateOnly FirstDay,
    IReadOnlyList<double> DailyConsumption,
    int Remaining,
    DateOnly Today,
    int HorizonDays = 1096);
