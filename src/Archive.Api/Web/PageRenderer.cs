using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Archive.Api.Web;

/// <summary>
/// Renders a page component to HTML on the server (static rendering: no circuit, no WebAssembly, no script of the
/// framework's). One path for the live pages, for answers to form posts and for the static export, so all three
/// show the same markup, encoded by the components themselves.
/// </summary>
public sealed class PageRenderer(ILoggerFactory loggers)
{
    /// <param name="services">Where the components' <c>@inject</c> come from (the request's services, or the root for the export).</param>
    /// <param name="parameters">An object whose properties are the component's parameters, as for RazorComponentResult.</param>
    public async Task<string> RenderAsync<TPage>(IServiceProvider services, object? parameters = null) where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        var view = ParameterView.FromDictionary(ToDictionary(parameters));
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TPage>(view)).ToHtmlString());
    }

    /// <summary>A page as the answer to the current request.</summary>
    public static async Task<IResult> PageAsync<TPage>(HttpContext context, object? parameters = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        var html = await context.RequestServices.GetRequiredService<PageRenderer>().RenderAsync<TPage>(context.RequestServices, parameters);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static Dictionary<string, object?> ToDictionary(object? parameters) => parameters switch
    {
        null => [],
        IReadOnlyDictionary<string, object?> dictionary => dictionary.ToDictionary(),
        _ => parameters.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };
}
