using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Lifetimes: <c>x-wecom-valid-for</c>, an ISO 8601 duration counted from a sibling member of Unix seconds.</summary>
internal sealed partial class ModelBuilder
{
    private const string ValidForKeyword = "x-wecom-valid-for";

    /// <summary>The member's lifetime as written; its anchor is checked once its object's members are known (<see cref="ResolveValidityAnchors"/>).</summary>
    private ValidityModel? ReadValidity(JsonNode node)
    {
        if (node.Get(ValidForKeyword) is not { Kind: JsonKind.Object } validFor)
        {
            return null;
        }

        var permanent = validFor.Get("permanent")?.Kind == JsonKind.True;
        var duration = validFor.Get("duration");
        if (permanent == (duration is not null) || (permanent && validFor.Get("from") is not null))
        {
            diagnostics.Report(
                SchemaDiagnostics.WrongValueType,
                validFor,
                ValidForKeyword,
                SchemaWords.ValidForShape("{\"duration\": \"P3D\", \"from\": \"created_at\"}", "{\"permanent\": true}"),
                permanent ? SchemaWords.PermanentWith(duration is null ? "'from'" : "'duration'") : SchemaWords.ObjectWithoutDurationOrPermanent());
            return null;
        }

        if (permanent)
        {
            return new ValidityModel(null, null, null);
        }

        if (duration!.Kind != JsonKind.String)
        {
            return null; // reported with the keyword's shape (WCG004)
        }

        var text = duration.Text!;
        if (IsoDuration.Seconds(text) is not { } seconds)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, duration, "duration", SchemaWords.FixedLengthDuration("\"P3D\"", "\"PT20S\""), $"\"{text}\"");
            return null;
        }

        return new ValidityModel(text, seconds, String(validFor, "from"));
    }

    /// <summary>
    /// Each lifetime's <c>from</c> must name a sibling integer member (Unix seconds, on the wire a number or an
    /// <c>x-wecom-number</c> string); the property then knows the anchor's C# name. A member whose anchor is not one is
    /// reported (WCG005) and left out.
    /// </summary>
    private void ResolveValidityAnchors(string owner, List<PropertyModel> properties, Dictionary<string, JsonMember> nodes)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].ValidFor is not { FromWireName: { } from } validity)
            {
                continue;
            }

            var anchor = properties.Find(sibling => sibling.WireName == from);
            if (anchor is { Type.Kind: TypeKind.Integer or TypeKind.Long })
            {
                properties[i] = properties[i] with { ValidFor = validity with { FromCSharpName = anchor.CSharpName } };
                continue;
            }

            var at = nodes[properties[i].WireName].Value.Get(ValidForKeyword)!.Get("from")!;
            var reason = anchor is null ? SchemaWords.NoAnchorMember(owner, from) : SchemaWords.AnchorNotInteger(from, owner);
            diagnostics.Report(SchemaDiagnostics.UnresolvedReference, at, from, reason);
            properties.RemoveAt(i--);
        }
    }

    /// <summary>A lifetime is read from an endpoint's response; on any other member it would silently mean nothing.</summary>
    private void ReportLifetimesOutsideResponses()
    {
        foreach (var type in _objects)
        {
            if (_responseTypes.Contains(type.Name))
            {
                continue;
            }

            foreach (var property in type.Properties)
            {
                if (property.ValidFor is not null && _definitions.TryGetValue(type.Name, out var definition) && definition.Node.Get("properties")?.Find(property.WireName) is { } member)
                {
                    diagnostics.Report(SchemaDiagnostics.Unsupported, member.Value.Find(ValidForKeyword) ?? member, SchemaWords.KeywordOnMember(ValidForKeyword, $"{type.Name}.{property.WireName}"), SchemaWords.OnlyResponseMembersLive(type.Name));
                }
            }
        }
    }
}
