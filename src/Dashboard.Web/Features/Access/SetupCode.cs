using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Features.Access;

/// <summary>
/// The one-time code that proves whoever opens <c>/setup</c> can read the server's log: without it,
/// the first visitor of a fresh installation would become its admin.
/// </summary>
public sealed class SetupCode
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _code;

    public bool IsOpen => _code is not null;

    internal string Open()
    {
        _code = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

        return _code;
    }

    internal void Close() => _code = null;

    /// <summary>Runs <paramref name="setUp"/> alone, only if <paramref name="code"/> is the open code.</summary>
    internal async Task<bool> TryUseAsync(string code, Func<Task<bool>> setUp)
    {
        await _gate.WaitAsync();
        try
        {
            if (_code is null || !Matches(code))
            {
                return false;
            }

            if (await setUp())
            {
                _code = null;
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Matches(string code) => CryptographicOperations.FixedTimeEquals(
        Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()), Encoding.UTF8.GetBytes(_code!));
}
