using System.Text.Encodings.Web;

namespace Dashboard.Web.Features.Access;

/// <summary>A way on from a refusal: where to go and what the link says.</summary>
internal sealed record RefusalLink(string Href, string Text);

/// <summary>
/// The page a browser gets when a request is refused: what was refused and what to do, in the dashboard's
/// colours. It is one self-contained document (no scripts, no other files), so it renders whatever failed
/// and whoever asked; a wall display gets it full screen in the wall's own dark style.
/// </summary>
internal static class RefusalPage
{
    private const string Style = """
        body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
          background: #f5f7fa; color: #1f2933; }
        main { max-width: 34rem; margin: 1rem; padding: 2rem; background: #fff; border-radius: 8px;
          box-shadow: 0 2px 8px rgba(0, 0, 0, .15); }
        .brand { color: #1d4f91; font-weight: 600; letter-spacing: .02em; }
        h1 { font-size: 1.5rem; margin: .75rem 0 1rem; }
        p { line-height: 1.5; margin: 0 0 1rem; }
        a { color: #1d4f91; font-weight: 500; }
        body.wall { background: #05080c; color: #f4f6f8; }
        .wall main { max-width: 70rem; background: none; box-shadow: none; text-align: center; }
        .wall .brand { color: #7aa7e0; font-size: clamp(1.2rem, 2vw, 2rem); }
        .wall h1 { font-size: clamp(2.5rem, 6vw, 5.5rem); margin: 2rem 0; color: #ef5350; }
        .wall p { font-size: clamp(1.5rem, 3vw, 3rem); }
        """;

    /// <param name="wall">Styles the page for a factory screen: dark, large type, nothing to click.</param>
    public static string Render(string title, string detail, RefusalLink? next, bool wall)
    {
        var html = HtmlEncoder.Default;
        var link = next is null ? "" : $"""<p><a href="{html.Encode(next.Href)}">{html.Encode(next.Text)}</a></p>""";

        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(title)} · Fleet activation</title>
            <style>
            {Style}
            </style>
            </head>
            <body class="{(wall ? "wall" : "page")}">
            <main role="alert">
            <div class="brand">Fleet activation</div>
            <h1>{html.Encode(title)}</h1>
            <p class="refusal-detail">{html.Encode(detail)}</p>
            {link}
            </main>
            </body>
            </html>
            """;
    }
}
