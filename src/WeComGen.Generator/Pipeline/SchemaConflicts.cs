using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Pipeline;

/// <summary>A schema file whose generated types another schema file of the project already generates.</summary>
/// <param name="Path">The schema file that yields.</param>
/// <param name="TypeName">The first type both would generate.</param>
/// <param name="OwnerPath">The file that keeps it: the first by ordinal path.</param>
internal sealed record SchemaConflict(string Path, string TypeName, string OwnerPath);

/// <summary>Finds schema files that would generate the same types, so each type is generated once.</summary>
internal static class SchemaConflicts
{
    public static EquatableArray<SchemaConflict> Find(ImmutableArray<SchemaModel> schemas)
    {
        var ordered = new List<SchemaModel>(schemas);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<SchemaConflict>();
        foreach (var schema in ordered)
        {
            if (schema.Model is not { } model)
            {
                continue;
            }

            var names = GeneratedNames(model);
            var clash = names.Find(owners.ContainsKey);
            if (clash is not null)
            {
                conflicts.Add(new SchemaConflict(schema.Path, clash, owners[clash]));
                continue;
            }

            foreach (var name in names)
            {
                owners[name] = schema.Path;
            }
        }

        return conflicts.ToEquatableArray();
    }

    private static List<string> GeneratedNames(ContractModel model)
    {
        var prefix = model.Namespace + ".";
        var names = new List<string> { prefix + model.JsonContextName, prefix + model.EndpointsName, prefix + model.ClientExtensionsName };
        foreach (var type in model.Objects)
        {
            names.Add(prefix + type.Name);
        }

        foreach (var type in model.Enums)
        {
            names.Add(prefix + type.Name);
        }

        foreach (var type in model.ErrorCodes)
        {
            names.Add(prefix + type.Name);
        }

        return names;
    }
}
