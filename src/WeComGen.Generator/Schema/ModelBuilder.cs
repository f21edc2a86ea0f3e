using System;
using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>
/// Maps a checked JSON tree to the model: <c>$defs</c> to types, properties to members, <c>anyOf</c>/<c>oneOf</c>
/// to groups and unions, <c>x-wecom-errors</c> to error tables, <c>x-wecom-endpoints</c> to endpoints.
/// Shapes were checked by <see cref="VocabularyChecker"/>; this reports what only the meaning can tell.
/// </summary>
internal sealed partial class ModelBuilder(JsonNode root, DiagnosticBag diagnostics)
{
    private const string DefsPrefix = "#/$defs/";

    private static readonly string[] ContextMembers = ["Default", "Options", "GeneratedSerializerOptions", "GetTypeInfo"];

    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _generatedNames = new(StringComparer.Ordinal);
    private readonly List<ObjectTypeModel> _objects = [];
    private readonly Dictionary<string, EnumTypeModel> _enums = new(StringComparer.Ordinal);
    private readonly List<ErrorCodeTypeModel> _errorCodes = [];
    private readonly Dictionary<string, ObjectTypeModel> _objectsByName = new(StringComparer.Ordinal);

    private enum DefinitionKind
    {
        Object,
        Enum,
        ErrorCode,
        Alias,
        Invalid,
    }

    public ContractModel? Build()
    {
        CheckDialect();
        var ns = ReadName("x-wecom-namespace", "the C# namespace of the generated types, such as \"WeComGen.ExternalContact\"", Names.IsNamespace, "The namespace");
        var contract = ReadName("x-wecom-contract", "the name that prefixes the generated JsonContext, Endpoints and ClientExtensions classes", Names.IsIdentifier, "The contract name");
        var baseAddress = ReadBaseAddress();
        if (contract is not null)
        {
            Reserve(contract + "JsonContext", "the serializer context", root);
            Reserve(contract + "Endpoints", "the endpoint catalog", root);
            Reserve(contract + "ClientExtensions", "the client extensions", root);
        }

        // The serializer context has a property per type, beside these members of its own.
        foreach (var member in ContextMembers)
        {
            Reserve(member, "a member of the serializer context", root.Start, 1);
        }

        ClassifyDefinitions();
        BuildEnums();
        BuildErrorCodes();
        BuildObjects();
        var endpoints = BuildEndpoints();

        if (ns is null || contract is null)
        {
            return null;
        }

        return new ContractModel(
            ns,
            contract,
            baseAddress,
            Sorted(_objects, o => o.Name),
            Sorted(new List<EnumTypeModel>(_enums.Values), e => e.Name),
            Sorted(_errorCodes, e => e.Name),
            Sorted(endpoints, e => e.Name));
    }

    private void CheckDialect()
    {
        var dialect = root.Get("$schema");
        if (dialect is null)
        {
            diagnostics.Report(SchemaDiagnostics.WrongDialect, root.Start, 1, "The schema has no '$schema'");
        }
        else if (dialect.Kind == JsonKind.String && dialect.Text!.TrimEnd('#') != Vocabulary.Dialect)
        {
            diagnostics.Report(SchemaDiagnostics.WrongDialect, dialect, $"'$schema' is \"{dialect.Text}\"");
        }
    }

    private string? ReadName(string keyword, string purpose, Func<string, bool> isValid, string what)
    {
        var value = root.Get(keyword);
        if (value is null)
        {
            diagnostics.Report(SchemaDiagnostics.MissingKeyword, root.Start, 1, keyword, purpose);
            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            return null;
        }

        if (!isValid(value.Text!))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, value, what, value.Text!);
            return null;
        }

        return value.Text;
    }

    private string? ReadBaseAddress()
    {
        var value = root.Get("x-wecom-base-address");
        if (value is null || value.Kind != JsonKind.String)
        {
            return null;
        }

        if (!Uri.TryCreate(value.Text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, value, "x-wecom-base-address", "an absolute http or https URL", $"\"{value.Text}\"");
            return null;
        }

        return value.Text;
    }

    private void ClassifyDefinitions()
    {
        var defs = root.Get("$defs");
        if (defs is null || defs.Kind != JsonKind.Object)
        {
            return;
        }

        foreach (var member in defs.Members)
        {
            var kind = Classify(member.Value);
            if (kind is DefinitionKind.Object or DefinitionKind.Enum or DefinitionKind.ErrorCode)
            {
                if (!Names.IsIdentifier(member.Name))
                {
                    diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, member, "The type name", member.Name);
                    kind = DefinitionKind.Invalid;
                }
                else
                {
                    Reserve(member.Name, "$defs/" + member.Name, member);
                }
            }

            _definitions[member.Name] = new Definition(member.Name, member.Value, kind);
        }
    }

    private static DefinitionKind Classify(JsonNode node)
    {
        if (node.Kind != JsonKind.Object)
        {
            return DefinitionKind.Invalid;
        }

        var type = node.Get("type")?.Text;
        return type switch
        {
            "object" => DefinitionKind.Object,
            "string" when node.Get("enum") is { Kind: JsonKind.Array } => DefinitionKind.Enum,
            "integer" when node.Get("x-wecom-errors") is { Kind: JsonKind.Array } => DefinitionKind.ErrorCode,
            _ => DefinitionKind.Alias,
        };
    }

    /// <summary>Claims a generated type name; a second claim is a <c>WCG006</c>.</summary>
    private bool Reserve(string name, string origin, JsonNode at) => Reserve(name, origin, at.Start, at.Length);

    private bool Reserve(string name, string origin, JsonMember at) => Reserve(name, origin, at.NameStart, at.NameLength);

    private bool Reserve(string name, string origin, int start, int length)
    {
        if (_generatedNames.TryGetValue(name, out var first))
        {
            diagnostics.Report(SchemaDiagnostics.DuplicateName, start, length, "The type", name, $"by {first} and by {origin}");
            return false;
        }

        _generatedNames.Add(name, origin);
        return true;
    }

    /// <summary>Resolves <c>#/$defs/Name</c>; reports <c>WCG005</c> when it cannot.</summary>
    private Definition? Resolve(JsonNode reference)
    {
        var text = reference.Text!;
        if (!text.StartsWith(DefsPrefix, StringComparison.Ordinal) || text.IndexOf('/', DefsPrefix.Length) >= 0)
        {
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, text, "only references to a definition of this file, '#/$defs/Name', are supported");
            return null;
        }

        var name = Unescape(text.Substring(DefsPrefix.Length));
        if (!_definitions.TryGetValue(name, out var definition))
        {
            var closest = Suggestions.Closest(name, _definitions.Keys);
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, text, $"$defs has no '{name}'" + (closest is null ? string.Empty : $"; did you mean '{closest}'?"));
            return null;
        }

        return definition;
    }

    private static string Unescape(string pointer) => pointer.Replace("~1", "/").Replace("~0", "~");

    private static EquatableArray<T> Sorted<T>(List<T> items, Func<T, string> key)
        where T : IEquatable<T>
    {
        items.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
        return items.ToEquatableArray();
    }

    private static string? String(JsonNode node, string keyword) =>
        node.Get(keyword) is { Kind: JsonKind.String } value ? value.Text : null;

    private static int? Int(JsonNode node, string keyword) =>
        node.Get(keyword) is { } value && value.TryGetInt32(out var number) ? number : null;

    private sealed record Definition(string Name, JsonNode Node, DefinitionKind Kind);
}
