namespace Dashboard.Web.Features.Keys;

/// <summary>A key to register, as typed on the page or sent to <c>POST /api/v1/keys</c>.</summary>
/// <param name="Label">A name people recognise, up to 200 characters.</param>
/// <param name="PartialProductKey">The key's last five characters; never the full key.</param>
/// <param name="Allotment">Activations granted with the key, 1 to 10,000,000.</param>
/// <param name="LeadTimeDays">Days it takes to get a new key, 0 to 365; empty for the default.</param>
/// <param name="ReceivedOn">When the key arrived.</param>
/// <param name="Notes">Free text, up to 4000 characters.</param>
public sealed record KeyInput(
    string? Label,
    string? PartialProductKey,
    int? Allotment,
    int? LeadTimeDays = null,
    DateOnly? ReceivedOn = null,
    string? Notes = null);

/// <summary>A registered key as the API answers it.</summary>
public sealed record KeyResponse(
    int Id,
    string Label,
    string PartialProductKey,
    int Allotment,
    DateOnly? ReceivedOn,
    int? LeadTimeDays,
    string? Notes,
    DateTime CreatedAt)
{
    public static KeyResponse From(Data.EpkeaKey key) => new(
        key.Id, key.Label, key.PartialProductKey, key.Allotment, key.ReceivedOn, key.LeadTimeDays, key.Notes,
        key.CreatedAt);
}
