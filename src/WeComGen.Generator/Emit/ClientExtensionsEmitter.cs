using System.Collections.Generic;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// <c>{Contract}ClientExtensions</c>: a typed <c>{Endpoint}Async</c> method on <c>WeComClient</c> per endpoint, and a
/// <c>{Endpoint}PagesAsync</c> per paged endpoint.
/// </summary>
internal static class ClientExtensionsEmitter
{
    private const string Client = "global::WeComGen.Client.WeComClient";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static GeneratedFile Emit(ContractModel contract, IReadOnlyDictionary<string, ObjectTypeModel> objects, bool asyncStreams)
    {
        var ns = "global::" + contract.Namespace + ".";
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Line($"/// <summary>Typed calls of the {contract.Contract} endpoints.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} static class {contract.ClientExtensionsName}");
        var first = true;
        foreach (var endpoint in contract.Endpoints)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Summary(endpoint.Description, endpoint.Method + " " + endpoint.Path);
            w.Line("/// <param name=\"client\">The client.</param>");
            w.Line("/// <param name=\"request\">The request; it is validated before it is sent.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line($"public static global::System.Threading.Tasks.Task<{Outcome(ns, endpoint)}> {endpoint.Name}Async(");
            w.Line($"    this {Client} client,");
            w.Line($"    {ns}{endpoint.RequestType} request,");
            w.Line($"    {CancellationToken} cancellationToken = default) =>");
            w.Line($"    (client ?? throw new global::System.ArgumentNullException(nameof(client))).SendAsync({ns}{contract.EndpointsName}.{endpoint.Name}, request, cancellationToken);");
            if (endpoint.Pagination is { } pagination)
            {
                w.Line();
                if (asyncStreams)
                {
                    EmitPageStream(w, contract, endpoint, pagination, objects[endpoint.RequestType]);
                }
                else
                {
                    EmitPageCallback(w, contract, endpoint, pagination, objects[endpoint.RequestType]);
                }
            }
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + contract.ClientExtensionsName + ".g.cs", w.ToString());
    }

    private static string Outcome(string ns, EndpointModel endpoint) => $"global::WeComGen.Client.WeComOutcome<{ns}{endpoint.ResponseType}>";

    /// <summary>
    /// <c>{Endpoint}PagesAsync</c> as an async stream. The arguments are checked when it is called, not when it is first
    /// enumerated, so the pages are a local iterator.
    /// </summary>
    private static void EmitPageStream(CodeWriter w, ContractModel contract, EndpointModel endpoint, PaginationModel pagination, ObjectTypeModel request)
    {
        var ns = "global::" + contract.Namespace + ".";
        var stream = $"global::System.Collections.Generic.IAsyncEnumerable<{Outcome(ns, endpoint)}>";
        PagesSummary(w, endpoint, pagination, "Every page's outcome, in order; the last is a failure, or a page without a next cursor.");
        w.Open($"public static {stream} {endpoint.Name}PagesAsync(this {Client} client, {ns}{endpoint.RequestType} request, {CancellationToken} cancellationToken = default)");
        CheckArguments(w);
        w.Line("return Pages(client, request, cancellationToken);");
        w.Line();
        w.Open($"static async {stream} Pages({Client} client, {ns}{endpoint.RequestType} first, [global::System.Runtime.CompilerServices.EnumeratorCancellation] {CancellationToken} cancellationToken)");
        FollowPages(w, contract, endpoint, pagination, request, "yield return outcome;", "yield break;");
        w.Close();
        w.Close();
    }

    /// <summary><c>{Endpoint}PagesAsync</c> where there is no <c>IAsyncEnumerable</c>: each page is handed to a callback.</summary>
    private static void EmitPageCallback(CodeWriter w, ContractModel contract, EndpointModel endpoint, PaginationModel pagination, ObjectTypeModel request)
    {
        var ns = "global::" + contract.Namespace + ".";
        var outcome = Outcome(ns, endpoint);
        PagesSummary(w, endpoint, pagination, "The last page's outcome: a failure, or a page without a next cursor.");
        w.Line("/// <remarks>This framework has no <c>IAsyncEnumerable</c>; each page's outcome is handed to <paramref name=\"onPage\"/>, in order, before the next is asked for.</remarks>");
        w.Open($"public static async global::System.Threading.Tasks.Task<{outcome}> {endpoint.Name}PagesAsync(this {Client} client, {ns}{endpoint.RequestType} request, global::System.Func<{outcome}, {CancellationToken}, global::System.Threading.Tasks.Task> onPage, {CancellationToken} cancellationToken = default)");
        CheckArguments(w);
        w.Open("if (onPage is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(onPage));");
        w.Close();
        w.Line();
        w.Line("var first = request;");
        FollowPages(w, contract, endpoint, pagination, request, "await onPage(outcome, cancellationToken).ConfigureAwait(false);", "return outcome;");
        w.Close();
    }

    private static void PagesSummary(CodeWriter w, EndpointModel endpoint, PaginationModel pagination, string returns)
    {
        w.Line($"/// <summary>");
        w.Line($"/// Calls {endpoint.Name} page after page: each next request is a copy of <paramref name=\"request\"/> (never changed) with");
        w.Line($"/// <c>{pagination.RequestCursor}</c> set to the previous response's <c>{pagination.ResponseCursor}</c>, until it is empty or absent,");
        w.Line("/// a call fails (that failure is the last outcome), or the cursor does not move (the same cursor comes back).");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"client\">The client.</param>");
        w.Line("/// <param name=\"request\">The first page's request; it is validated before it is sent.</param>");
        if (returns.StartsWith("The last", System.StringComparison.Ordinal))
        {
            w.Line("/// <param name=\"onPage\">Receives each page's outcome.</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the calls.</param>");
        w.Line($"/// <returns>{returns}</returns>");
    }

    private static void CheckArguments(CodeWriter w)
    {
        w.Open("if (client is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(client));");
        w.Close();
        w.Line();
        w.Open("if (request is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(request));");
        w.Close();
        w.Line();
    }

    /// <summary>The loop both forms share; <paramref name="deliver"/> hands <c>outcome</c> over, <paramref name="stop"/> ends.</summary>
    private static void FollowPages(CodeWriter w, ContractModel contract, EndpointModel endpoint, PaginationModel pagination, ObjectTypeModel request, string deliver, string stop)
    {
        var ns = "global::" + contract.Namespace + ".";
        w.Line("var page = first;");
        w.Open("while (true)");
        w.Line($"var outcome = await client.SendAsync({ns}{contract.EndpointsName}.{endpoint.Name}, page, cancellationToken).ConfigureAwait(false);");
        w.Line(deliver);
        w.Line($"var next = outcome.Response?.{pagination.ResponseCursor};");
        w.Open($"if (!outcome.IsSuccess || string.IsNullOrEmpty(next) || next == page.{pagination.RequestCursor})");
        w.Line(stop);
        w.Close();
        w.Line();
        w.Line($"page = new {ns}{endpoint.RequestType}");
        w.Line("{");
        foreach (var property in request.Properties)
        {
            if (property.CSharpName != pagination.RequestCursor)
            {
                w.Line($"    {property.CSharpName} = first.{property.CSharpName},");
            }
        }

        w.Line($"    {pagination.RequestCursor} = next,");
        w.Line("};");
        w.Close();
    }
}
