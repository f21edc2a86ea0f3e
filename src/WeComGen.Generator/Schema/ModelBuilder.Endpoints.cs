using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Endpoints: <c>x-wecom-endpoints</c>, and where their messages keep the error code and the credential.</summary>
internal sealed partial class ModelBuilder
{
    private readonly HashSet<string> _requestTypes = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _responseTypes = new(System.StringComparer.Ordinal);

    private List<EndpointModel> BuildEndpoints()
    {
        var endpoints = new List<EndpointModel>();
        if (root.Get("x-wecom-endpoints") is not { Kind: JsonKind.Object } declared)
        {
            return endpoints;
        }

        var checker = new VocabularyChecker(diagnostics);
        foreach (var entry in declared.Members)
        {
            if (entry.Value.Kind != JsonKind.Object)
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, entry.Value, entry.Name, SchemaWords.AnEndpoint(), entry.Value.Describe());
                continue;
            }

            checker.CheckKeys(entry.Value, Vocabulary.EndpointKeys, SchemaWords.TheEndpoint(entry.Name));
            if (BuildEndpoint(entry, checker) is { } endpoint)
            {
                endpoints.Add(endpoint);
            }
        }

        ReportPageMethodClashes(declared, endpoints);
        ReportPlacementOutsideRequests();
        ReportLifetimesOutsideResponses();
        return endpoints;
    }

    /// <summary>Only a request's own members travel outside its JSON body; elsewhere x-wecom-in and x-wecom-file would silently mean nothing.</summary>
    private void ReportPlacementOutsideRequests()
    {
        foreach (var type in _objects)
        {
            if (_requestTypes.Contains(type.Name))
            {
                continue;
            }

            foreach (var property in type.Properties)
            {
                if (property.Placement != Placement.Default && _definitions.TryGetValue(type.Name, out var definition) && definition.Node.Get("properties")?.Find(property.WireName) is { } member)
                {
                    var keyword = property.Placement == Placement.File ? "x-wecom-file" : "x-wecom-in";
                    diagnostics.Report(SchemaDiagnostics.InvalidPlacement, member.Value.Find(keyword) ?? member, property.WireName, type.Name, SchemaWords.OnlyRequestMembersTravel(keyword, type.Name));
                }
            }
        }
    }

    /// <summary>A paged endpoint's <c>{Name}PagesAsync</c> is the <c>{Name}PagesAsync</c> of an endpoint named <c>{Name}Pages</c> too.</summary>
    private void ReportPageMethodClashes(JsonNode declared, List<EndpointModel> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Pagination is not null && declared.Find(endpoint.Name + "Pages") is { } other)
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, other, SchemaWords.TheClientMethod(), other.Name + "Async", SchemaWords.ByEndpointAndPageStream(other.Name, endpoint.Name));
            }
        }
    }

    private EndpointModel? BuildEndpoint(JsonMember entry, VocabularyChecker checker)
    {
        var name = entry.Name;
        var node = entry.Value;
        if (!Names.IsIdentifier(name))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, entry, SchemaWords.TheEndpointName(), name);
            return null;
        }

        if (name == Emit.ModuleInitializerEmitter.MethodName || System.Array.IndexOf(ClassMembers, name) >= 0)
        {
            diagnostics.Report(SchemaDiagnostics.DuplicateName, entry, SchemaWords.TheEndpointName(), name, SchemaWords.ClashesWithEndpointsClass());
            return null;
        }

        var method = String(node, "method");
        var path = String(node, "path");
        if (method is null || System.Array.IndexOf(Vocabulary.HttpMethods, method) < 0)
        {
            Invalid(entry, node.Get("method"), SchemaWords.MethodMustBe(string.Join(", ", Vocabulary.HttpMethods)));
            return null;
        }

        if (path is null || !path.StartsWith("/", System.StringComparison.Ordinal) || path.StartsWith("//", System.StringComparison.Ordinal))
        {
            Invalid(entry, node.Get("path"), SchemaWords.PathMustBe());
            return null;
        }

        string? tokenParameter = null;
        if (node.Get("auth") is { Kind: JsonKind.Object } auth)
        {
            checker.CheckKeys(auth, Vocabulary.AuthKeys, SchemaWords.TheAuthOf(name));
            tokenParameter = String(auth, "name");
            if (String(auth, "in") != "query" || tokenParameter is null || tokenParameter.Length == 0)
            {
                Invalid(entry, auth, SchemaWords.AuthMustBe());
                return null;
            }
        }

        var request = MessageType(entry, "request");
        var response = MessageType(entry, "response");
        if (request is null || response is null)
        {
            return null;
        }

        PropertyModel? errorCode = null;
        foreach (var property in response.Properties)
        {
            if (property.Type.Kind == TypeKind.ErrorCode)
            {
                errorCode = property;
                break;
            }
        }

        if (errorCode is null)
        {
            Invalid(entry, node.Get("response"), SchemaWords.ResponseNeedsErrcode(response.Name));
            return null;
        }

        PropertyModel? errorMessage = null;
        PropertyModel? credential = null;
        foreach (var property in response.Properties)
        {
            if (property.WireName == "errmsg" && property.Type.Kind == TypeKind.String)
            {
                errorMessage = property;
            }
        }

        foreach (var property in request.Properties)
        {
            if (property.Credential is null)
            {
                continue;
            }

            if (credential is not null)
            {
                Invalid(entry, node.Get("request"), SchemaWords.TwoCredentials(request.Name));
                return null;
            }

            credential = property;
        }

        var shape = BuildShape(entry, method, request);
        if (shape is null)
        {
            return null;
        }

        var pagination = BuildPagination(entry, checker, shape.Value.Request, response);
        if (node.Get("pagination") is not null && pagination is null)
        {
            return null;
        }

        return new EndpointModel(
            name,
            String(node, "description"),
            method,
            path,
            tokenParameter,
            request.Name,
            response.Name,
            errorCode.CSharpName,
            errorCode.Type.Name!,
            errorMessage?.CSharpName,
            credential?.CSharpName,
            credential?.Credential,
            shape.Value.Body,
            shape.Value.Query,
            shape.Value.Files,
            pagination,
            Lifetimes(response));
    }

    private static EquatableArray<PropertyModel> Lifetimes(ObjectTypeModel response)
    {
        var lifetimes = new List<PropertyModel>();
        foreach (var property in response.Properties)
        {
            if (property.ValidFor is not null)
            {
                lifetimes.Add(property);
            }
        }

        return lifetimes.ToEquatableArray();
    }

    private ObjectTypeModel? MessageType(JsonMember entry, string keyword)
    {
        var node = entry.Value.Get(keyword);
        if (node is not { Kind: JsonKind.Object } || node.Get("$ref") is not { Kind: JsonKind.String } reference || node.Members.Count != 1)
        {
            Invalid(entry, node, SchemaWords.MustBeReference(keyword));
            return null;
        }

        var definition = Resolve(reference);
        if (definition is null)
        {
            return null;
        }

        // Even when the endpoint turns out invalid: its messages' placements and lifetimes were meant for it.
        (keyword == "request" ? _requestTypes : _responseTypes).Add(definition.Name);

        if (definition.Kind != DefinitionKind.Object || !_objectsByName.TryGetValue(definition.Name, out var type))
        {
            if (definition.Kind != DefinitionKind.Invalid)
            {
                Invalid(entry, reference, SchemaWords.MustBeObjectType(keyword, definition.Name));
            }

            return null;
        }

        return type;
    }

    private void Invalid(JsonMember entry, JsonNode? at, MessagePart reason)
    {
        if (at is null)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidEndpoint, entry, entry.Name, reason);
        }
        else
        {
            diagnostics.Report(SchemaDiagnostics.InvalidEndpoint, at, entry.Name, reason);
        }
    }
}
