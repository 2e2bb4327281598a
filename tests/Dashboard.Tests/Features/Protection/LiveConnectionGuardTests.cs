using System.Net;
using Dashboard.Web.Features.Protection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Features.Protection;

public sealed class LiveConnectionGuardTests
{
    private readonly TaskCompletionSource _hold = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task InvokeAsync_ClientPastCircuitLimit_Returns429UntilOneCloses()
    {
        var guard = CreateGuard(maxCircuits: 2);
        var open = new[] { Connect(guard, "10.0.0.1"), Connect(guard, "10.0.0.1") };

        var third = Connect(guard, "10.0.0.1");
        await third.Request;
        var otherClient = Connect(guard, "10.0.0.2");

        Assert.Equal(StatusCodes.Status429TooManyRequests, third.Context.Response.StatusCode);
        Assert.False(otherClient.Request.IsCompleted);
        _hold.SetResult();
        await Task.WhenAll(open.Select(connection => connection.Request).Append(otherClient.Request));
        var afterClose = Connect(guard, "10.0.0.1");
        Assert.Equal(StatusCodes.Status200OK, afterClose.Context.Response.StatusCode);
    }

    private LiveConnectionGuard CreateGuard(int maxCircuits) =>
        new(_ => _hold.Task,
            Options.Create(new BrowserSecurityOptions()),
            Options.Create(new LimitsOptions { MaxCircuitsPerClient = maxCircuits }),
            NullLogger<LiveConnectionGuard>.Instance);

    private static (HttpContext Context, Task Request) Connect(LiveConnectionGuard guard, string address)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        context.Request.Path = "/_blazor";
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Features.Set<IHttpWebSocketFeature>(new WebSocketRequest());
        context.Response.Body = new MemoryStream();

        return (context, guard.InvokeAsync(context));
    }

    private sealed class WebSocketRequest : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<System.Net.WebSockets.WebSocket> AcceptAsync(WebSocketAcceptContext context) =>
            throw new NotSupportedException();
    }
}
