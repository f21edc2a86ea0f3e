using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>
/// An endpoint's shape: where each request member travels (query, JSON body, file part), how the body travels, and
/// the cursor that pages it.
/// </summary>
internal sealed partial class ModelBuilder
{
    private (string Body, ObjectTypeModel Request, EquatableArray<PropertyModel> Query, EquatableArray<FilePartModel> Files)? BuildShape(JsonMember entry, string method, ObjectTypeModel request)
    {
        var hasBody = method != "GET";
        var properties = new List<PropertyModel>();
        var query = new List<PropertyModel>();
        var files = new List<PropertyModel>();
        var valid = true;
        foreach (var property in request.Properties)
        {
            var placed = property.Placement == Placement.Default && !hasBody ? property with { Placement = Placement.Query } : property;
            properties.Add(placed);
            var problem = placed.Placement switch
            {
                Placement.File when !hasBody => SchemaWords.NoBodyNoFile(method),
                Placement.Body when !hasBody => SchemaWords.NoBodyRemoveIn(method),
                Placement.Query when !placed.Type.IsScalar => SchemaWords.QueryIsScalar(),
                _ => (MessagePart?)null,
            };

            if (problem is not null)
            {
                ReportMember(entry, request, placed, problem);
                valid = false;
            }
            else if (placed.Placement == Placement.Query)
            {
                query.Add(placed);
            }
            else if (placed.Placement == Placement.File)
            {
                files.Add(placed);
            }
        }

        if (files.Count > 0)
        {
            foreach (var property in properties)
            {
                if (property.InBody)
                {
                    ReportMember(entry, request, property, SchemaWords.MultipartFilesOnly());
                    valid = false;
                }
            }
        }

        if (!valid)
        {
            // The file parts' choosers depend on the placements just reported.
            return null;
        }

        var parts = new List<FilePartModel>();
        foreach (var file in files)
        {
            if (FilePart(entry, request, file, properties) is { } part)
            {
                parts.Add(part);
            }
            else
            {
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        var placedRequest = request with { Properties = properties.ToEquatableArray() };
        if (placedRequest != request)
        {
            _objects[_objects.IndexOf(request)] = placedRequest;
            _objectsByName[request.Name] = placedRequest;
        }

        var body = !hasBody ? "None" : files.Count > 0 ? "Multipart" : "Json";
        return (body, placedRequest, query.ToEquatableArray(), parts.ToEquatableArray());
    }

    /// <summary>A file part and the query member that chooses its rule; every variant must be a value that member can have.</summary>
    private FilePartModel? FilePart(JsonMember entry, ObjectTypeModel request, PropertyModel file, List<PropertyModel> properties)
    {
        var model = file.File!;
        if (model.VariantBy is null)
        {
            return new FilePartModel(file, null, StandsAlone(file, null, properties));
        }

        var at = _fileNodes[request.Name + "." + file.WireName].Find("variantBy")!.Value;
        PropertyModel? chooser = null;
        var names = new List<string>();
        foreach (var property in properties)
        {
            names.Add(property.WireName);
            if (property.WireName == model.VariantBy)
            {
                chooser = property;
            }
        }

        if (chooser is null || chooser.Placement != Placement.Query || chooser.Type.Kind is not (TypeKind.String or TypeKind.Enum))
        {
            var closest = chooser is null ? Suggestions.Closest(model.VariantBy, names) : null;
            var reason = chooser is null
                ? closest is null ? SchemaWords.VariantByMissing(model.VariantBy, request.Name) : SchemaWords.VariantByMissingDidYouMean(model.VariantBy, request.Name, closest)
                : SchemaWords.VariantByNotQueryString(model.VariantBy);
            diagnostics.Report(SchemaDiagnostics.InvalidPlacement, at, file.WireName, SchemaWords.TheRequestOf(entry.Name), reason);
            return null;
        }

        if (chooser.Type.Kind == TypeKind.Enum)
        {
            var values = new List<string>();
            foreach (var member in _enums[chooser.Type.Name!].Members)
            {
                values.Add(member.WireValue);
            }

            foreach (var rule in model.Rules)
            {
                if (!values.Contains(rule.Variant!))
                {
                    var closest = Suggestions.Closest(rule.Variant!, values);
                    var reason = closest is null
                        ? SchemaWords.VariantNotAValue(rule.Variant!, chooser.Type.Name!, string.Join(", ", values))
                        : SchemaWords.VariantNotAValueDidYouMean(rule.Variant!, chooser.Type.Name!, string.Join(", ", values), closest);
                    diagnostics.Report(SchemaDiagnostics.InvalidPlacement, _fileNodes[request.Name + "." + file.WireName].Get("variants")!, file.WireName, SchemaWords.TheRequestOf(entry.Name), reason);
                    return null;
                }
            }
        }

        return new FilePartModel(file, chooser, StandsAlone(file, chooser, properties));
    }

    /// <summary>Whether every required member of the request is the file or its chooser.</summary>
    private static bool StandsAlone(PropertyModel file, PropertyModel? chooser, List<PropertyModel> properties) =>
        properties.TrueForAll(member => !member.Required || member.WireName == file.WireName || member.WireName == chooser?.WireName);

    private PaginationModel? BuildPagination(JsonMember entry, VocabularyChecker checker, ObjectTypeModel request, ObjectTypeModel response)
    {
        if (entry.Value.Get("pagination") is not { Kind: JsonKind.Object } pagination)
        {
            return null;
        }

        checker.CheckKeys(pagination, Vocabulary.PaginationKeys, SchemaWords.ThePaginationOf(entry.Name));
        var cursor = CursorMember(entry, pagination, "cursor", request);
        var next = CursorMember(entry, pagination, "nextCursor", response);
        return cursor is null || next is null ? null : new PaginationModel(cursor.CSharpName, next.CSharpName);
    }

    /// <summary>The string member of <paramref name="type"/> that <paramref name="keyword"/> names.</summary>
    private PropertyModel? CursorMember(JsonMember entry, JsonNode pagination, string keyword, ObjectTypeModel type)
    {
        var wireName = String(pagination, keyword);
        if (wireName is null && AllKnown(pagination, Vocabulary.PaginationKeys))
        {
            Invalid(entry, pagination, SchemaWords.PaginationNeeds(keyword, type.Name));
            return null;
        }

        if (wireName is null)
        {
            // A misspelt key, already reported (WCG003) with its did-you-mean.
            return null;
        }

        var names = new List<string>();
        foreach (var property in type.Properties)
        {
            names.Add(property.WireName);
            if (property.WireName == wireName)
            {
                if (property.Type.Kind == TypeKind.String && !property.Required)
                {
                    return property;
                }

                Invalid(entry, pagination.Get(keyword), SchemaWords.CursorMustBeOptionalString(wireName, type.Name));
                return null;
            }
        }

        var closest = Suggestions.Closest(wireName, names);
        Invalid(entry, pagination.Get(keyword), closest is null ? SchemaWords.NoMember(type.Name, wireName) : SchemaWords.NoMemberDidYouMean(type.Name, wireName, closest));
        return null;
    }

    private static bool AllKnown(JsonNode node, IReadOnlyDictionary<string, ValueShape> keys)
    {
        foreach (var member in node.Members)
        {
            if (!keys.ContainsKey(member.Name))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportMember(JsonMember entry, ObjectTypeModel request, PropertyModel property, MessagePart reason)
    {
        var at = _definitions.TryGetValue(request.Name, out var definition) && definition.Node.Get("properties")?.Find(property.WireName) is { } member ? member : entry;
        diagnostics.Report(SchemaDiagnostics.InvalidPlacement, at, property.WireName, SchemaWords.TheRequestOf(entry.Name), reason);
    }
}
