using System;
using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Emit;
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

    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeneratedName> _generatedNames = new(StringComparer.Ordinal);
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
        var nsNode = root.Get("x-wecom-namespace");
        var ns = ReadName("x-wecom-namespace", SchemaWords.NamespacePurpose(), Names.IsNamespace, SchemaWords.TheNamespace());
        var contract = ReadName("x-wecom-contract", SchemaWords.ContractPurpose(), Names.IsIdentifier, SchemaWords.TheContractName());
        var baseAddress = ReadBaseAddress();
        if (contract is not null)
        {
            Reserve(contract + "JsonContext", SchemaWords.TheSerializerContext(), root);
            Reserve(contract + "Endpoints", SchemaWords.TheEndpointCatalog(), root);
            Reserve(contract + "ClientExtensions", SchemaWords.TheClientExtensions(), root);
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

        CheckShadowing(ns, nsNode!);
        CheckContextMembers(contract);

        return new ContractModel(
            ns,
            contract,
            baseAddress,
            Sorted(_objects, o => o.Name),
            Sorted(new List<EnumTypeModel>(_enums.Values), e => e.Name),
            Sorted(_errorCodes, e => e.Name),
            Sorted(endpoints, e => e.Name));
    }

    /// <summary>The dialects the generator reads, as WCG002 names them: the plain 2020-12 URI or the WeComGen dialect of it.</summary>
    private static readonly MessagePart AcceptedDialects = SchemaWords.QuotedAlternatives(Vocabulary.Dialects);

    private void CheckDialect()
    {
        var dialect = root.Get("$schema");
        if (dialect is null)
        {
            diagnostics.Report(SchemaDiagnostics.WrongDialect, root.Start, 1, SchemaWords.NoDialect(), AcceptedDialects);
        }
        else if (dialect.Kind == JsonKind.String && Array.IndexOf(Vocabulary.Dialects, dialect.Text!.TrimEnd('#')) < 0)
        {
            var closest = Suggestions.Closest(dialect.Text!, Vocabulary.Dialects);
            var found = closest is null ? SchemaWords.DialectIs(dialect.Text!) : SchemaWords.DialectIsDidYouMean(dialect.Text!, closest);
            diagnostics.Report(SchemaDiagnostics.WrongDialect, dialect, found, AcceptedDialects);
        }
    }

    private string? ReadName(string keyword, MessagePart purpose, Func<string, bool> isValid, MessagePart what)
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
            diagnostics.Report(SchemaDiagnostics.WrongValueType, value, "x-wecom-base-address", SchemaWords.AnAbsoluteUrl(), SchemaWords.Quoted(value.Text!));
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
                    diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, member, SchemaWords.TheTypeName(), member.Name);
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
            "integer" when node.Get("enum") is { Kind: JsonKind.Array } => DefinitionKind.Enum,
            _ => DefinitionKind.Alias,
        };
    }

    /// <summary>Claims a generated type name; a second claim is a <c>WCG006</c>.</summary>
    private bool Reserve(string name, MessagePart origin, JsonNode at) => Reserve(name, origin, at.Start, at.Length);

    private bool Reserve(string name, MessagePart origin, JsonMember at) => Reserve(name, origin, at.NameStart, at.NameLength);

    private bool Reserve(string name, MessagePart origin, int start, int length)
    {
        if (_generatedNames.TryGetValue(name, out var first))
        {
            diagnostics.Report(SchemaDiagnostics.DuplicateName, start, length, SchemaWords.TheType(), name, SchemaWords.ByBoth(first.Origin, origin));
            return false;
        }

        _generatedNames.Add(name, new GeneratedName(origin, start, length));
        return true;
    }

    /// <summary>
    /// Generated code names every type <c>global::</c>-qualified, which no declaration can hide, except one of the same
    /// full name: a generated namespace inside a namespace the code uses, or a generated type named like such a
    /// namespace (or one on the way to it: <c>System.Text</c> on the way to <c>System.Text.Json</c>).
    /// </summary>
    private void CheckShadowing(string ns, JsonNode nsNode)
    {
        foreach (var reached in TypeNames.ReachedNamespaces)
        {
            if (ns == reached || ns.StartsWith(reached + ".", StringComparison.Ordinal))
            {
                diagnostics.Report(SchemaDiagnostics.ShadowedNamespace, nsNode, SchemaWords.TheNamespace(), ns, SchemaWords.TheNamespaceShadowed(reached), SchemaWords.ChooseOwnNamespace());
                return;
            }
        }

        foreach (var pair in _generatedNames)
        {
            var fullName = ns + "." + pair.Key;
            foreach (var reached in TypeNames.ReachedNamespaces)
            {
                if (reached == fullName || reached.StartsWith(fullName + ".", StringComparison.Ordinal))
                {
                    diagnostics.Report(SchemaDiagnostics.ShadowedNamespace, pair.Value.Start, pair.Value.Length, SchemaWords.TheType(), fullName, SchemaWords.TheNamespaceNamed(reached), SchemaWords.RenameTypeOrNamespace());
                    break;
                }
            }
        }
    }

    /// <summary>The serializer context declares members named after types, properties and enum members; none may coincide.</summary>
    private void CheckContextMembers(string contract)
    {
        foreach (var (member, type) in JsonContextNames.Clashes(_objects, _enums.Values, _errorCodes))
        {
            var at = _generatedNames[type];
            diagnostics.Report(SchemaDiagnostics.DuplicateName, at.Start, at.Length, SchemaWords.TheSerializerContextMember(), member, SchemaWords.ForTypeAndByContext(type, contract + "JsonContext"));
        }
    }

    /// <summary>
    /// Resolves <c>#/$defs/Name</c>; reports <c>WCG005</c> when it cannot. The fragment is percent-decoded (RFC 3986)
    /// into a JSON Pointer, whose <c>~1</c> and <c>~0</c> are then unescaped (RFC 6901).
    /// </summary>
    private Definition? Resolve(JsonNode reference)
    {
        var text = reference.Text!;
        var pointer = text.StartsWith("#", StringComparison.Ordinal) ? ReferenceFragments.PercentDecode(text.Substring(1)) : null;
        if (pointer is null)
        {
            var reason = text.StartsWith("#", StringComparison.Ordinal)
                ? SchemaWords.BadPercentEncoding()
                : SchemaWords.OnlyLocalDefinitions();
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, text, reason);
            return null;
        }

        var prefix = DefsPrefix.Substring(1);
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal) || pointer.IndexOf('/', prefix.Length) >= 0)
        {
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, text, SchemaWords.OnlyLocalDefinitions());
            return null;
        }

        var name = ReferenceFragments.UnescapePointerToken(pointer.Substring(prefix.Length));
        if (!_definitions.TryGetValue(name, out var definition))
        {
            var closest = Suggestions.Closest(name, _definitions.Keys);
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, text, closest is null ? SchemaWords.DefsHasNo(name) : SchemaWords.DefsHasNoDidYouMean(name, closest));
            return null;
        }

        return definition;
    }

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

    /// <summary>Who claimed a generated type name, and where in the schema.</summary>
    private sealed record GeneratedName(MessagePart Origin, int Start, int Length);
}
