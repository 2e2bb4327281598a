namespace Dashboard.Web.Api;

/// <summary>Reads a raw request body without trusting its announced length.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                // Stop as soon as the limit is passed: a chunked upload may say nothing of its size.
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server reads ahead of this loop and may reach its own, higher limit first; the caller's
            // answer is the same, with this endpoint's limit in it.
            return null;
        }

        return buffer.ToArray();
    }
}
