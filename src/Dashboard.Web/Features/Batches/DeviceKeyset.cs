using System.Linq.Expressions;
using Dashboard.Web.Data;

namespace Dashboard.Web.Features.Batches;

/// <summary>
/// Orders devices by (sort column, serial) and continues after a given row. Paging by key keeps every
/// page as cheap as the first one: an OFFSET over a million-device batch would read and throw away
/// every row before the page, and rows shift under it while stations keep reporting.
/// </summary>
internal static class DeviceKeyset
{
    public static IQueryable<Device> Order(IQueryable<Device> query, DeviceSort sort) =>
        (sort.Column, sort.Descending) switch
        {
            (DeviceSortColumn.Serial, false) => query.OrderBy(d => d.Serial),
            (DeviceSortColumn.Serial, true) => query.OrderByDescending(d => d.Serial),
            (DeviceSortColumn.State, false) => query.OrderBy(d => d.State).ThenBy(d => d.Serial),
            (DeviceSortColumn.State, true) => query.OrderByDescending(d => d.State).ThenByDescending(d => d.Serial),
            (DeviceSortColumn.LastCapturedAt, false) =>
                query.OrderBy(d => d.LastCapturedAt).ThenBy(d => d.Serial),
            (DeviceSortColumn.LastCapturedAt, true) =>
                query.OrderByDescending(d => d.LastCapturedAt).ThenByDescending(d => d.Serial),
            (var column, false) => query.OrderBy(TextKey(column)).ThenBy(d => d.Serial),
            (var column, true) => query.OrderByDescending(TextKey(column)).ThenByDescending(d => d.Serial),
        };

    /// <summary>Keeps the rows after <paramref name="last"/> in the order of <paramref name="sort"/>.</summary>
    public static IQueryable<Device> After(IQueryable<Device> query, DeviceSort sort, DeviceRow last)
    {
        var serial = last.Serial;
        var state = last.State;
        var time = last.LastCapturedAt;

        return (sort.Column, sort.Descending) switch
        {
            (DeviceSortColumn.Serial, false) => query.Where(d => string.Compare(d.Serial, serial) > 0),
            (DeviceSortColumn.Serial, true) => query.Where(d => string.Compare(d.Serial, serial) < 0),
            (DeviceSortColumn.State, false) => query.Where(d =>
                d.State > state || (d.State == state && string.Compare(d.Serial, serial) > 0)),
            (DeviceSortColumn.State, true) => query.Where(d =>
                d.State < state || (d.State == state && string.Compare(d.Serial, serial) < 0)),
            (DeviceSortColumn.LastCapturedAt, false) => query.Where(d =>
                d.LastCapturedAt > time || (d.LastCapturedAt == time && string.Compare(d.Serial, serial) > 0)),
            (DeviceSortColumn.LastCapturedAt, true) => query.Where(d =>
                d.LastCapturedAt < time || (d.LastCapturedAt == time && string.Compare(d.Serial, serial) < 0)),
            (var column, var descending) => query.Where(TextAfter(column, TextValue(column, last), serial, descending)),
        };
    }

    private static Expression<Func<Device, string>> TextKey(DeviceSortColumn column) => column switch
    {
        DeviceSortColumn.Edition => d => d.Edition ?? "",
        DeviceSortColumn.Channel => d => d.Channel ?? "",
        DeviceSortColumn.PartialProductKey => d => d.PartialProductKey ?? "",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a text column."),
    };

    private static string TextValue(DeviceSortColumn column, DeviceRow row) => column switch
    {
        DeviceSortColumn.Edition => row.Edition ?? "",
        DeviceSortColumn.Channel => row.Channel ?? "",
        _ => row.PartialProductKey ?? "",
    };

    // key > value OR (key = value AND serial > lastSerial), with < for descending order.
    private static Expression<Func<Device, bool>> TextAfter(
        DeviceSortColumn column, string value, string serial, bool descending)
    {
        var key = TextKey(column);
        var device = key.Parameters[0];
        var bound = new Bound(value, serial);
        var boundValue = Expression.Property(Expression.Constant(bound), nameof(Bound.Value));
        var boundSerial = Expression.Property(Expression.Constant(bound), nameof(Bound.Serial));
        var serialMember = Expression.Property(device, nameof(Device.Serial));

        var keyBeyond = Beyond(key.Body, boundValue, descending);
        var tie = Expression.AndAlso(
            Expression.Equal(key.Body, boundValue), Beyond(serialMember, boundSerial, descending));

        return Expression.Lambda<Func<Device, bool>>(Expression.OrElse(keyBeyond, tie), device);
    }

    private static BinaryExpression Beyond(Expression left, Expression right, bool descending)
    {
        var compare = Expression.Call(s_compare, left, right);
        var zero = Expression.Constant(0);

        return descending ? Expression.LessThan(compare, zero) : Expression.GreaterThan(compare, zero);
    }

    private static readonly System.Reflection.MethodInfo s_compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    // Read through properties so EF Core sends the bounds as parameters, not as literals in the SQL.
    private sealed record Bound(string Value, string Serial);
}
