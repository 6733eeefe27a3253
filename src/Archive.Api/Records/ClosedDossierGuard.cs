namespace Archive.Api.Records;

/// <summary>
/// The hook on the document side: a metadata correction or a change of publication of a document that sits
/// in a closed dossier is refused (409) before the endpoint runs. Put on every route that changes a document
/// and names it by the route value <c>id</c>.
/// </summary>
public sealed class ClosedDossierGuard(DossierRegister dossiers) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetRouteValue("id") is string id && dossiers.DossierOf(id) is { IsClosed: true } closed)
            return DossierProblems.DocumentInClosedDossier(id, closed);
        return await next(context);
    }
}
